import { invalid } from '../calendar-error.js';
import { FIRST_LUNAR_YEAR, FIRST_TET, LAST_LUNAR_YEAR, LUNAR_YEARS } from './table.js';

export { FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR };

/** A day of the Vietnamese lunar calendar (âm lịch); `leap` marks the repeated month (tháng nhuận). */
export interface LunarDate {
  year: number;
  month: number;
  day: number;
  leap: boolean;
}

/** Tết of each lunar year in days since 1970-01-01, plus one entry: the day after the last year ends. */
export const tetDays: number[] = [FIRST_TET];

/** Per lunar year: bits 0–3 the leap month (0 = none), bit 4 + i set when its i-th month has 30 days. */
export const yearBits: number[] = [];

const digit = (i: number) => {
  const code = LUNAR_YEARS.charCodeAt(i);
  return code - (code > 92 ? 49 : 48);
};

for (let i = 0, tet = FIRST_TET; i < LUNAR_YEARS.length; i += 3) {
  const first = digit(i);
  const bits = (first >> 1) | ((digit(i + 1) | (digit(i + 2) << 6) | ((first & 1) << 12)) << 4);
  yearBits.push(bits);
  for (let m = bits & 15 ? 12 : 11; m >= 0; m--) tet += 29 + ((bits >> (4 + m)) & 1);
  tetDays.push(tet);
}

/** Index of a lunar year in the table; throws a CalendarError naming `field` when it is outside. */
export function lunarYearIndex(year: unknown, field: string): number {
  const i = Number.isInteger(year) ? (year as number) - FIRST_LUNAR_YEAR : -1;
  if (!(i in yearBits)) {
    throw invalid(field, year, `is not a lunar year this calendar covers (${FIRST_LUNAR_YEAR} to ${LAST_LUNAR_YEAR})`);
  }
  return i;
}
