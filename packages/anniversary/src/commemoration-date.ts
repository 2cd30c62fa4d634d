import { daysInMonthCore } from '@vnportal/calendar/core';
import { fail } from './commemoration-error.js';

// Dates as the commemoration list writes them. Month lengths are the calendar's (daysInMonthCore, shared
// with the widget's copy of @vnportal/calendar); the day stepping below is a few lines on Date.UTC, which
// days.test.ts cross-checks against @vnportal/calendar's addDays.

/** A date as numbers: `year` null for a yearly date (`--MM-DD`), `day` null for a month-precision one. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

/** `"2024-06-05"` from numbers (years 1000 to 9999; an overflowing day rolls into the next month). */
export function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** `addDays("2024-02-28", 2)` → `"2024-03-01"`, for days already read. */
export function addDays(day: string, amount: number): string {
  return iso(+day.slice(0, 4), +day.slice(5, 7), +day.slice(8) + amount);
}

const DATE_FORM = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/;

/**
 * Reads `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD` (years 1000 to 9999); returns the problem ("is not …") when it
 * cannot. A lunar month has days 1 to 30 (which years have a 30th is checked by the lunar calendar).
 */
export function readDate(value: unknown, lunar?: boolean): DateParts | string {
  const m = typeof value === 'string' && value.length <= 10 ? DATE_FORM.exec(value) : null;
  // "--MM" (yearly, no day) matches the pattern but means nothing.
  if (!m || !(m[1] || m[3]) || +m[1]! < 1000) return 'is not YYYY-MM-DD, YYYY-MM or --MM-DD';
  const year = m[1] ? +m[1] : null;
  const month = +m[2]!;
  const day = m[3] ? +m[3] : null;
  // A yearly 29 February exists: 2000 is a leap year.
  return month > 12 || month < 1 || day === 0 || day! > (lunar ? 30 : daysInMonthCore(year ?? 2000, month))
    ? `is not ${lunar ? 'a lunar date (months 1 to 12, days 1 to 30)' : 'a day that exists'}`
    : { year, month, day };
}

/** The core of `readDate`, unchecked: the parts of a date `readDate` accepts. */
export function datePartsCore(date: string): DateParts {
  const m = DATE_FORM.exec(date)!;
  return { year: m[1] ? +m[1] : null, month: +m[2]!, day: m[3] ? +m[3] : null };
}

/** Reads an existing `YYYY-MM-DD` day, or throws a CommemorationError naming `field`. */
export function readDay(value: unknown, field: string): number {
  const parts =
    typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value)
      ? readDate(value)
      : 'is not a day in the form YYYY-MM-DD';
  if (typeof parts === 'string') fail(field, value, parts);
  return parts.year!;
}
