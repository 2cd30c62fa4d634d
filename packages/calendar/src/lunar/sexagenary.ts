import { invalid, readFields } from '../calendar-error.js';
import { dayToDayNumber } from '../day.js';

/** The ten heavenly stems (can). */
export const HEAVENLY_STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;

/** The twelve earthly branches (chi), Vietnamese names: the cat (Mão) where China has the rabbit. */
export const EARTHLY_BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
] as const;

function name(stem: number, branch: number): string {
  return `${HEAVENLY_STEMS[((stem % 10) + 10) % 10]} ${EARTHLY_BRANCHES[((branch % 12) + 12) % 12]}`;
}

function wholeNumber(value: unknown, field: string): number {
  if (!Number.isInteger(value)) throw invalid(field, value, 'is not a whole number');
  return value as number;
}

/** Can chi of a lunar year: `sexagenaryYear(2024)` → `"Giáp Thìn"`, as in "Tết Giáp Thìn". Any year. */
export function sexagenaryYear(year: number): string {
  wholeNumber(year, 'year');
  return name(year + 6, year + 8);
}

/**
 * Can chi of a lunar month: `sexagenaryMonth({ year: 2024, month: 1 })` → `"Bính Dần"`. Month 1 is always
 * Dần; a leap month takes the name of the month it repeats.
 */
export function sexagenaryMonth(lunar: { year: number; month: number }): string {
  const fields = readFields(lunar, 'lunar', ['year', 'month'], 'is not a lunar month { year, month }');
  const year = wholeNumber(fields.year, 'lunar.year');
  const month = wholeNumber(fields.month, 'lunar.month');
  if (month < 1 || month > 12) throw invalid('lunar.month', month, 'is not a lunar month (1 to 12)');
  return name(year * 12 + month + 3, month + 1);
}

/** Can chi of a solar day: `sexagenaryDay("2024-02-10")` → `"Giáp Thìn"`. Any day. */
export function sexagenaryDay(day: string): string {
  // Julian day number: 1970-01-01 is JDN 2440588; the stem cycle is (JDN + 9) mod 10, the branch (JDN + 1) mod 12.
  const jdn = dayToDayNumber(day) + 2_440_588;
  return name(jdn + 9, jdn + 1);
}
