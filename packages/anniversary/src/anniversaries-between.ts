import { readDate } from './commemoration-date.js';
import { fail, quote } from './commemoration-error.js';
import { isLeap, iso, readDay } from './days.js';
import type { Anniversary, Commemoration, Round } from './types.js';

/** "tron" when `years` ends in 0, "le5" when it ends in 5 (Nghị định 145/2013/NĐ-CP, Điều 3 khoản 1). */
export function roundOf(years: number | null): Round {
  return years === null || years % 5 ? null : years % 10 ? 'le5' : 'tron';
}

/**
 * Every anniversary whose solar day falls between `from` and `to` (both included), in the list's
 * order (a commemoration's own anniversaries by day). Year 0, the founding day itself, is not an
 * anniversary. A 29 February date falls on 28 February in common years; a `YYYY-MM` date on the
 * 1st of its month.
 * @throws CommemorationError for a day that is not `YYYY-MM-DD`, `to` before `from`, or a bad date in the list.
 */
export function anniversariesBetween(list: readonly Commemoration[], from: string, to: string): Anniversary[] {
  const [first] = readDay(from, 'from');
  const [last] = readDay(to, 'to');
  if (to < from) fail('to', `"${to}" is before from "${from}"`);
  const found: Anniversary[] = [];
  list.forEach((commemoration, index) => {
    const { calendar = 'solar' } = commemoration;
    if (calendar !== 'solar' && calendar !== 'lunar') {
      fail(`[${index}].calendar`, `${quote(calendar)} is not "solar" or "lunar"`);
    }
    const lunar = calendar === 'lunar';
    const date = readDate(commemoration.date, lunar);
    if (typeof date === 'string') fail(`[${index}].date`, date);
    const { year, month, day } = date;
    if (lunar) fail(`[${index}].calendar`, 'lunar dates need lunarToSolar from @vnportal/calendar');
    for (let y = Math.max(first, year === null ? first : year + 1); y <= last; y++) {
      const at = iso(y, month, day === null ? 1 : month === 2 && day === 29 && !isLeap(y) ? 28 : day);
      if (at >= from && at <= to) {
        const years = year === null ? null : y - year;
        found.push({ commemoration, day: at, years, round: roundOf(years) });
      }
    }
  });
  return found;
}
