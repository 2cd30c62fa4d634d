import { daysInMonth, FIRST_LUNAR_YEAR, LAST_LUNAR_YEAR, lunarYearInfo } from '@vnportal/calendar';

/** What an editor typed, read: `date` is the commemoration's `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`. */
export interface TypedDate {
  date: string;
  year: number | null;
  month: number;
  day: number | null;
}

/** Why a typed date cannot be used; `i18n.ts` words each one for the editor. */
export type DateProblem =
  | { code: 'empty' }
  | { code: 'form'; text: string }
  | { code: 'month'; month: number }
  | { code: 'day'; day: number }
  | { code: 'year'; year: number }
  | { code: 'no-such-day'; day: number; month: number; year: number | null; length: number }
  | { code: 'lunar-year'; year: number; first: number; last: number }
  | { code: 'lunar-short-month'; day: number; month: number; year: number; leap: boolean; length: number }
  | { code: 'leap-needs-day' }
  | { code: 'no-leap-month'; month: number; year: number; leapMonth: number | null; yearName: string };

/** The first and last lunar years a lunar day may be in: the banner places lunar days from 1900 to 2100. */
export const LUNAR_YEARS = { first: FIRST_LUNAR_YEAR + 1, last: LAST_LUNAR_YEAR } as const;

// Vietnamese write day/month/year with "/", sometimes "-" or "."; "7/2019" is a month, "17/7" a yearly day.
// Each form with how its groups map to [year, month, day].
const FORMS: [RegExp, (m: RegExpExecArray) => [number | null, number, number | null]][] = [
  [/^(\d{4})-(\d{2})(?:-(\d{2}))?$/, (m) => [+m[1]!, +m[2]!, m[3] ? +m[3] : null]],
  [/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/, (m) => [+m[3]!, +m[2]!, +m[1]!]],
  [/^(\d{1,2})[/.-](\d{4})$/, (m) => [+m[2]!, +m[1]!, null]],
  [/^(\d{1,2})[/.-](\d{1,2})$/, (m) => [null, +m[2]!, +m[1]!]],
];

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Reads a date as Vietnamese people type it: `17/7/2019` (a day), `7/2019` (known to the month), `17/7`
 * (every year); `2019-07-17` is read too. `leap` asks for the leap month of a lunar year.
 */
export function readTypedDate(text: string, calendar: 'solar' | 'lunar', leap = false): TypedDate | DateProblem {
  const typed = text.trim().replace(/\s*([/.-])\s*/g, '$1');
  if (!typed) return { code: 'empty' };
  let parts: [number | null, number, number | null] | undefined;
  for (const [form, read] of FORMS) {
    const m = form.exec(typed);
    if (m) {
      parts = read(m);
      break;
    }
  }
  if (!parts) return { code: 'form', text: typed };
  const [year, month, day] = parts;
  if (month < 1 || month > 12) return { code: 'month', month };
  if (day !== null && (day < 1 || day > 31)) return { code: 'day', day };
  if (year !== null && year < 1000) return { code: 'year', year };
  const problem = calendar === 'lunar' ? lunarProblem(year, month, day, leap) : solarProblem(year, month, day);
  if (problem) return problem;
  const date = year === null ? `--${two(month)}-${two(day!)}` : `${year}-${two(month)}${day ? `-${two(day)}` : ''}`;
  return { date, year, month, day };
}

function solarProblem(year: number | null, month: number, day: number | null): DateProblem | undefined {
  // A yearly 29/2 exists (it falls on 28/2 in common years), so a yearly day is checked against a leap year.
  const length = daysInMonth(year ?? 2000, month);
  if (day !== null && day > length) return { code: 'no-such-day', day, month, year, length };
}

function lunarProblem(year: number | null, month: number, day: number | null, leap: boolean): DateProblem | undefined {
  if (day !== null && day > 30) return { code: 'no-such-day', day, month, year, length: 30 };
  if (year === null) return leap ? { code: 'leap-needs-day' } : undefined;
  if (year < LUNAR_YEARS.first || year > LUNAR_YEARS.last) return { code: 'lunar-year', year, ...LUNAR_YEARS };
  const info = lunarYearInfo(year);
  if (leap && day === null) return { code: 'leap-needs-day' };
  if (leap && info.leapMonth !== month) {
    return { code: 'no-leap-month', month, year, leapMonth: info.leapMonth, yearName: info.name };
  }
  const length = info.months.find((mo) => mo.month === month && mo.leap === leap)!.days;
  if (day !== null && day > length) return { code: 'lunar-short-month', day, month, year, leap, length };
}

/** The leap month of a lunar year, or null; undefined outside the years the calendar knows. */
export function leapMonthOf(year: number): number | null | undefined {
  return year >= LUNAR_YEARS.first && year <= LUNAR_YEARS.last ? lunarYearInfo(year).leapMonth : undefined;
}

/** `"2019-07-17"` → `"17/7/2019"`, `"1958-12"` → `"12/1958"`, `"--03-10"` → `"10/3"`: how the form shows a date. */
export function typedFromDate(date: string): string {
  const m = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, year, month, day] = m;
  return [day && +day, +month!, year].filter((x) => x !== undefined && x !== '').join('/');
}
