import { anniversariesBetween, anniversariesBetweenCore } from './anniversaries-between.js';
import { addDays, readDay } from './commemoration-date.js';
import { fail, ownError, readOptions } from './commemoration-error.js';
import type { Anniversary, Commemoration } from './types.js';

export interface SelectOptions {
  /** The day the banner is shown (`YYYY-MM-DD`), usually `todayInVietnam()`. */
  today: string;
  /** Keep showing an anniversary this many days after it. Default 7. */
  daysBefore?: number;
  /** Start showing an anniversary this many days before it. Default 30. */
  daysAfter?: number;
  /** At most this many items, at least 1. Default 5. */
  max?: number;
  /** `"default"`: pinned first, then by day; `"given"`: the list's order. */
  order?: 'default' | 'given';
  /** Only "năm tròn" and "năm lẻ 5" anniversaries (yearly observances are left out too). */
  roundOnly?: boolean;
}

/** The widest window, either side of `today`, in days: about a century. */
const MAX_WINDOW_DAYS = 36_600;

/** The window and size a banner uses when the options leave them out. */
export const BANNER_DEFAULTS = { daysBefore: 7, daysAfter: 30, max: 5 } as const;

/**
 * What a banner shows around `today`: the anniversaries from `today - daysBefore` to
 * `today + daysAfter`, each commemoration once (its anniversary nearest `today`), ordered, at most `max`.
 * @throws CommemorationError for a missing or bad option (naming it), a window that leaves the years 1000
 *   to 9999, or a bad list.
 */
export function selectForBanner(list: readonly Commemoration[], options: SelectOptions): Anniversary[] {
  try {
    if (options === undefined) fail('options', options, 'is not an options object');
    const { today, order = 'default', roundOnly } = readOptions<SelectOptions>(options);
    const whole = (key: keyof typeof BANNER_DEFAULTS, min: number, max: number): number => {
      const value = options[key] ?? BANNER_DEFAULTS[key];
      if (Number.isInteger(value) && value >= min && value <= max) return value;
      return fail(
        key,
        value,
        max === Infinity ? `is not a whole number ≥ ${min}` : `is not a whole number from ${min} to ${max}`,
      );
    };
    // A window of more than a century has no banner meaning, and would leave the years 0000–9999.
    const daysBefore = whole('daysBefore', 0, MAX_WINDOW_DAYS);
    const daysAfter = whole('daysAfter', 0, MAX_WINDOW_DAYS);
    // A banner of no items is no banner: 0 is a mistake, not a way to hide it.
    const max = whole('max', 1, Infinity);
    if (order !== 'default' && order !== 'given') fail('order', order, 'is not "default" or "given"');
    if (roundOnly !== undefined && typeof roundOnly !== 'boolean') fail('roundOnly', roundOnly, 'is not true or false');
    readDay(today, 'today');
    const from = addDays(today!, -daysBefore);
    const to = addDays(today!, daysAfter);
    // Name what the caller wrote, not the window's internal ends ("10000-01-30").
    if (!/^\d{4}-/.test(from) || from < '1000') {
      fail('today', today, `with daysBefore ${daysBefore} starts the window before the year 1000`);
    }
    if (!/^\d{4}-/.test(to)) fail('today', today, `with daysAfter ${daysAfter} ends the window after the year 9999`);
    return arrange(anniversariesBetween(list, from, to), { today: today!, max, order, roundOnly });
  } catch (error) {
    throw ownError(error, { list, options });
  }
}

/**
 * The core of `selectForBanner`, unchecked: `list` and `options` are ones `selectForBanner` accepts (the
 * window stays within the years 1000 to 9999, and within the lunar table when the list has lunar dates).
 */
export function selectForBannerCore(list: readonly Commemoration[], options: SelectOptions): Anniversary[] {
  const { today, daysBefore = BANNER_DEFAULTS.daysBefore, daysAfter = BANNER_DEFAULTS.daysAfter } = options;
  return arrange(anniversariesBetweenCore(list, addDays(today, -daysBefore), addDays(today, daysAfter)), options);
}

/**
 * The items a banner shows, in its order: round ones only if asked, each commemoration once (its anniversary
 * nearest `today`, the one to come on a tie), pinned first unless `given`, at most `max`. Exported unchecked
 * (`arrangeForBannerCore` in `/core`) for the builder's timeline, which finds a year's anniversaries once and
 * arranges each day's window from them: `found` must be what `anniversariesBetweenCore` gives for the window,
 * or a subsequence of a larger window's result holding exactly the window's anniversaries, in its order.
 */
export function arrange(found: Anniversary[], options: SelectOptions): Anniversary[] {
  const today = Date.parse(options.today);
  // Milliseconds from today to the anniversary, 0 on any day of it (a month-precision one lasts its month).
  const away = (a: Anniversary) => Math.max(Date.parse(a.day) - today, today - Date.parse(a.lastDay ?? a.day), 0);
  // A commemoration's anniversaries come by day, so `<=` keeps the later of two equally near.
  const nearest = new Map<Commemoration, Anniversary>();
  for (const a of found) {
    const c = a.commemoration;
    if ((!options.roundOnly || a.round) && !(away(nearest.get(c) ?? a) < away(a))) nearest.set(c, a);
  }
  const items = [...nearest.values()];
  // Array sort is stable: equal keys keep the list's order.
  if (options.order !== 'given') {
    items.sort(
      (a, b) => +!!b.commemoration.pinned - +!!a.commemoration.pinned || (a.day < b.day ? -1 : +(a.day > b.day)),
    );
  }
  return items.slice(0, options.max ?? BANNER_DEFAULTS.max);
}
