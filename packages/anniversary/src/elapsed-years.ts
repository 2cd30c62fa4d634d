import { fail } from './commemoration-error.js';
import { isLeap, readDay } from './days.js';

/**
 * Whole years from `from` to `to`, as people count birthdays: the count goes up on the
 * anniversary day itself. A 29 February date has its anniversary on 28 February in common years.
 * `elapsedYears("1911-06-05", "2024-06-05")` → `113`.
 * @throws CommemorationError when a day is not `YYYY-MM-DD` or `to` is before `from`.
 */
export function elapsedYears(from: string, to: string): number {
  const [fy, fm, fd] = readDay(from, 'from');
  const [ty, tm, td] = readDay(to, 'to');
  if (to < from) fail('to', `"${to}" is before from "${from}"`);
  const anniversaryDay = fm === 2 && fd === 29 && !isLeap(ty) ? 28 : fd;
  return ty - fy - (tm < fm || (tm === fm && td < anniversaryDay) ? 1 : 0);
}
