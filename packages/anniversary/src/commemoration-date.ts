import { addDaysCore, daysInMonthCore } from '@vnportal/calendar/core';
import { fail } from './commemoration-error.js';

// Dates as the commemoration list writes them. The day arithmetic is the calendar's (its unchecked cores,
// shared with the widget's copy of @vnportal/calendar): month lengths and day stepping.

/** A date as numbers: `year` null for a yearly date (`--MM-DD`), `day` null for a month-precision one. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

/** `addDays("2024-02-28", 2)` → `"2024-03-01"`, for days already read (past 9999: `10000-…`, as the calendar writes). */
export const addDays = addDaysCore;

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
