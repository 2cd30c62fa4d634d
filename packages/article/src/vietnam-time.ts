import { parseInstant } from '@vnportal/calendar';

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function vietnamWallClock(instant: string, field: string): Date {
  return new Date(parseInstant(instant, field).getTime() + VIETNAM_OFFSET_MS);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same instant written in Vietnam's offset: `"2023-07-03T01:00:00Z"` → `"2023-07-03T08:00:00+07:00"`. */
export function toVietnamIso(instant: string, field = 'instant'): string {
  const wall = vietnamWallClock(instant, field);
  return `${wall.toISOString().slice(0, 19)}+07:00`;
}

/** RFC 822 (as RFC 1123 amends it) in Vietnam's offset, for RSS: `"Mon, 03 Jul 2023 08:00:00 +0700"`. */
export function toRfc822(instant: string, field = 'instant'): string {
  const w = vietnamWallClock(instant, field);
  const time = `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}`;
  return `${DAYS[w.getUTCDay()]}, ${pad(w.getUTCDate())} ${MONTHS[w.getUTCMonth()]} ${w.getUTCFullYear()} ${time} +0700`;
}
