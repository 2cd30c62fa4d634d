import { invalid, readFields } from './calendar-error.js';

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

export const DAY_MS = 86_400_000;

const DAY_FORM = /^(\d{4})-(\d\d)-(\d\d)$/;
const MONTH_FORM = /^(\d{4})-(\d\d)$/;

/**
 * Reads an ISO calendar day `YYYY-MM-DD` and checks that it exists.
 * @throws CalendarError naming `field` and the value, e.g. `day: "2024-02-30" does not exist; 2024-02 has 29 days`
 */
export function parseDay(value: unknown, field = 'day'): DayParts {
  const match = typeof value === 'string' ? DAY_FORM.exec(value) : null;
  if (!match) throw invalid(field, value, 'is not a calendar day in the form YYYY-MM-DD (e.g. 2024-06-05)');
  const year = +match[1]!;
  const month = +match[2]!;
  const day = +match[3]!;
  if (month < 1 || month > 12) throw invalid(field, value, `has month ${month}; months are 01 to 12`);
  const length = daysInMonthCore(year, month);
  if (day < 1 || day > length) {
    throw invalid(field, value, `does not exist; ${match[1]}-${match[2]} has ${length} days`);
  }
  return { year, month, day };
}

/**
 * The core of `parseDay`: the parts of an existing `YYYY-MM-DD` day, or undefined, with no sentence to say
 * why (so the script-tag build carries no error text on its happy path).
 */
export function parseDayCore(value: unknown): DayParts | undefined {
  const match = typeof value === 'string' ? DAY_FORM.exec(value) : null;
  if (!match) return undefined;
  const year = +match[1]!;
  const month = +match[2]!;
  const day = +match[3]!;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonthCore(year, month)
    ? { year, month, day }
    : undefined;
}

/** Whether `value` is an existing ISO calendar day `YYYY-MM-DD`. */
export function isDay(value: unknown): boolean {
  return parseDayCore(value) !== undefined;
}

/**
 * Reads a month-precision day `YYYY-MM`.
 * @throws CalendarError naming `field` and the value.
 */
export function parseMonth(value: unknown, field = 'month'): MonthParts {
  const match = typeof value === 'string' ? MONTH_FORM.exec(value) : null;
  const month = match ? +match[2]! : 0;
  if (!match || month < 1 || month > 12) {
    throw invalid(field, value, 'is not a month in the form YYYY-MM (e.g. 1958-12)');
  }
  return { year: +match[1]!, month };
}

/**
 * Writes day parts as `YYYY-MM-DD`, as they are: it does not check that the day exists (`{2024, 2, 31}` →
 * `"2024-02-31"`), only that each part is a whole number a day can be written with.
 * @throws CalendarError naming `parts` or the part (`parts.month`) that is not a whole number in its range.
 */
export function formatDay(parts: DayParts): string {
  const { year, month, day } = readFields(parts, 'parts', ['year', 'month', 'day'], 'is not { year, month, day }');
  for (const [name, value, min, max] of [
    ['year', year, 0, 9999],
    ['month', month, 1, 12],
    ['day', day, 1, 31],
  ] as const) {
    if (!Number.isInteger(value) || (value as number) < min || (value as number) > max) {
      throw invalid(`parts.${name}`, value, `is not a whole number from ${min} to ${max}`);
    }
  }
  return writeDay(year as number, month as number, day as number);
}

/** `YYYY-MM-DD` from whole numbers, unchecked (a year past 9999 is written with all its digits). */
function writeDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The day at UTC midnight; read it only with UTC getters or `Intl` in `timeZone: "UTC"`, so no host zone leaks. */
export function dayToUTCDate(parts: DayParts): Date {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day); // unlike Date.UTC, keeps years 0–99 as they are
  return date;
}

/** Days since 1970-01-01 of an ISO day. */
export function dayToDayNumber(day: string, field = 'day'): number {
  return dayToUTCDate(parseDay(day, field)).getTime() / DAY_MS;
}

/** Days since 1970-01-01 → `YYYY-MM-DD`, read in UTC (getters, not toISOString, which is five times slower). */
export function dayNumberToDay(n: number): string {
  const date = new Date(n * DAY_MS);
  return writeDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The day of a day number, when `YYYY-MM-DD` can write it (years 0000 to 9999); otherwise a CalendarError
 * naming `field` and `value`: `amount: 1 takes 9999-12-31 outside the years 0000 to 9999`.
 */
export function writableDay(n: number, field: string, value: unknown, what = 'is'): string {
  // Day numbers of 0000-01-01 and 9999-12-31.
  if (!(n >= -719_528 && n <= 2_932_896)) throw invalid(field, value, `${what} outside the years 0000 to 9999`);
  return dayNumberToDay(n);
}

/** `addDays("2024-02-28", 2)` → `"2024-03-01"`; `amount` may be negative. */
export function addDays(day: string, amount: number): string {
  if (!Number.isInteger(amount)) throw invalid('amount', amount, 'is not a whole number of days');
  return writableDay(dayToDayNumber(day) + amount, 'amount', amount, `takes ${day}`);
}

/**
 * The core of `addDays`, unchecked: `day` is an existing `YYYY-MM-DD` and `amount` a whole number. A result
 * past the years 0000 to 9999 is written with all its digits (`10000-01-03`), which no day reader accepts.
 */
export function addDaysCore(day: string, amount: number): string {
  const date = new Date(0);
  date.setUTCFullYear(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8) + amount);
  return dayNumberToDay(date.getTime() / DAY_MS);
}

/** Days from `from` to `to`: `daysBetween("2024-06-01", "2024-06-05")` → `4` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayToDayNumber(to, 'to') - dayToDayNumber(from, 'from');
}

/** -1, 0 or 1 as `a` is before, the same as, or after `b`; sorts days with `days.sort(compareDays)`. */
export function compareDays(a: string, b: string): -1 | 0 | 1 {
  parseDay(a, 'a');
  parseDay(b, 'b');
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy). */
export function weekday(day: string): number {
  return dayToUTCDate(parseDay(day)).getUTCDay();
}

/** Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  if (!Number.isInteger(year)) throw invalid('year', year, 'is not a whole number');
  return daysInMonthCore(year, 2) === 29;
}

/** Number of days in a Gregorian month: `daysInMonth(2024, 2)` → `29`. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw invalid('month', month, 'is not a month (1 to 12)');
  return daysInMonthCore(year, month);
}

/** The core of `daysInMonth`: the days in `month` (1 to 12, unchecked) of a Gregorian `year`. */
export function daysInMonthCore(year: number, month: number): number {
  // 31 days in the odd months up to July and the even ones from August; February by the leap rule.
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 ? (leap ? 29 : 28) : 30 + ((month ^ (month >> 3)) & 1);
}
