// The one module that makes the .ics file: the library's toICalendar over one calendar year.
import { type Commemoration, toICalendar } from '@vnportal/anniversary';

/** An iCalendar download: its file name and text. */
export interface IcsFile {
  name: string;
  text: string;
}

/**
 * The chosen days as an iCalendar file for the calendar year of `day` (1/1 to 31/12), in Vietnamese: an
 * office plans its year by the calendar year, and a file per year imported once does not overlap the next.
 * Undefined when the list cannot be placed in that year (the form already says what to fix).
 */
export function icsFile(list: readonly Commemoration[], day: string): IcsFile | undefined {
  const year = day.slice(0, 4);
  try {
    return {
      name: `ngay-ky-niem-${year}.ics`,
      text: toICalendar(list, { from: `${year}-01-01`, to: `${year}-12-31` }),
    };
  } catch {
    return undefined;
  }
}
