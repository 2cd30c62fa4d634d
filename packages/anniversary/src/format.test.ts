import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import {
  type Anniversary,
  bannerParts,
  type Commemoration,
  formatAnniversary,
  formatBanner,
  ordinal,
} from './index.js';

const bacHo: Commemoration = {
  id: 'bacho',
  name: 'ngày bác hồ ra đi tìm đường cứu nước',
  nameEn: 'President Ho Chi Minh leaving to find a way to save the nation',
  date: '1911-06-05',
  calendar: 'solar',
};
const at = (commemoration: Commemoration, day: string, years: number | null): Anniversary => ({
  commemoration,
  day,
  years,
  round: null,
});
const a113 = at(bacHo, '2024-06-05', 113);

describe('formatAnniversary', () => {
  it('writes years, name and both dates the way central guidance does', () => {
    expect(formatAnniversary(a113)).toBe('113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
  });

  it('offers the dash and date styles seen on portals', () => {
    const dang = at({ id: 'd', name: 'Ngày thành lập Đảng', date: '1930-02-03', calendar: 'solar' }, '2021-02-03', 91);
    expect(formatAnniversary(dang, { padded: true, dash: ' – ' })).toBe(
      '91 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2021)',
    );
    expect(formatAnniversary(dang, { dateSeparator: '.', dash: '-' })).toBe(
      '91 năm Ngày thành lập Đảng (3.2.1930-3.2.2021)',
    );
    expect(formatAnniversary(at({ ...bacHo, date: '1911-11-25' }, '2024-11-25', 113), { padded: true })).toMatch(
      /\(25\/11\/1911 - 25\/11\/2024\)$/,
    );
  });

  it('writes a month-precision date with month and year only', () => {
    const ddcm = { id: 'x', name: 'ra đời tác phẩm "Đạo đức cách mạng"', date: '1958-12', calendar: 'solar' } as const;
    expect(formatAnniversary(at(ddcm, '2018-12-01', 60))).toBe(
      '60 năm ra đời tác phẩm "Đạo đức cách mạng" (12/1958 - 12/2018)',
    );
  });

  it('writes a 29 February founding against the 28 February it falls on in a common year', () => {
    const leap = { id: 'l', name: 'x', date: '2020-02-29', calendar: 'solar' } as const;
    expect(formatAnniversary(at(leap, '2021-02-28', 1))).toBe('1 năm x (29/2/2020 - 28/2/2021)');
  });

  it('writes a yearly observance with its day and no count', () => {
    const to = { id: 't', name: 'Giỗ Tổ Hùng Vương', date: '--03-10', calendar: 'lunar' } as const;
    expect(formatAnniversary(at(to, '2024-04-18', null))).toBe('Giỗ Tổ Hùng Vương (18/4/2024)');
  });

  it('writes a lunar founding date and its anniversary in the lunar calendar', () => {
    const lunar = { id: 'l', name: 'x', date: '1930-03-10', calendar: 'lunar' } as const;
    expect(formatAnniversary(at(lunar, '2024-04-18', 94))).toBe('94 năm x (10/3/1930 - 10/3/2024 âm lịch)');
    expect(formatAnniversary(at({ ...lunar, nameEn: 'y' }, '2024-04-18', 94), { lang: 'en' })).toBe(
      'the 94th anniversary of y (10/3/1930 - 10/3/2024 lunar)',
    );
  });

  it('marks a founding day in a leap month as nhuận and counts on in the regular month', () => {
    const leap = { id: 'l', name: 'x', date: '2023-02-10', calendar: 'lunar', leap: true, nameEn: 'y' } as const;
    expect(formatAnniversary(at(leap, '2024-03-19', 1))).toBe('1 năm x (10/2 nhuận/2023 - 10/2/2024 âm lịch)');
    expect(formatAnniversary(at(leap, '2024-03-19', 1), { lang: 'en' })).toBe(
      'the 1st anniversary of y (10/2 leap/2023 - 10/2/2024 lunar)',
    );
  });

  it('writes English from nameEn with an ordinal', () => {
    expect(formatAnniversary(a113, { lang: 'en' })).toBe(
      'the 113th anniversary of President Ho Chi Minh leaving to find a way to save the nation (5/6/1911 - 5/6/2024)',
    );
  });

  it('refuses English for a commemoration without nameEn rather than mixing languages', () => {
    const { nameEn: _, ...vi } = bacHo;
    expect(() => formatAnniversary(at(vi, '2024-06-05', 113), { lang: 'en' })).toThrow(
      commemorationError('nameEn: "bacho" has no nameEn, which lang "en" needs'),
    );
  });
});

describe('ordinal', () => {
  it('writes English ordinals, 11th to 13th included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100, 101, 111, 112, 113].map(ordinal)).toEqual([
      ...['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd'],
      ...['100th', '101st', '111th', '112th', '113th'],
    ]);
  });
});

describe('bannerParts and formatBanner', () => {
  const five = at(
    { id: 'k', name: 'thành lập Khối', date: '2019-07-17', calendar: 'solar', nameEn: 'the Bloc' },
    '2024-07-17',
    5,
  );

  it('joins the items after the prefix with "; "', () => {
    expect(formatBanner([five, a113])).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập Khối (17/7/2019 - 17/7/2024); 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)',
    );
  });

  it('returns each item with its text, and the same line as formatBanner', () => {
    const parts = bannerParts([five, a113], { prefix: 'Chào mừng', separator: ' • ' });
    expect(parts.prefix).toBe('Chào mừng');
    expect(parts.separator).toBe(' • ');
    expect(parts.items.map((i) => [i.anniversary, i.text])).toEqual([
      [five, '5 năm thành lập Khối (17/7/2019 - 17/7/2024)'],
      [a113, '113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)'],
    ]);
    expect(parts.text).toBe(formatBanner([five, a113], { prefix: 'Chào mừng', separator: ' • ' }));
    expect(parts.text).toBe(`Chào mừng ${parts.items[0]?.text} • ${parts.items[1]?.text}`);
  });

  it('writes English with "Celebrating"', () => {
    expect(formatBanner([five], { lang: 'en' })).toBe(
      'Celebrating the 5th anniversary of the Bloc (17/7/2019 - 17/7/2024)',
    );
  });

  it('gives an empty line for no items, and no leading space for an empty prefix', () => {
    expect(formatBanner([])).toBe('');
    expect(bannerParts([]).items).toEqual([]);
    expect(formatBanner([five], { prefix: '' })).toBe('5 năm thành lập Khối (17/7/2019 - 17/7/2024)');
  });
});
