import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../../test/errors.js';
import { CalendarError, lunarToSolar, lunarYearInfo, solarToLunar } from '../index.js';

describe('lunarToSolar', () => {
  it('places Giỗ Tổ Hùng Vương (10/3 âm lịch) on 16/4/2016, 21/4/2021 and 18/4/2024', () => {
    expect([2016, 2021, 2024].map((year) => lunarToSolar({ year, month: 3, day: 10 }))).toEqual([
      '2016-04-16',
      '2021-04-21',
      '2024-04-18',
    ]);
  });

  it('puts Tết where Vietnam has it, not where China does (1968, 1985, 2007, 2030, 2053)', () => {
    const tet = (year: number) => lunarToSolar({ year, month: 1, day: 1 });
    expect(tet(1968)).toBe('1968-01-29'); // China: 30/1
    expect(tet(1985)).toBe('1985-01-21'); // China: 20/2
    expect(tet(2007)).toBe('2007-02-17'); // China: 18/2
    expect(tet(2030)).toBe('2030-02-02'); // China: 3/2
    expect(tet(2053)).toBe('2053-02-18'); // China: 19/2
  });

  it('follows Hồ Ngọc Đức’s tables before 1968: Tết 1916 on 3/2 (Beijing time), Tết 1925 on 25/1 (Hiệp Kỷ)', () => {
    expect(lunarToSolar({ year: 1916, month: 1, day: 1 })).toBe('1916-02-03'); // UTC+8 would give 4/2
    expect(lunarToSolar({ year: 1925, month: 1, day: 1 })).toBe('1925-01-25'); // the rule gives 24/1
    expect(lunarToSolar({ year: 1906, month: 4, day: 1 })).toBe('1906-04-23'); // new moon 00:07 at UTC+8
  });

  it('counts at UTC+8 up to the end of 1967 and at UTC+7 from 1968', () => {
    expect(lunarToSolar({ year: 1967, month: 11, day: 1 })).toBe('1967-12-02'); // new moon 23:10 at UTC+7
    expect(lunarToSolar({ year: 1968, month: 1, day: 1 })).toBe('1968-01-29'); // new moon 00:29 at UTC+8
  });

  it('puts Tết Giáp Thìn on 10/2/2024 and Tết Ất Tỵ on 29/1/2025', () => {
    expect(lunarToSolar({ year: 2024, month: 1, day: 1 })).toBe('2024-02-10');
    expect(lunarToSolar({ year: 2025, month: 1, day: 1, leap: false })).toBe('2025-01-29');
  });

  it('tells a leap month from its namesake: 4 and leap 4 of 2020, 2 and leap 2 of 2023, 6 and leap 6 of 2025', () => {
    expect(lunarToSolar({ year: 2020, month: 4, day: 1 })).toBe('2020-04-23');
    expect(lunarToSolar({ year: 2020, month: 4, day: 1, leap: true })).toBe('2020-05-23');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1 })).toBe('2023-02-20');
    expect(lunarToSolar({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1 })).toBe('2025-06-25');
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toBe('2025-07-25');
  });

  it('names day 30 of a 29-day month', () => {
    expect(lunarYearInfo(2023).months[0]?.days).toBe(29);
    expect(() => lunarToSolar({ year: 2023, month: 1, day: 30 })).toThrow(CalendarError);
    expect(() => lunarToSolar({ year: 2023, month: 1, day: 30 })).toThrow(
      calendarError('lunar.day: 30 does not exist; month 1 of lunar year 2023 has 29 days'),
    );
    expect(() => lunarToSolar({ year: 2023, month: 2, day: 30, leap: true })).toThrow(
      calendarError('lunar.day: 30 does not exist; leap month 2 of lunar year 2023 has 29 days'),
    );
  });

  it('names a leap month that does not exist', () => {
    expect(() => lunarToSolar({ year: 2024, month: 3, day: 10, leap: true })).toThrow(
      calendarError('lunar.leap: true but month 3 of lunar year 2024 is not leap (that year has none)'),
    );
    expect(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(
      calendarError('lunar.leap: true but month 3 of lunar year 2023 is not leap (the leap month is 2)'),
    );
  });

  it.each([
    [{ year: 1898, month: 1, day: 1 }, 'lunar.year: 1898 is not a lunar year this calendar covers (1899 to 2100)'],
    [{ year: 2101, month: 1, day: 1 }, 'lunar.year: 2101 is not a lunar year'],
    [{ year: 2024.5, month: 1, day: 1 }, 'lunar.year: 2024.5 is not a lunar year'],
    [{ year: '2024', month: 1, day: 1 }, 'lunar.year: "2024" is not a lunar year'],
    [{ year: 2024, month: 13, day: 1 }, 'lunar.month: 13 is not a lunar month (1 to 12)'],
    [{ year: 2024, month: 0, day: 1 }, 'lunar.month: 0 is not a lunar month'],
    [{ year: 2024, month: '3', day: 1 }, 'lunar.month: "3" is not a lunar month'],
    [{ year: 2024, month: 1, day: 0 }, 'lunar.day: 0 does not exist'],
    [{ year: 2024, month: 1, day: 31 }, 'lunar.day: 31 does not exist; month 1 of lunar year 2024 has 29 days'],
    [{ year: 2024, month: 1, day: 1.5 }, 'lunar.day: 1.5 does not exist'],
    [{ year: 2024, month: 1, day: 1, leap: 'yes' }, 'lunar.leap: "yes" is not true or false'],
    [null, 'lunar: null is not a lunar date { year, month, day, leap? }'],
    ['2024-03-10', 'lunar: "2024-03-10" is not a lunar date'],
  ])('refuses %j with a CalendarError that names it', (lunar, message) => {
    expect(() => lunarToSolar(lunar as never)).toThrow(CalendarError);
    expect(() => lunarToSolar(lunar as never)).toThrow(calendarError(message));
  });

  it('is undone by solarToLunar for any existing lunar date', () => {
    const lunarDate = fc
      .record({ year: fc.integer({ min: 1899, max: 2100 }), index: fc.nat(12), day: fc.integer({ min: 1, max: 30 }) })
      .map(({ year, index, day }) => {
        const months = lunarYearInfo(year).months;
        const month = months[index % months.length]!;
        return { year, month: month.month, leap: month.leap, day: Math.min(day, month.days) };
      });
    fc.assert(
      fc.property(lunarDate, (lunar) => {
        expect(solarToLunar(lunarToSolar(lunar))).toEqual(lunar);
      }),
      { numRuns: 2000 },
    );
  });
});
