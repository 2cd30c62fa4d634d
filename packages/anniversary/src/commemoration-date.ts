import { quote } from './commemoration-error.js';
import { dayProblem } from './days.js';

/** A commemoration's date as numbers: `year` null for a yearly date, `day` null for a month-precision one. */
export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

const DATE_FORM = /^(?:(\d{4})|-)-(\d{2})(?:-(\d{2}))?$/;

/** Reads `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD`; returns why not when it cannot. */
export function readDate(value: unknown, lunar: boolean): DateParts | string {
  const m = typeof value === 'string' ? DATE_FORM.exec(value) : null;
  // "--MM" (yearly, month only) matches the pattern but means nothing.
  if (!m || (!m[1] && !m[3]))
    return `${quote(value)} is not YYYY-MM-DD, YYYY-MM (known to the month) or --MM-DD (yearly)`;
  const year = m[1] ? +m[1] : null;
  const month = +m[2]!;
  const day = m[3] ? +m[3] : null;
  if (lunar) {
    if (month < 1 || month > 12) return `${quote(value)} has no lunar month ${month}`;
    if (day !== null && (day < 1 || day > 30)) return `${quote(value)}: lunar months have days 1 to 30`;
  } else {
    // A yearly 29 February is fine: 2000 is a leap year.
    const problem = dayProblem(value as string, year ?? 2000, month, day ?? 1);
    if (problem) return problem;
  }
  return { year, month, day };
}
