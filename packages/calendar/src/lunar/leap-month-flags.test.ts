import { describe, expect, it } from 'vitest';
import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, lunarYearInfo } from '../index.js';

describe('which month of a lunar year is the leap one', () => {
  it('is none in a 12-month year, month 1 included', () => {
    expect(lunarYearInfo(2024).months.filter((m) => m.leap)).toEqual([]);
    expect(lunarYearInfo(2024).months[0]).toEqual({ month: 1, leap: false, days: 29, start: '2024-02-10' });
  });

  it('is exactly one in a 13-month year, the repeat of the month before it', () => {
    for (const year of [2020, 2023, 2025, 2033]) {
      const { months, leapMonth } = lunarYearInfo(year);
      const leap = months.findIndex((m) => m.leap);
      expect(months.filter((m) => m.leap)).toHaveLength(1);
      expect([months[leap]?.month, months[leap - 1]?.month, months[leap - 1]?.leap]).toEqual([
        leapMonth,
        leapMonth,
        false,
      ]);
    }
  });

  it('is known for the first and the last year of the table', () => {
    expect(lunarYearInfo(FIRST_LUNAR_YEAR)).toMatchObject({ year: 1899, tet: '1899-02-10', name: 'Kỷ Hợi' });
    expect(lunarYearInfo(LAST_LUNAR_YEAR)).toMatchObject({ year: 2100, name: 'Canh Thân' });
  });
});
