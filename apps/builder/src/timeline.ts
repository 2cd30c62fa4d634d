import {
  type Anniversary,
  anniversariesBetween,
  BANNER_DEFAULTS,
  type Commemoration,
  formatAnniversary,
  formatBanner,
  type SelectOptions,
  selectForBanner,
} from '@vnportal/anniversary';
import { addDays, daysInMonth, parseDay } from '@vnportal/calendar';

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
  const all = anniversariesBetween(list, addDays(start, -before), addDays(end, after)).sort(byDay);
  // The line changes only where an anniversary enters the window (daysAfter ahead) or leaves it.
  const candidates = new Set([start]);
  for (const a of all) {
    for (const day of [addDays(a.day, -after), addDays(a.lastDay ?? a.day, before + 1)]) {
      if (day > start && day <= end) candidates.add(day);
    }
  }
  const changes: TimelineMonth['changes'] = [];
  for (const day of [...candidates].sort()) {
    const text = formatBanner(selectForBanner(list, { ...options, today: day }), { lang });
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
