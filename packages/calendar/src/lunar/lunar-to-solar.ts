import { invalid, readFields } from '../calendar-error.js';
import { dayNumberToDay } from '../day.js';
import { FIRST_LUNAR_YEAR, lunarYearIndex, tetDays, yearBits } from './years.js';

/** A lunar date to convert; `leap` defaults to `false` (the regular month). */
export interface LunarDateInput {
  year: number;
  month: number;
  day: number;
  leap?: boolean;
}

/**
 * The solar day of a Vietnamese lunar date: `lunarToSolar({ year: 2024, month: 3, day: 10 })` → `"2024-04-18"`
 * (Giỗ Tổ Hùng Vương). Lunar years 1899 to 2100.
 * @throws CalendarError naming the problem: a year out of range, day 30 of a 29-day month, `leap: true` on a
 * month that is not leap that year.
 */
export function lunarToSolar(lunar: LunarDateInput): string {
  const fields = readFields(
    lunar,
    'lunar',
    ['year', 'month', 'day', 'leap'],
    'is not a lunar date { year, month, day, leap? }',
  );
  const { year, month, day } = fields as { year: number; month: number; day: number };
  const leap = fields.leap ?? false;
  const i = lunarYearIndex(year, 'lunar.year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw invalid('lunar.month', month, 'is not a lunar month (1 to 12)');
  }
  if (leap !== !!leap) throw invalid('lunar.leap', leap, 'is not true or false');
  const bits = yearBits[i]!;
  const leapMonth = bits & 15;
  if (leap && month !== leapMonth) {
    throw invalid(
      'lunar.leap',
      leap,
      `but month ${month} of lunar year ${year} is not leap (${leapMonth ? `the leap month is ${leapMonth}` : 'that year has none'})`,
    );
  }
  // Months in table order: the leap month sits right after its namesake.
  const index = leapMonth && (month > leapMonth || leap) ? month : month - 1;
  const length = 29 + ((bits >> (4 + index)) & 1);
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw invalid(
      'lunar.day',
      day,
      `does not exist; ${leap ? 'leap ' : ''}month ${month} of lunar year ${year} has ${length} days`,
    );
  }
  return solarDay(i, bits, index, day);
}

/**
 * The core of `lunarToSolar`, unchecked: `month` must be a whole number from 1 to 12 and `day` one from 1 to 30.
 * The solar day of that lunar date, or undefined when the year is outside the table, `leap` names a month
 * that is not leap that year, or the month has only 29 days (no sentence says which).
 */
export function lunarToSolarCore(year: number, month: number, day: number, leap = false): string | undefined {
  const i = year - FIRST_LUNAR_YEAR;
  const bits = yearBits[i];
  const leapMonth = bits! & 15;
  if (bits === undefined || (leap && month !== leapMonth)) return undefined;
  const index = leapMonth && (month > leapMonth || leap) ? month : month - 1;
  return day > 29 + ((bits >> (4 + index)) & 1) ? undefined : solarDay(i, bits, index, day);
}

/** The solar day of `day` in the month at `index` of the table's year `i` (the day exists). */
function solarDay(i: number, bits: number, index: number, day: number): string {
  let n = tetDays[i]! + day - 1;
  for (let m = 0; m < index; m++) n += 29 + ((bits >> (4 + m)) & 1);
  return dayNumberToDay(n);
}
