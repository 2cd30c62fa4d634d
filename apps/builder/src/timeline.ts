import {
  type Anniversary,
  anniversariesBetween,
  BANNER_DEFAULTS,
  type Commemoration,
  formatAnniversary,
  formatBanner,
  type SelectOptions,
} from '@vnportal/anniversary';
import { arrangeForBannerCore } from '@vnportal/anniversary/core';
import { addDays, daysBetween, daysInMonth, parseDay } from '@vnportal/calendar';

/** One month of the timeline: the anniversaries that fall in it, and the days the banner line changes. */
export interface TimelineMonth {
  /** `YYYY-MM`. */
  month: string;
  anniversaries: { day: string; text: string; anniversary: Anniversary }[];
  /** From `day` on, the banner shows `text` (`""`: nothing). */
  changes: { day: string; text: string }[];
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Twelve months from `from`'s month: each month's anniversaries (solar days) and every day the banner line
 * changes, with the line it shows from then on. The first month starts with the line shown on its 1st.
 */
export function timeline(
  list: readonly Commemoration[],
  from: string,
  options: Omit<SelectOptions, 'today'>,
  lang: 'vi' | 'en' = 'vi',
): TimelineMonth[] {
  const { year, month } = parseDay(from);
  const months = Array.from({ length: 12 }, (_, i) => {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    return { month: `${y}-${two(m)}`, first: `${y}-${two(m)}-01`, last: `${y}-${two(m)}-${two(daysInMonth(y, m))}` };
  });
  const start = months[0]!.first;
  const end = months[11]!.last;
  const before = options.daysBefore ?? BANNER_DEFAULTS.daysBefore;
  const after = options.daysAfter ?? BANNER_DEFAULTS.daysAfter;
  // Every anniversary any day of the year can show, found once, in the library's order (by entry, then year):
  // each day's window is a run of it, arranged as selectForBanner arranges it.
  const found = anniversariesBetween(list, addDays(start, -before), addDays(end, after));
  const all = [...found].sort(byDay);
  // The line changes only where an anniversary enters the window (daysAfter ahead) or leaves it, and, in a
  // window of a year or more that holds two anniversaries of one day, where the later becomes the nearer: the
  // banner shows each commemoration's nearest anniversary, the one to come on a tie.
  const candidates = new Set([start]);
  const add = (day: string) => day > start && day <= end && candidates.add(day);
  const previous = new Map<Commemoration, Anniversary>();
  for (const a of all) {
    add(addDays(a.day, -after));
    add(addDays(a.lastDay ?? a.day, before + 1));
    if (options.roundOnly && !a.round) continue;
    const earlier = previous.get(a.commemoration);
    if (earlier) {
      const left = earlier.lastDay ?? earlier.day;
      add(addDays(left, Math.ceil(daysBetween(left, a.day) / 2)));
    }
    previous.set(a.commemoration, a);
  }
  const changes: TimelineMonth['changes'] = [];
  for (const day of [...candidates].sort()) {
    const from = addDays(day, -before);
    const to = addDays(day, after);
    const shown = found.filter((a) => a.day <= to && (a.lastDay ?? a.day) >= from);
    const text = formatBanner(arrangeForBannerCore(shown, { ...options, today: day }), { lang });
    if (text !== changes.at(-1)?.text || !changes.length) changes.push({ day, text });
  }
  return months.map(({ month: key, first, last }) => ({
    month: key,
    anniversaries: all
      .filter((a) => a.day >= first && a.day <= last)
      .map((anniversary) => ({ day: anniversary.day, text: formatAnniversary(anniversary, { lang }), anniversary })),
    changes: changes.filter((c) => c.day >= first && c.day <= last),
  }));
}

const byDay = (a: Anniversary, b: Anniversary) => (a.day < b.day ? -1 : +(a.day > b.day));
