import { anniversariesBetween } from './anniversaries-between.js';
import { addDays, readDay } from './commemoration-date.js';
import { fail, isNot } from './commemoration-error.js';
import type { Anniversary, Commemoration } from './types.js';

export interface SelectOptions {
  /** The day the banner is shown (`YYYY-MM-DD`), usually `todayInVietnam()`. */
  today: string;
  /** Keep showing an anniversary this many days after it. Default 7. */
  daysBefore?: number;
  /** Start showing an anniversary this many days before it. Default 30. */
  daysAfter?: number;
  /** At most this many items. Default 5. */
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
 * `today + daysAfter`, ordered, at most `max`.
 * @throws CommemorationError for a bad option or a bad date in the list.
 */
export function selectForBanner(list: readonly Commemoration[], options: SelectOptions): Anniversary[] {
  const { today, order = 'default' } = options;
  const whole = (key: keyof typeof BANNER_DEFAULTS, limit: number): number => {
    const value = options[key] ?? BANNER_DEFAULTS[key];
    if (Number.isInteger(value) && value >= 0 && value <= limit) return value;
    return fail(key, isNot(value, limit === Infinity ? 'a whole number ≥ 0' : `a whole number from 0 to ${limit}`));
  };
  // A window of more than a century has no banner meaning, and would leave the years 0000–9999.
  const daysBefore = whole('daysBefore', MAX_WINDOW_DAYS);
  const daysAfter = whole('daysAfter', MAX_WINDOW_DAYS);
  const max = whole('max', Infinity);
  if (order !== 'default' && order !== 'given') fail('order', isNot(order, '"default" or "given"'));
  readDay(today, 'today');
  const items = anniversariesBetween(list, addDays(today, -daysBefore), addDays(today, daysAfter)).filter(
    (a) => !options.roundOnly || a.round,
  );
  // Array sort is stable: equal keys keep the list's order.
  if (order === 'default') {
    items.sort(
      (a, b) => +!!b.commemoration.pinned - +!!a.commemoration.pinned || (a.day < b.day ? -1 : +(a.day > b.day)),
    );
  }
  return items.slice(0, max);
}
