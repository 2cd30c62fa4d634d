import { type DateParts, readDate } from './commemoration-date.js';
import { fail } from './commemoration-error.js';
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
  const suffix = (n % 100 < 11 || n % 100 > 13) && ['th', 'st', 'nd', 'rd'][n % 10];
  return n + (suffix || 'th');
}

/**
 * One banner item: `"113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)"`,
 * `"60 năm ra đời tác phẩm "Đạo đức cách mạng" (12/1958 - 12/2018)"`, `"Giỗ Tổ Hùng Vương (18/4/2024)"`.
 * Lunar founding dates are written in the lunar calendar: `"(10/3/1930 - 10/3/2024 âm lịch)"`; a leap month's
 * as `"(10/2 nhuận/2023 - 10/2/2024 âm lịch)"`.
 * @throws CommemorationError when `lang: "en"` meets a commemoration without `nameEn`.
 */
export function formatAnniversary(a: Anniversary, options: FormatOptions = {}): string {
  const { lang, dash = ' - ', padded, dateSeparator = '/' } = options;
  const c = a.commemoration;
  const en = lang === 'en';
  const name = en
    ? (c.nameEn ?? fail('nameEn', `${JSON.stringify(c.id)} has no nameEn, which lang "en" needs`))
    : c.name;
  const num = (n: number) => (padded && n < 10 ? `0${n}` : `${n}`);
  const pad = (n: number) => num(n) + dateSeparator;
  const leapWord = en ? ' leap' : ' nhuận';
  const write = ({ year, month, day }: DateParts, leap?: boolean) =>
    (day ? pad(day) : '') + num(month) + (leap ? leapWord : '') + dateSeparator + year;
  const [y, m, d] = a.day.split('-').map(Number) as [number, number, number];
  const years = a.years;
  if (years === null) return `${name} (${write({ year: y, month: m, day: d })})`;
  const start = readDate(c.date, c.calendar === 'lunar') as DateParts;
  // Lunar: the same lunar day `years` later; solar: the day it falls on (28/2 for a 29/2 date in common years).
  const end =
    c.calendar === 'lunar' ? { ...start, year: start.year! + years } : { ...start, year: y, day: start.day && d };
  const dates = `(${write(start, c.leap)}${dash}${write(end)}${c.calendar === 'lunar' ? (en ? ' lunar' : ' âm lịch') : ''})`;
  return en ? `the ${ordinal(years)} anniversary of ${name} ${dates}` : `${years} năm ${name} ${dates}`;
}

/** The banner's parts, so an element can render each item; `text` is what `formatBanner` returns. */
export function bannerParts(items: readonly Anniversary[], options: FormatBannerOptions = {}): BannerParts {
  const { prefix = options.lang === 'en' ? 'Celebrating' : 'Nhiệt liệt chào mừng kỷ niệm', separator = '; ' } = options;
  const parts = items.map((anniversary) => ({ anniversary, text: formatAnniversary(anniversary, options) }));
  const line = parts.map((p) => p.text).join(separator);
  return { prefix, separator, items: parts, text: line && (prefix ? `${prefix} ${line}` : line) };
}

/** `"Nhiệt liệt chào mừng kỷ niệm "` + the items joined by `"; "`; `""` when there are none. */
export function formatBanner(items: readonly Anniversary[], options: FormatBannerOptions = {}): string {
  return bannerParts(items, options).text;
}
