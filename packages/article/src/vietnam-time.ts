import { CalendarError, toVietnamIso as calendarVietnamIso, parseDay, weekday } from '@vnportal/calendar';
import { ArticleError, ownError } from './errors.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An instant with an offset, written in Vietnam's offset: `"2023-07-03T01:00:00Z"` → `"2023-07-03T08:00:00+07:00"`.
 * @throws ArticleError (with the calendar's issue) when `instant` is not an RFC 3339 instant with an offset.
 */
export function toVietnamIso(instant: string, field = 'instant'): string {
  try {
    return asArticleError(() => calendarVietnamIso(instant, typeof field === 'string' ? field : 'instant'));
  } catch (error) {
    throw ownError(error, { [typeof field === 'string' ? field : 'instant']: instant });
  }
}

/** The calendar's error for a bad instant, as this package's: same message, same issues. */
export function asArticleError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw error instanceof CalendarError ? new ArticleError(error.message, error.issues) : error;
  }
}

/** RFC 822 (as RFC 1123 amends it) in Vietnam's offset, for RSS: `"Mon, 03 Jul 2023 08:00:00 +0700"`. */
export function toRfc822(instant: string, field = 'instant'): string {
  try {
    return asArticleError(() => {
      const iso = toVietnamIso(instant, field); // "2023-07-03T08:00:00+07:00"
      const day = iso.slice(0, 10);
      const { year, month } = parseDay(day);
      return `${DAYS[weekday(day)]}, ${iso.slice(8, 10)} ${MONTHS[month - 1]} ${year} ${iso.slice(11, 19)} +0700`;
    });
  } catch (error) {
    throw ownError(error, { [typeof field === 'string' ? field : 'instant']: instant });
  }
}
