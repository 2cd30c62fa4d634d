import { lunarToSolarCore } from '@vnportal/calendar/core';
import { type DateParts, datePartsCore, readDate, readDay } from './commemoration-date.js';
import { fail, ownError, readList, readOptions } from './commemoration-error.js';
import { LIMITS } from './limits.js';
import type { Anniversary } from './types.js';

export interface FormatOptions {
  /** `"vi"` (default): "113 năm …"; `"en"`: "the 113th anniversary of …", from `nameEn`. */
  lang?: 'vi' | 'en';
  /** Between the founding date and the anniversary: `" - "` (default), `" – "`, `"-"`. */
  dash?: string;
  /** `"03/02/1930"` instead of `"3/2/1930"`. Default `false`, as central guidance writes it. */
  padded?: boolean;
  /** `"/"` (default) or `"."` ("3.2.1930"). */
  dateSeparator?: string;
}

export interface FormatBannerOptions extends FormatOptions {
  /** The words before the items. Default `"Nhiệt liệt chào mừng kỷ niệm"` (`"Celebrating"` for `lang: "en"`). */
  prefix?: string;
  /** Between items. Default `"; "`. */
  separator?: string;
}

/** A banner split for rendering: `text` is `prefix + " " + item texts joined by separator`. */
export interface BannerParts {
  prefix: string;
  separator: string;
  items: { anniversary: Anniversary; text: string }[];
  /** The whole line; `""` when there are no items. */
  text: string;
}

/** `1st`, `2nd`, `3rd`, `11th`, `113th`. */
export function ordinal(n: number): string {
  // No unreadable-value wrapper: a safe integer reads nothing that could throw.
  if (!Number.isSafeInteger(n) || n < 0) fail('n', n, 'is not a whole number ≥ 0');
  return ordinalCore(n);
}

function ordinalCore(n: number): string {
  const suffix = (n % 100 < 11 || n % 100 > 13) && ['th', 'st', 'nd', 'rd'][n % 10];
  return n + (suffix || 'th');
}

/**
 * One banner item: `"113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)"`,
 * `"60 năm ra đời tác phẩm "Đạo đức cách mạng" (12/1958 - 12/2018)"`, `"Giỗ Tổ Hùng Vương (18/4/2024)"`.
 * Lunar founding dates are written in the lunar calendar: `"(10/3/1930 - 10/3/2024 âm lịch)"`; a leap month's
 * as `"(10/2 nhuận/2023 - 10/2/2024 âm lịch)"`; a day 30 in a year whose month has 29 days as the day it is
 * observed, `"(30/12/2023 - 29/12/2024 âm lịch)"`.
 * @throws CommemorationError for an anniversary or option it cannot write (naming the field), or when
 *   `lang: "en"` meets a commemoration without `nameEn`.
 */
export function formatAnniversary(a: Anniversary, options: FormatOptions = {}): string {
  try {
    const read = readFormatOptions(options);
    readAnniversary(a, read.lang);
    return formatAnniversaryCore(a, read);
  } catch (error) {
    throw ownError(error, { anniversary: a, options });
  }
}

/**
 * The core of `formatAnniversary`, unchecked: `a` and `options` are ones `formatAnniversary` accepts (with
 * `lang: "en"`, the commemoration has its `nameEn`).
 */
export function formatAnniversaryCore(a: Anniversary, options: FormatOptions = {}): string {
  const { lang, dash = ' - ', padded, dateSeparator = '/' } = options;
  const c = a.commemoration;
  const en = lang === 'en';
  const name = en ? c.nameEn : c.name;
  const num = (n: number) => (padded && n < 10 ? `0${n}` : `${n}`);
  const pad = (n: number) => num(n) + dateSeparator;
  const leapWord = en ? ' leap' : ' nhuận';
  const write = ({ year, month, day }: DateParts, leap?: boolean) =>
    (day ? pad(day) : '') + num(month) + (leap ? leapWord : '') + dateSeparator + year;
  const [y, m, d] = a.day.split('-').map(Number) as [number, number, number];
  const years = a.years;
  if (years === null) return `${name} (${write({ year: y, month: m, day: d })})`;
  const start = datePartsCore(c.date);
  const year = start.year! + years;
  // Lunar: the same lunar day `years` later, on the 29th where that year's month has no 30th (as it is placed);
  // solar: the day it falls on (28/2 for a 29/2 date in common years).
  const short = start.day === 30 && !lunarToSolarCore(year, start.month, 30) && lunarToSolarCore(year, start.month, 29);
  const end =
    c.calendar === 'lunar'
      ? { ...start, year, day: short ? 29 : start.day }
      : { ...start, year: y, day: start.day && d };
  const dates = `(${write(start, c.leap)}${dash}${write(end)}${c.calendar === 'lunar' ? (en ? ' lunar' : ' âm lịch') : ''})`;
  return en ? `the ${ordinalCore(years)} anniversary of ${name} ${dates}` : `${years} năm ${name} ${dates}`;
}

/** The options, checked: text where text goes, so nothing prints "undefined" or a symbol. */
export function readFormatOptions<T extends FormatBannerOptions>(options: unknown): Partial<T> {
  const read = readOptions<T>(options);
  for (const key of ['dash', 'dateSeparator', 'prefix', 'separator'] as const) {
    const value = read[key];
    if (value !== undefined && (typeof value !== 'string' || value.length > LIMITS.nameLength)) {
      fail(key, value, `is not a string of at most ${LIMITS.nameLength.toLocaleString('en')} characters`);
    }
  }
  if (read.lang !== undefined && read.lang !== 'vi' && read.lang !== 'en')
    fail('lang', read.lang, 'is not "vi" or "en"');
  if (read.padded !== undefined && typeof read.padded !== 'boolean')
    fail('padded', read.padded, 'is not true or false');
  return read;
}

/** The commemoration of an anniversary that formats as it should, or a CommemorationError naming what does not. */
export function readAnniversary(a: unknown, lang: FormatOptions['lang'], path = 'anniversary'): void {
  if (typeof a !== 'object' || a === null) fail(path, a, 'is not an anniversary object');
  const { commemoration: c, day, years } = a as Partial<Anniversary>;
  const at = `${path}.commemoration`;
  if (typeof c !== 'object' || c === null) fail(at, c, 'is not a commemoration object');
  if (typeof c.name !== 'string' || !c.name.trim()) fail(`${at}.name`, c.name, 'is not a non-empty string');
  if (c.nameEn !== undefined && typeof c.nameEn !== 'string') fail(`${at}.nameEn`, c.nameEn, 'is not a string');
  for (const key of ['name', 'nameEn'] as const) {
    const text = c[key];
    if (text !== undefined && text.length > LIMITS.nameLength) {
      fail(`${at}.${key}`, text, `is longer than ${LIMITS.nameLength.toLocaleString('en')} characters`);
    }
  }
  readDay(day, `${path}.day`);
  if (years !== null && (!Number.isSafeInteger(years) || years! < 1)) {
    fail(`${path}.years`, years, 'is not a whole number ≥ 1 or null');
  }
  if (years !== null) {
    const start = readDate(c.date, c.calendar === 'lunar');
    if (typeof start === 'string' || start.year === null) {
      fail(`${at}.date`, c.date, typeof start === 'string' ? start : 'counts no years');
    }
  }
  if (lang === 'en' && c.nameEn === undefined) fail('nameEn', c.id, 'has no nameEn, which lang "en" needs');
}

/** The banner's parts, so an element can render each item; `text` is what `formatBanner` returns. */
export function bannerParts(items: readonly Anniversary[], options: FormatBannerOptions = {}): BannerParts {
  try {
    const checked = readFormatOptions<FormatBannerOptions>(options);
    const list = readList<Anniversary>(items, 'items', 'anniversaries', LIMITS.commemorations * 100);
    for (const [i, anniversary] of list.entries()) readAnniversary(anniversary, checked.lang, `items[${i}]`);
    return bannerPartsCore(list, checked);
  } catch (error) {
    throw ownError(error, { items, options });
  }
}

/** The core of `bannerParts`, unchecked: `items` and `options` are ones `bannerParts` accepts. */
export function bannerPartsCore(items: readonly Anniversary[], options: FormatBannerOptions = {}): BannerParts {
  const { prefix = options.lang === 'en' ? 'Celebrating' : 'Nhiệt liệt chào mừng kỷ niệm', separator = '; ' } = options;
  const parts = items.map((anniversary) => ({ anniversary, text: formatAnniversaryCore(anniversary, options) }));
  const line = parts.map((p) => p.text).join(separator);
  return { prefix, separator, items: parts, text: line && (prefix ? `${prefix} ${line}` : line) };
}

/** `"Nhiệt liệt chào mừng kỷ niệm "` + the items joined by `"; "`; `""` when there are none. */
export function formatBanner(items: readonly Anniversary[], options: FormatBannerOptions = {}): string {
  // bannerParts refuses what it cannot read with these same argument names.
  return bannerParts(items, options).text;
}
