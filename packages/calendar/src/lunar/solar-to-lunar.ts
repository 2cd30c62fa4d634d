import { invalid } from '../calendar-error.js';
import { DAY_MS, dayNumberToDay, parseDay } from '../day.js';
import { FIRST_LUNAR_YEAR, type LunarDate, tetDays, yearBits } from './years.js';

/**
 * The Vietnamese lunar date of a solar day: `solarToLunar("2024-02-10")` → `{ year: 2024, month: 1, day: 1,
 * leap: false }` (Tết Giáp Thìn). Covers 1899-02-10 to 2101-01-28.
 * @throws CalendarError when `day` is not a `YYYY-MM-DD` day or lies outside the table.
 */
export function solarToLunar(day: string): LunarDate {
  const parts = parseDay(day);
  const n = Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS;
  let i = parts.year - FIRST_LUNAR_YEAR;
  // A day before Tết belongs to the lunar year that began in the previous solar year.
  if (n < tetDays[i]!) i--;
  const bits = yearBits[i];
  if (bits === undefined) {
    throw invalid(
      'day',
      day,
      `is outside the lunar calendar (${dayNumberToDay(tetDays[0]!)} to ${dayNumberToDay(tetDays.at(-1)! - 1)})`,
    );
  }
  let offset = n - tetDays[i]!;
  let m = 0;
  for (let length = 29 + ((bits >> 4) & 1); offset >= length; length = 29 + ((bits >> (4 + ++m)) & 1)) {
    offset -= length;
  }
  const leapMonth = bits & 15;
  return {
    year: FIRST_LUNAR_YEAR + i,
    month: leapMonth && m >= leapMonth ? m : m + 1,
    day: offset + 1,
    leap: leapMonth > 0 && m === leapMonth,
  };
}
