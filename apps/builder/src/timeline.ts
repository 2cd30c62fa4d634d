import {
  type Anniversary,
  anniversariesBetween,
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
  const months: TimelineMonth[] = [];
  let previous: string | undefined;
  for (let i = 0; i < 12; i++) {
    const y = year + Math.floor((month - 1 + i) / 12);
    const m = ((month - 1 + i) % 12) + 1;
    const first = `${y}-${two(m)}-01`;
    const last = `${y}-${two(m)}-${two(daysInMonth(y, m))}`;
    const anniversaries = anniversariesBetween(list, first, last)
      .sort((a, b) => (a.day < b.day ? -1 : +(a.day > b.day)))
      .map((anniversary) => ({ day: anniversary.day, text: formatAnniversary(anniversary, { lang }), anniversary }));
    const changes: TimelineMonth['changes'] = [];
    for (let day = first; day <= last; day = addDays(day, 1)) {
      const text = formatBanner(selectForBanner(list, { ...options, today: day }), { lang });
      if (text !== previous) changes.push({ day, text });
      previous = text;
    }
    months.push({ month: `${y}-${two(m)}`, anniversaries, changes });
  }
  return months;
}
