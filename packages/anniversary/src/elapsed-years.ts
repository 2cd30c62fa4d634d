import { daysInMonthCore } from '@vnportal/calendar/core';
import { readDay } from './commemoration-date.js';
import { fail } from './commemoration-error.js';

/**
 * Whole years from `from` to `to`, as people count birthdays: the count goes up on the
 * anniversary day itself. A 29 February date has its anniversary on 28 February in common years.
 * `elapsedYears("1911-06-05", "2024-06-05")` → `113`.
 * @throws CommemorationError when a day is not an existing `YYYY-MM-DD` or `to` is before `from`.
 */
export function elapsedYears(from: string, to: string): number {
  // No unreadable-value wrapper: both arguments are checked to be strings before anything reads them.
  const first = readDay(from, 'from');
  const last = readDay(to, 'to');
  if (to < from) fail('to', to, `is not on or after from (${from})`);
  // "MM-DD" strings compare as days of the year do.
  const anniversary = from.endsWith('02-29') && daysInMonthCore(last, 2) === 28 ? '02-28' : from.slice(5);
  return last - first - +(to.slice(5) < anniversary);
}
