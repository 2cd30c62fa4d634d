import { invalid, isDate, readFields } from './calendar-error.js';
import { dayToUTCDate, isDay, parseDay, parseMonth, weekday } from './day.js';
import { parseInstant, todayInVietnam, vietnamTimeOfDay } from './today.js';

export interface FormatDateOptions {
  /** `"17/07/2019"` instead of the banner style `"17/7/2019"`. Default `false`. */
  padded?: boolean;
}

/**
 * A day as Vietnamese banners write it: `formatDate("2019-07-17")` → `"17/7/2019"`;
 * a month-precision day `"1958-12"` → `"12/1958"`.
 */
export function formatDate(day: string, options?: FormatDateOptions): string {
  if (typeof day === 'string' && day.length === 7) parseMonth(day, 'day');
  else parseDay(day);
  return formatDateCore(day, readOption(readOptions(options, ['padded']), 'padded', [true, false]));
}

/** The options, read once: `{}` when left out. @throws CalendarError when they are not an object. */
function readOptions<K extends string>(options: unknown, keys: readonly K[]): Record<K, unknown> {
  return options === undefined ? ({} as Record<K, unknown>) : readFields(options, 'options', keys, 'is not an object');
}

/** One option: left out (`undefined` or `null`) or one of `allowed`; anything else is refused, not read as the default. */
function readOption<T>(options: Record<string, unknown>, name: string, allowed: readonly T[]): T | undefined {
  const value = options[name];
  if (value == null) return undefined;
  if (allowed.includes(value as T)) return value as T;
  throw invalid(`options.${name}`, value, `is not one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`);
}

/**
 * The core of `formatDate`, unchecked: `day` must be an existing `YYYY-MM-DD` or a `YYYY-MM` (what
 * `formatDate` accepts).
 */
export function formatDateCore(day: string, padded?: boolean): string {
  const [year, month, d] = day.split('-') as [string, string, string?];
  const num = (n: string) => (padded ? n : `${+n}`);
  return `${d ? `${num(d)}/` : ''}${num(month)}/${+year}`;
}

/** Portal style, as Vietnamese news sites print it: only the first word capitalised. */
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const WEEKDAYS_VI_TITLE = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

export interface FormatDatelineOptions {
  /** `"sentence"` (default, "Thứ hai") or `"title"` ("Thứ Hai"). */
  case?: 'sentence' | 'title';
  /** Append Vietnam's time `HH:mm` (only for instants). Default `false`. */
  time?: boolean;
  /** `"vi"` (default) or `"en"` (`"Monday, 3 July 2023"`). */
  lang?: 'vi' | 'en';
}

// Created on first use: a module-level formatter would be kept in every bundle that imports this module.
let englishDate: Intl.DateTimeFormat | undefined;
const englishDateOptions: Intl.DateTimeFormatOptions = {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
};

/**
 * An article dateline: `formatDateline("2023-07-03")` → `"Thứ hai, 03/07/2023"`. An instant (`Date` or
 * an RFC 3339 string with offset) is first turned into Vietnam's day; `{ time: true }` adds `" 08:30"`.
 */
export function formatDateline(dayOrInstant: string | Date, options?: FormatDatelineOptions): string {
  const given = readOptions(options, ['time', 'lang', 'case']);
  const wantTime = readOption(given, 'time', [true, false]);
  const lang = readOption(given, 'lang', ['vi', 'en'] as const);
  const letterCase = readOption(given, 'case', ['sentence', 'title'] as const);
  let day: string;
  let instant: Date | undefined;
  if (isDate(dayOrInstant)) {
    instant = dayOrInstant;
    day = todayInVietnam(instant);
  } else if (isDay(dayOrInstant)) {
    day = dayOrInstant;
  } else if (typeof dayOrInstant === 'string' && dayOrInstant.includes('T')) {
    instant = parseInstant(dayOrInstant, 'dayOrInstant');
    day = todayInVietnam(instant);
  } else {
    throw invalid(
      'dayOrInstant',
      dayOrInstant,
      'is neither a day (YYYY-MM-DD) nor an instant with offset (e.g. 2023-07-03T08:00:00+07:00)',
    );
  }
  const time = wantTime && instant ? ` ${vietnamTimeOfDay(instant)}` : '';
  if (lang === 'en') {
    englishDate ??= new Intl.DateTimeFormat('en-GB', englishDateOptions);
    const parsed = parseDay(day);
    const parts = englishDate.formatToParts(dayToUTCDate(parsed));
    // en-GB with these options always writes each of the four parts. The year is the day's own: Intl writes the
    // era's year, so year 0 (1 BC) would print as 1.
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
    return `${part('weekday')}, ${part('day')} ${part('month')} ${parsed.year}${time}`;
  }
  const names = letterCase === 'title' ? WEEKDAYS_VI_TITLE : WEEKDAYS_VI;
  return `${names[weekday(day)]}, ${formatDate(day, { padded: true })}${time}`;
}
