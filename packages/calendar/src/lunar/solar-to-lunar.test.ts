import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../../test/errors.js';
import { addDays, CalendarError, daysBetween, lunarToSolar, solarToLunar } from '../index.js';

const FIRST_DAY = '1899-02-10';
const LAST_DAY = '2101-01-28';

describe('solarToLunar', () => {
  it('reads Tết Giáp Thìn and Giỗ Tổ Hùng Vương 2024', () => {
    expect(solarToLunar('2024-02-10')).toEqual({ year: 2024, month: 1, day: 1, leap: false });
    expect(solarToLunar('2024-04-18')).toEqual({ year: 2024, month: 3, day: 10, leap: false });
  });

  it('counts a day before Tết in the previous lunar year', () => {
    expect(solarToLunar('2024-02-09')).toEqual({ year: 2023, month: 12, day: 30, leap: false });
    expect(solarToLunar('2025-01-01')).toEqual({ year: 2024, month: 12, day: 2, leap: false });
  });

  it('reads days of a leap month as leap: 22/3/2023 is 1/2 nhuận', () => {
    expect(solarToLunar('2023-03-22')).toEqual({ year: 2023, month: 2, day: 1, leap: true });
    expect(solarToLunar('2023-04-20')).toEqual({ year: 2023, month: 3, day: 1, leap: false });
  });

  it.each([
    ['2054-05-08', '00:01'],
    ['2072-12-09', '23:59 the same day'],
    ['2077-11-16', '00:00:36'],
    ['2085-10-19', '00:00:16'],
  ])('starts a month on %s, where the new moon falls at %s in Hanoi', (day) => {
    expect(solarToLunar(day).day).toBe(1);
    expect(solarToLunar(addDays(day, -1)).day).toBeGreaterThanOrEqual(29);
  });

  it('has no day 0 around 9/4/2062, where the simplified published algorithm has one', () => {
    expect(solarToLunar('2062-04-09').day).toBeGreaterThanOrEqual(29);
    expect(solarToLunar('2062-04-10').day).toBe(1);
  });

  it('covers 10/2/1899 (Tết Kỷ Hợi) to 28/1/2101, so every day of 1900 to 2100', () => {
    expect(solarToLunar(FIRST_DAY)).toEqual({ year: 1899, month: 1, day: 1, leap: false });
    expect(solarToLunar('1900-01-01')).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    expect(solarToLunar('2100-12-31').year).toBe(2100);
    expect(solarToLunar(LAST_DAY).month).toBe(12);
    expect(() => solarToLunar(addDays(FIRST_DAY, -1))).toThrow(
      calendarError(`day: "1899-02-09" is outside the lunar calendar (${FIRST_DAY} to ${LAST_DAY})`),
    );
    expect(() => solarToLunar(addDays(LAST_DAY, 1))).toThrow(CalendarError);
    expect(() => solarToLunar('0050-01-01')).toThrow(calendarError(/outside the lunar calendar/));
    expect(() => solarToLunar('9999-12-31')).toThrow(calendarError(/outside the lunar calendar/));
  });

  it('names what it cannot read', () => {
    expect(() => solarToLunar('2024-02-30')).toThrow(
      calendarError('day: "2024-02-30" does not exist; 2024-02 has 29 days'),
    );
    expect(() => solarToLunar(new Date() as never)).toThrow(
      calendarError(/is not a calendar day in the form YYYY-MM-DD/),
    );
  });

  it('is undone by lunarToSolar on every day of its range', () => {
    const count = daysBetween(FIRST_DAY, LAST_DAY) + 1;
    let day = FIRST_DAY;
    let previous = solarToLunar(day);
    for (let i = 1; i < count; i++) {
      // Walk by Date so this test does not lean on the code it checks.
      day = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
      const lunar = solarToLunar(day);
      if (lunarToSolar(lunar) !== day) expect.fail(`${day} → ${JSON.stringify(lunar)} → ${lunarToSolar(lunar)}`);
      // Each day is the next lunar day, or day 1 after day 29 or 30.
      const next = lunar.day === previous.day + 1 || (lunar.day === 1 && previous.day >= 29);
      if (!next) expect.fail(`${day}: ${JSON.stringify(previous)} then ${JSON.stringify(lunar)}`);
      previous = lunar;
    }
    expect(count).toBe(73_767);
  });

  it('gives the same lunar date for a day, whatever the host zone (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 73_766 }), (n) => {
        const day = addDays(FIRST_DAY, n);
        expect(lunarToSolar(solarToLunar(day))).toBe(day);
      }),
    );
  });
});
