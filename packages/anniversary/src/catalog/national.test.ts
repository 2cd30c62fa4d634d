import { describe, expect, it } from 'vitest';
import {
  anniversariesBetween,
  formatAnniversary,
  formatBanner,
  nationalCommemorations,
  nationalCommemorationsEn,
  nationalCommemorationsEnLite,
  nationalCommemorationsLite,
  parseCommemorations,
} from '../index.js';

describe('nationalCommemorations', () => {
  it('has at least 45 entries that pass parseCommemorations unchanged, each with a source', () => {
    expect(nationalCommemorations.length).toBeGreaterThanOrEqual(45);
    expect(parseCommemorations(nationalCommemorations)).toEqual(nationalCommemorations);
    for (const c of nationalCommemorations) expect(c.source, c.id).toMatch(/\S/);
  });

  it('keeps Tết and Giỗ Tổ Hùng Vương as yearly lunar observances', () => {
    const lunar = nationalCommemorations.filter((c) => c.calendar === 'lunar');
    expect(lunar.map((c) => [c.id, c.date])).toEqual([
      ['tet', '--01-01'],
      ['gioto', '--03-10'],
    ]);
  });

  it('places Tết and Giỗ Tổ on their solar days each year', () => {
    const days = (year: number) =>
      anniversariesBetween(nationalCommemorations.slice(0, 3), `${year}-01-01`, `${year}-12-31`).map((a) => [
        a.commemoration.id,
        a.day,
        a.years,
      ]);
    expect(days(2024)).toEqual([
      ['tet', '2024-02-10', null],
      ['dang', '2024-02-03', 94],
      ['gioto', '2024-04-18', null],
    ]);
    expect(days(2025)).toEqual([
      ['tet', '2025-01-29', null],
      ['dang', '2025-02-03', 95],
      ['gioto', '2025-04-07', null],
    ]);
  });

  const line = (id: string, day: string) => {
    const c = nationalCommemorations.find((x) => x.id === id)!;
    return formatAnniversary(anniversariesBetween([c], day, day)[0]!);
  };

  it('prints the Youth Union 94 years on 26/3/2025, where portals printed 92', () => {
    expect(line('doan', '2025-03-26')).toBe(
      '94 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931 - 26/3/2025)',
    );
  });

  it("counts Ngày hội Quốc phòng toàn dân from 1989, not from the army's founding in 1944", () => {
    expect(line('qptd', '2025-12-22')).toBe('36 năm Ngày hội Quốc phòng toàn dân (22/12/1989 - 22/12/2025)');
    expect(line('qdnd', '2024-12-22')).toMatch(/^80 năm Ngày thành lập Quân đội nhân dân Việt Nam/);
  });

  it('writes "Đạo đức cách mạng" to the month, as central guidance does', () => {
    expect(line('ddcm', '2018-12-01')).toBe('60 năm ra đời tác phẩm "Đạo đức cách mạng" (12/1958 - 12/2018)');
  });

  it('marks 80 years of the August Revolution and National Day as năm tròn in 2025, and the rest as they are', () => {
    const found = anniversariesBetween(nationalCommemorations, '2025-08-19', '2025-09-02');
    expect(found.map((a) => [a.commemoration.id, a.years, a.round])).toEqual([
      ['cmt8', 80, 'tron'],
      ['2-9', 80, 'tron'],
      ['can', 80, 'tron'],
      ['antq', 20, 'tron'],
    ]);
  });
});

describe('nationalCommemorationsEn', () => {
  it('is the same catalog with an English name for every entry', () => {
    expect(nationalCommemorationsEn.map(({ nameEn, ...c }) => c)).toEqual(nationalCommemorations);
    for (const c of nationalCommemorationsEn) expect(c.nameEn, c.id).toMatch(/^\S.*\S$/);
  });

  it('writes the English banner for National Day 2025', () => {
    const items = anniversariesBetween(nationalCommemorationsEn, '2025-09-02', '2025-09-02');
    expect(formatBanner(items, { lang: 'en' })).toBe(
      'Celebrating the 80th anniversary of the National Day of the Socialist Republic of Viet Nam (2/9/1945 - 2/9/2025)',
    );
  });
});

describe('nationalCommemorationsLite and nationalCommemorationsEnLite', () => {
  it('are the two catalogs without their sources', () => {
    expect(nationalCommemorationsLite).toEqual(nationalCommemorations.map(({ source, ...c }) => c));
    expect(nationalCommemorationsEnLite).toEqual(nationalCommemorationsEn.map(({ source, ...c }) => c));
  });

  it('keeps each source and English name with its own entry', () => {
    const byId = (id: string) => nationalCommemorationsEn.find((c) => c.id === id)!;
    expect(byId('tet')).toMatchObject({ source: 'NĐ 145/2013/NĐ-CP, Điều 4', nameEn: 'Lunar New Year (Tết)' });
    expect(byId('radi')).toMatchObject({ source: 'infographics.vn', nameEn: expect.stringContaining('departure') });
    expect(byId('ddcm')).toMatchObject({ source: '52-HD/BTGTU Hà Nội', nameEn: expect.stringContaining('Ethics') });
  });
});

describe("leaders' birthdays in the catalog", () => {
  it("shows Tôn Đức Thắng's birthday in 2018 (130 years) and not in 2025 (137)", () => {
    const tdt = nationalCommemorations.filter((c) => c.id === 'tdt');
    expect(anniversariesBetween(tdt, '2018-01-01', '2018-12-31').map((a) => [a.day, a.years, a.round])).toEqual([
      ['2018-08-20', 130, 'tron'],
    ]);
    expect(anniversariesBetween(tdt, '2025-01-01', '2025-12-31')).toEqual([]);
  });
});
