import { CalendarError, describeValue } from '../calendar-error.js';
import { dayNumberToDay, lunarYearIndex, tetDays, yearBits } from './years.js';

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
  if (typeof lunar !== 'object' || lunar === null) {
    throw new CalendarError(`lunar: ${describeValue(lunar)} is not a lunar date { year, month, day, leap? }`);
  }
  const { year, month, day, leap = false } = lunar;
  const i = lunarYearIndex(year, 'lunar.year');
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new CalendarError(`lunar.month: ${describeValue(month)} is not a lunar month (1 to 12)`);
  }
  if (typeof leap !== 'boolean') throw new CalendarError(`lunar.leap: ${describeValue(leap)} is not true or false`);
  const bits = yearBits[i] as number;
  const leapMonth = bits & 15;
  if (leap && month !== leapMonth) {
    throw new CalendarError(
      `lunar.leap: month ${month} of lunar year ${year} is not a leap month (${leapMonth ? `the leap month is ${leapMonth}` : 'that year has none'})`,
    );
  }
  const index = leapMonth && (month > leapMonth || leap) ? month : month - 1;
  const length = 29 + ((bits >> (4 + index)) & 1);
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new CalendarError(
      `lunar.day: ${describeValue(day)} does not exist; ${leap ? 'leap ' : ''}month ${month} of lunar year ${year} has ${length} days`,
    );
  }
  let n = (tetDays[i] as number) + day - 1;
  for (let m = 0; m < index; m++) n += 29 + ((bits >> (4 + m)) & 1);
  return dayNumberToDay(n);
}
