// The one module that makes the .ics file, so the library's toICalendar drops in here alone.
import type { Commemoration } from '@vnportal/anniversary';

/**
 * The chosen days as an iCalendar file for the twelve months from `from`, or undefined while the
 * library has no iCalendar writer (the builder writes no second one).
 */
export function icsFile(_list: readonly Commemoration[], _from: string): string | undefined {
  return undefined;
}
