import { parseDay } from '@vnportal/calendar';

/**
 * Whole years from `from` to `to`, as people count birthdays: the count goes up on the
 * anniversary day itself. A 29 February date has its anniversary on 28 February in common years.
 * `elapsedYears("1911-06-05", "2024-06-05")` → `113`.
 */
export function elapsedYears(from: string, to: string): number {
  const a = parseDay(from, 'from');
  const b = parseDay(to, 'to');
  let years = b.year - a.year;
  const anniversaryDay = a.month === 2 && a.day === 29 && !isLeap(b.year) ? 28 : a.day;
  if (b.month < a.month || (b.month === a.month && b.day < anniversaryDay)) years -= 1;
  return years;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
