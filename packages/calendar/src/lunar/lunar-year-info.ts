import { dayNumberToDay } from '../day.js';
import { sexagenaryYear } from './sexagenary.js';
import { lunarYearIndex, tetDays, yearBits } from './years.js';

/** One month of a lunar year. */
export interface LunarMonthInfo {
  /** 1 to 12; a leap month repeats the number of the month before it. */
  month: number;
  leap: boolean;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  days: 29 | 30;
  /** The solar day of its day 1, `YYYY-MM-DD`. */
  start: string;
}

/** A lunar year: its months in order, its leap month and Tết. */
export interface LunarYearInfo {
  year: number;
  /** Sexagenary name, e.g. `"Giáp Thìn"`. */
  name: string;
  /** Solar day of Tết (day 1 of month 1). */
  tet: string;
  /** The month that is repeated, or `null` in a 12-month year. */
  leapMonth: number | null;
  /** 12 or 13 months, the leap month right after its namesake. */
  months: LunarMonthInfo[];
  /** 353 to 355 days, or 383 to 385 with a leap month. */
  days: number;
}

/**
 * Months, leap month and Tết of a lunar year: `lunarYearInfo(2025).leapMonth` → `6`,
 * `lunarYearInfo(2025).tet` → `"2025-01-29"`.
 * @throws CalendarError when the year is outside 1899 to 2100.
 */
export function lunarYearInfo(year: number): LunarYearInfo {
  const i = lunarYearIndex(year, 'year');
  const bits = yearBits[i]!;
  const leapMonth = bits & 15;
  const months: LunarMonthInfo[] = [];
  let n = tetDays[i]!;
  for (let m = 0; m < (leapMonth ? 13 : 12); m++) {
    const days = (29 + ((bits >> (4 + m)) & 1)) as 29 | 30;
    const leap = leapMonth > 0 && m === leapMonth;
    months.push({ month: leapMonth && m >= leapMonth ? m : m + 1, leap, days, start: dayNumberToDay(n) });
    n += days;
  }
  return {
    year,
    name: sexagenaryYear(year),
    tet: dayNumberToDay(tetDays[i]!),
    leapMonth: leapMonth || null,
    months,
    days: n - tetDays[i]!,
  };
}
