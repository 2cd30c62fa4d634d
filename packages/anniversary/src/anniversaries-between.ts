import { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR } from '@vnportal/calendar';
import { daysInMonthCore, lunarToSolarCore } from '@vnportal/calendar/core';
import { datePartsCore, readDate, readDay } from './commemoration-date.js';
import { fail, ownError, readList } from './commemoration-error.js';
import { LIMITS } from './limits.js';
import type { Anniversary, Commemoration, Round } from './types.js';

/** "tron" when `years` ends in 0, "le5" when it ends in 5 (Nghị định 145/2013/NĐ-CP, Điều 3 khoản 1). */
export function roundOf(years: number | null): Round {
  // No unreadable-value wrapper: a number or null reads nothing that could throw.
  if (years !== null && !Number.isSafeInteger(years)) fail('years', years, 'is not a whole number or null');
  return roundOfCore(years);
}

/** The core of `roundOf`, unchecked: `years` is a whole number or null. */
export function roundOfCore(years: number | null): Round {
  return years === null || years % 5 ? null : years % 10 ? 'le5' : 'tron';
}

/** Checks what every function that places a commemoration reads from it. */
function readEntry(entry: unknown, index: number): Commemoration {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    fail(`[${index}]`, entry, 'is not a commemoration object');
  }
  const { name } = entry as { name?: unknown };
  if (typeof name !== 'string' || !name.trim()) fail(`[${index}].name`, name, 'is not a non-empty string');
  if (name.length > LIMITS.nameLength) {
    fail(`[${index}].name`, name, `is longer than ${LIMITS.nameLength.toLocaleString('en')} characters`);
  }
  return entry as Commemoration;
}

/**
 * Every anniversary whose solar day falls between `from` and `to` (both included), in the list's
 * order (a commemoration's own anniversaries by day). Year 0, the founding day itself, is not an
 * anniversary. A 29 February date falls on 28 February in common years. A `YYYY-MM` date falls in its whole
 * month: it is found when any day of the month is in the range, with `day` the 1st and `lastDay` the last. A lunar date is placed in each lunar year (counting lunar years) through
 * `lunarToSolar`; its day 30 falls on the 29th in years whose month is short. An entry with
 * `observance: "round-years"` counts only in years ending in 0 or 5.
 * @throws CommemorationError for a day that is not `YYYY-MM-DD`, `to` before `from`, a list longer than
 *   `LIMITS.commemorations`, or a bad entry in the list.
 */
export function anniversariesBetween(list: readonly Commemoration[], from: string, to: string): Anniversary[] {
  try {
    const entries = readList<unknown>(list, 'list', 'commemorations', LIMITS.commemorations);
    const first = readDay(from, 'from');
    const last = readDay(to, 'to');
    if (to < from) fail('to', to, `is not on or after from (${from})`);
    entries.forEach((entry, index) => {
      const commemoration = readEntry(entry, index);
      const { calendar = 'solar', observance = 'yearly' } = commemoration;
      const lunar = calendar === 'lunar';
      if (!lunar && calendar !== 'solar') fail(`[${index}].calendar`, calendar, 'is not "solar" or "lunar"');
      if (observance !== 'round-years' && observance !== 'yearly')
        fail(`[${index}].observance`, observance, 'is not "yearly" or "round-years"');
      const date = readDate(commemoration.date, lunar);
      if (typeof date === 'string') fail(`[${index}].date`, commemoration.date, date);
      if (lunar && (first <= FIRST_LUNAR_YEAR || last > LAST_LUNAR_YEAR)) {
        fail(
          `[${index}].calendar`,
          calendar,
          `cannot be placed from ${from} to ${to}: lunar dates are placed from ${FIRST_LUNAR_YEAR + 1} to ${LAST_LUNAR_YEAR} only`,
        );
      }
    });
    return anniversariesBetweenCore(entries as Commemoration[], from, to);
  } catch (error) {
    throw ownError(error, { list, from, to });
  }
}

/**
 * The core of `anniversariesBetween`, unchecked: `from` ≤ `to` are existing days and every entry is one
 * `anniversariesBetween` accepts. A lunar date in a year the lunar table does not cover is left out.
 */
export function anniversariesBetweenCore(list: readonly Commemoration[], from: string, to: string): Anniversary[] {
  const first = +from.slice(0, 4);
  const last = +to.slice(0, 4);
  const found: Anniversary[] = [];
  for (const commemoration of list) {
    const lunar = commemoration.calendar === 'lunar';
    const roundOnly = commemoration.observance === 'round-years';
    const { year, month, day } = datePartsCore(commemoration.date);
    // "-MM-DD" of each solar anniversary, by string (3× faster than Dates); a YYYY-MM date counts from the 1st.
    const tail = day === null ? `${commemoration.date.slice(4)}-01` : commemoration.date.slice(-6);
    // A lunar year starts in late January or February: its dates fall in that solar year or the next.
    for (let y = Math.max(first - +lunar, year === null ? 0 : year + 1); y <= last; y++) {
      const at = lunar
        ? lunarDay(y, month, day ?? 1)
        : y + (tail === '-02-29' && daysInMonthCore(y, 2) === 28 ? '-02-28' : tail);
      // A YYYY-MM date falls in its whole month: it counts when any day of the month is in the window.
      const lastDay =
        day !== null ? at : lunar ? lunarDay(y, month, 30) : y + tail.slice(0, 4) + daysInMonthCore(y, month);
      if (at && at <= to && lastDay! >= from) {
        const years = year === null ? null : y - year;
        const round = roundOfCore(years);
        if (round || !roundOnly) found.push({ commemoration, day: at, years, round, ...(!day && { lastDay }) });
      }
    }
  }
  return found;
}

/** The solar day of a lunar date; day 30 of a month that has 29 days that year falls on its 29th. */
function lunarDay(year: number, month: number, day: number): string | undefined {
  return lunarToSolarCore(year, month, day) ?? (day === 30 ? lunarToSolarCore(year, month, 29) : undefined);
}
