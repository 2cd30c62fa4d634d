import { UTCDate } from '@date-fns/utc';
import { addDays as dfAddDays, format as dfFormat, differenceInCalendarDays, getDay, getDaysInMonth } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInMonth, isLeapYear, parseDay, weekday } from './index.js';

// The day arithmetic is a few lines on UTC day numbers (date-fns cost ~600 B gzip in the script-tag
// widget); date-fns with @date-fns/utc, the field's library, is the oracle it must agree with.
const utc = (day: string) => {
  const { year, month, day: d } = parseDay(day);
  const date = new UTCDate(0);
  date.setFullYear(year, month - 1, d);
  return date;
};
const iso = (date: Date) => dfFormat(date, 'yyyy-MM-dd');
const anyDay = fc.integer({ min: -80_000, max: 80_000 }).map((n) => iso(dfAddDays(new UTCDate(2000, 0, 1), n)));

describe('day arithmetic agrees with date-fns (in UTC) for every day from 1781 to 2219', () => {
  it('addDays', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(iso(dfAddDays(utc(day), n)));
      }),
    );
  });

  it('daysBetween', () => {
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        expect(daysBetween(a, b)).toBe(differenceInCalendarDays(utc(b), utc(a)));
      }),
    );
  });

  it('weekday, daysInMonth and isLeapYear', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const date = utc(day);
        const { year, month } = parseDay(day);
        expect(weekday(day)).toBe(getDay(date));
        expect(daysInMonth(year, month)).toBe(getDaysInMonth(date));
        expect(isLeapYear(year)).toBe(getDaysInMonth(new UTCDate(year, 1, 1)) === 29);
      }),
    );
  });
});
