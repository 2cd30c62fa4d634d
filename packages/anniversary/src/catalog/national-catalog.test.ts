import { describe, expect, it } from 'vitest';
import { formatAnniversary, NATIONAL_GROUPS, nationalCatalog, parseCommemorations, selectForBanner } from '../index.js';

describe('nationalCatalog', () => {
  it('holds one record per day with unique ids, a name in each language, a source and how it was checked', () => {
    expect(new Set(nationalCatalog.map((d) => d.id)).size).toBe(nationalCatalog.length);
    for (const d of nationalCatalog) {
      for (const field of ['name', 'nameEn', 'source', 'checked'] as const)
        expect(d[field], `${d.id}.${field}`).toMatch(/\S/);
      expect(Object.keys(NATIONAL_GROUPS), d.id).toContain(d.group);
    }
  });

  it('passes parseCommemorations once the catalog-only fields are set aside', () => {
    const plain = nationalCatalog.map(({ group, checked, ...c }) => c);
    expect(parseCommemorations(plain)).toEqual(plain);
  });

  it("observes every leader's birthday in round years only, and nothing else that way", () => {
    for (const d of nationalCatalog) expect(d.observance, d.id).toBe(d.group === 'leaders' ? 'round-years' : 'yearly');
    expect(nationalCatalog.filter((d) => d.group === 'leaders').map((d) => d.id)).toEqual(
      expect.arrayContaining(['tranphu', 'tdt', 'vvk']),
    );
  });

  it('shows the 100th birthday of Võ Văn Kiệt in November 2022 and no birthday of his in 2023', () => {
    const shown = (today: string) =>
      selectForBanner(
        nationalCatalog.filter((d) => d.group === 'leaders'),
        { today, daysBefore: 0, daysAfter: 0 },
      ).map((a) => [a.commemoration.id, a.years]);
    expect(shown('2022-11-23')).toEqual([['vvk', 100]]);
    expect(shown('2023-11-23')).toEqual([]);
  });

  it('prints the days added from central guidance and the press as those sources write them', () => {
    const line = (id: string, today: string) => {
      const items = selectForBanner(
        nationalCatalog.filter((d) => d.id === id),
        { today, daysBefore: 0, daysAfter: 0 },
      );
      return items.length ? formatAnniversary(items[0]!) : '';
    };
    expect(line('chuhuyman', '2023-03-17')).toBe('110 năm Ngày sinh đồng chí Chu Huy Mân (17/3/1913 - 17/3/2023)');
    expect(line('pvd', '2026-03-01')).toBe('120 năm Ngày sinh đồng chí Phạm Văn Đồng (1/3/1906 - 1/3/2026)');
    expect(line('lhp', '2025-09-06')).toBe('');
    expect(line('bptd', '2022-03-03')).toBe('33 năm Ngày Biên phòng toàn dân (3/3/1989 - 3/3/2022)');
    expect(line('paris', '2023-01-27')).toMatch(/^50 năm Ngày ký Hiệp định Paris .* \(27\/1\/1973 - 27\/1\/2023\)$/);
    expect(line('8-3', '2026-03-08')).toBe('Ngày Quốc tế Phụ nữ (8/3/2026)');
  });

  it('labels each group in Vietnamese and English', () => {
    for (const [id, { name, nameEn }] of Object.entries(NATIONAL_GROUPS)) {
      expect(name, id).toMatch(/\S/);
      expect(nameEn, id).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
