import { UTCDate } from '@date-fns/utc';
import {
  addDays as addDaysToDate,
  differenceInCalendarDays,
  getDay,
  getDaysInMonth,
  isLeapYear as isLeapYearDate,
} from 'date-fns';
import { CalendarError, describeValue } from './calendar-error.js';

/** A calendar day as plain numbers: month 1–12, day 1–31. */
export interface DayParts {
  year: number;
  month: number;
  day: number;
}

/** A day known to the month only (`"1958-12"`): "(12/1958 - 12/2018)". */
export interface MonthParts {
  year: number;
  month: number;
}

const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_FORM = /^(\d{4})-(\d{2})$/;

/**
 * Reads an ISO calendar day `YYYY-MM-DD` and checks that it exists.
 * @throws CalendarError naming `field` and the value, e.g. `day: "2024-02-30" is not a calendar day …`
 */
export function parseDay(value: unknown, field = 'day'): DayParts {
  const match = typeof value === 'string' ? DAY_FORM.exec(value) : null;
  if (!match) {
    throw new CalendarError(
      `${field}: ${describeValue(value)} is not a calendar day in the form YYYY-MM-DD (e.g. 2024-06-05)`,
    );
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    throw new CalendarError(`${field}: ${describeValue(value)} has month ${month}; months are 01 to 12`);
  }
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    throw new CalendarError(
      `${field}: ${describeValue(value)} does not exist; ${match[1]}-${match[2]} has ${length} days`,
    );
  }
  return { year, month, day };
}

/** Whether `value` is an existing ISO calendar day `YYYY-MM-DD`. */
export function isDay(value: unknown): boolean {
  try {
    parseDay(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a month-precision day `YYYY-MM`.
 * @throws CalendarError naming `field` and the value.
 */
export function parseMonth(value: unknown, field = 'month'): MonthParts {
  const match = typeof value === 'string' ? MONTH_FORM.exec(value) : null;
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12) {
    throw new CalendarError(`${field}: ${describeValue(value)} is not a month in the form YYYY-MM (e.g. 1958-12)`);
  }
  return { year: Number(match[1]), month };
}

/** Writes day parts as `YYYY-MM-DD`. */
export function formatDay(parts: DayParts): string {
  return `${String(parts.year).padStart(4, '0')}-${pad2(parts.month)}-${pad2(parts.day)}`;
}

/** The day at UTC midnight, as a date-fns UTCDate, so no host zone takes part in the arithmetic. */
export function dayToUTCDate(parts: DayParts): UTCDate {
  const date = new UTCDate(0);
  date.setFullYear(parts.year, parts.month - 1, parts.day);
  return date;
}

function utcDateToDay(date: Date): string {
  return formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** `addDays("2024-02-28", 2)` → `"2024-03-01"`; `amount` may be negative. */
export function addDays(day: string, amount: number): string {
  if (!Number.isInteger(amount))
    throw new CalendarError(`amount: ${describeValue(amount)} is not a whole number of days`);
  return utcDateToDay(addDaysToDate(dayToUTCDate(parseDay(day)), amount));
}

/** Days from `from` to `to`: `daysBetween("2024-06-01", "2024-06-05")` → `4` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(dayToUTCDate(parseDay(to, 'to')), dayToUTCDate(parseDay(from, 'from')));
}

/** -1, 0 or 1 as `a` is before, the same as, or after `b`; sorts days with `days.sort(compareDays)`. */
export function compareDays(a: string, b: string): -1 | 0 | 1 {
  parseDay(a, 'a');
  parseDay(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy). */
export function weekday(day: string): number {
  return getDay(dayToUTCDate(parseDay(day)));
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  if (!Number.isInteger(year)) throw new CalendarError(`year: ${describeValue(year)} is not a whole number`);
  return isLeapYearDate(new UTCDate(yearStart(year)));
}

/** Number of days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new UTCDate(yearStart(year, month)));
}

function yearStart(year: number, month = 1): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, 1);
  return date.getTime();
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
