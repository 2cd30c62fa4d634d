import { describe, expect, it } from 'vitest';
import { calendarError } from '../../test/errors.js';
import { addDays, CalendarError, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, lunarYearInfo } from '../index.js';

const everyYear = Array.from({ length: LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1 }, (_, i) => FIRST_LUNAR_YEAR + i);

describe('lunarYearInfo', () => {
  it('has Vietnam’s leap months: 4 in 2020, 2 in 2023, 6 in 2025', () => {
    expect([2020, 2023, 2025].map((year) => lunarYearInfo(year).leapMonth)).toEqual([4, 2, 6]);
  });

  it('has none in 1984, leap 2 in 1985 and leap 7 in 1987, where China has 10 in 1984 and 6 in 1987', () => {
    expect([1984, 1985, 1987].map((year) => lunarYearInfo(year).leapMonth)).toEqual([null, 2, 7]);
  });

  it('has the rare leap month 11 in 2033, after the winter solstice (the "2033 problem")', () => {
    const info = lunarYearInfo(2033);
    expect(info.leapMonth).toBe(11);
    expect(info.months.slice(-3)).toEqual([
      { month: 11, leap: false, days: 30, start: '2033-11-22' },
      { month: 11, leap: true, days: 29, start: '2033-12-22' },
      { month: 12, leap: false, days: 30, start: '2034-01-20' },
    ]);
    expect(lunarYearInfo(2034).tet).toBe('2034-02-19');
  });

  it('describes 2024, Giáp Thìn, month by month', () => {
    const info = lunarYearInfo(2024);
    expect(info).toMatchObject({ year: 2024, name: 'Giáp Thìn', tet: '2024-02-10', leapMonth: null, days: 354 });
    expect(info.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(info.months[2]).toEqual({ month: 3, leap: false, days: 29, start: '2024-04-09' });
  });

  it('puts the leap month right after its namesake (2023: 1, 2, 2 nhuận, 3 …)', () => {
    const months = lunarYearInfo(2023).months;
    expect(months.slice(0, 4).map((m) => [m.month, m.leap])).toEqual([
      [1, false],
      [2, false],
      [2, true],
      [3, false],
    ]);
  });

  it('has, every year, 12 or 13 months of 29 or 30 days that follow one another up to the next Tết', () => {
    for (const year of everyYear) {
      const info = lunarYearInfo(year);
      expect(info.months.length).toBe(info.leapMonth ? 13 : 12);
      expect(info.days).toBeGreaterThanOrEqual(info.leapMonth ? 383 : 353);
      expect(info.days).toBeLessThanOrEqual(info.leapMonth ? 385 : 355);
      let start = info.tet;
      for (const month of info.months) {
        expect([29, 30]).toContain(month.days);
        expect(month.start).toBe(start);
        start = addDays(start, month.days);
      }
      if (year < LAST_LUNAR_YEAR) expect(lunarYearInfo(year + 1).tet).toBe(start);
    }
  });

  it('puts every Tết between 21 January and 20 February', () => {
    for (const year of everyYear) {
      const tet = lunarYearInfo(year).tet;
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, `Tết ${year}: ${tet}`).toBe(true);
    }
  });

  it('has a leap month in 7 years out of 19, as the Metonic cycle says', () => {
    const leapYears = everyYear.filter((year) => lunarYearInfo(year).leapMonth).length;
    expect(leapYears).toBe(Math.round((everyYear.length * 7) / 19));
  });

  it('refuses a year outside 1899 to 2100', () => {
    expect(() => lunarYearInfo(1898)).toThrow(CalendarError);
    expect(() => lunarYearInfo(2101)).toThrow(
      calendarError('year: 2101 is not a lunar year this calendar covers (1899 to 2100)'),
    );
  });
});
