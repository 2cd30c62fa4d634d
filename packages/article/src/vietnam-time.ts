import { parseDay, toVietnamIso, weekday } from '@vnportal/calendar';

export { toVietnamIso };

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 (as RFC 1123 amends it) in Vietnam's offset, for RSS: `"Mon, 03 Jul 2023 08:00:00 +0700"`. */
export function toRfc822(instant: string, field = 'instant'): string {
  const iso = toVietnamIso(instant, field); // "2023-07-03T08:00:00+07:00"
  const day = iso.slice(0, 10);
  const { year, month } = parseDay(day);
  return `${DAYS[weekday(day)]}, ${iso.slice(8, 10)} ${MONTHS[month - 1]} ${year} ${iso.slice(11, 19)} +0700`;
}
