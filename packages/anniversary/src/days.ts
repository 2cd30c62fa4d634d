// Gregorian day arithmetic on ISO strings, kept here (a few lines, no date library) because the
// script-tag widget inlines this package and has a 10 KB gzip budget; tests cross-check it
// against @vnportal/calendar.
import { fail, quote } from './commemoration-error.js';

export const DAY_FORM = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function monthLength(year: number, month: number): number {
  return month === 2 ? (isLeap(year) ? 29 : 28) : 30 + ((month + (month >> 3)) & 1);
}

/** `"2024-06-05"` from numbers. */
export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Why `[year, month, day]` is not a real day, or `''` when it is. */
export function dayProblem(value: string, year: number, month: number, day: number): string {
  if (month < 1 || month > 12) return `${quote(value)} has no month ${month}`;
  const length = monthLength(year, month);
  return day < 1 || day > length
    ? `${quote(value)} does not exist (${value.slice(0, value[0] === '-' ? 4 : 7)} has ${length} days)`
    : '';
}

/** Reads an existing `YYYY-MM-DD` day, or throws a CommemorationError naming `field`. */
export function readDay(value: unknown, field: string): [number, number, number] {
  const m = typeof value === 'string' ? DAY_FORM.exec(value) : null;
  if (!m) return fail(field, `${quote(value)} is not a day in the form YYYY-MM-DD (e.g. 2024-06-05)`);
  const parts: [number, number, number] = [+m[1]!, +m[2]!, +m[3]!];
  const problem = dayProblem(value as string, ...parts);
  return problem ? fail(field, problem) : parts;
}

/** `addDays("2024-02-28", 2)` → `"2024-03-01"`. */
export function addDays(day: string, amount: number): string {
  const m = DAY_FORM.exec(day)!;
  const date = new Date(0);
  date.setUTCFullYear(+m[1]!, +m[2]! - 1, +m[3]! + amount);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
