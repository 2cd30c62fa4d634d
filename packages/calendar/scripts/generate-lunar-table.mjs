#!/usr/bin/env node
// Computes the Vietnamese lunar calendar from astronomy-engine's ephemeris and writes src/lunar/table.ts.
// Run `npm run generate:lunar` (from packages/calendar), then review the diff of the table.
// Plain .mjs so Node 20 runs it as is; tsc still checks it (checkJs in tsconfig.json).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SearchMoonPhase, SearchSunLongitude, SunPosition } from 'astronomy-engine';

/** First and last lunar years in the table: every solar day 1900-01-01 … 2100-12-31 lies in them. */
export const FIRST_YEAR = 1899;
export const LAST_YEAR = 2100;

const DAY_MS = 86_400_000;

const HOUR_MS = 3_600_000;

/** Beijing's mean time (116.4°E, UTC+7:45:36): China's calendar used it before 1929, and so do Hồ Ngọc Đức's tables. */
const BEIJING_HOURS = 116.4 / 15;

/** 1929-01-01 00:00 at Beijing mean time: China, and the calendar, moved to UTC+8 then. */
const UTC8_FROM_MS = Date.UTC(1929, 0, 1) - BEIJING_HOURS * HOUR_MS;

/** 1968-01-01 00:00 at UTC+8: North Vietnam moved its clocks to UTC+7 on 8/8/1967, its calendar from 1968. */
const UTC7_FROM_MS = Date.UTC(1968, 0, 1) - 8 * HOUR_MS;

/**
 * Hours east of Greenwich at which the calendar counted days when `ms` happened. With these three periods the
 * table reproduces Hồ Ngọc Đức's published tables for 1900–1967 but for Tết 1925 (see below).
 * @param {number} ms
 */
export function calendarZoneHours(ms) {
  return ms < UTC8_FROM_MS ? BEIJING_HOURS : ms < UTC7_FROM_MS ? 8 : 7;
}

/**
 * The local civil day (days since 1970-01-01) on which an instant falls in the calendar's zone.
 * @param {number} ms
 */
export function localDay(ms) {
  return Math.floor((ms + calendarZoneHours(ms) * HOUR_MS) / DAY_MS);
}

/** Month starts the rule does not give, keyed by the day the rule gives, each with its source. */
export const MONTH_START_OVERRIDES = new Map([
  // Tết 1925: the new moon is at 22:31 Beijing time on 24/1; Hồ Ngọc Đức's tables (Hiệp Kỷ calendar) give 25/1.
  [dayNumber(1925, 1, 24), dayNumber(1925, 1, 25)],
]);

/**
 * Days since 1970-01-01 of a Gregorian date.
 * @param {number} year
 * @param {number} month
 * @param {number} day
 */
export function dayNumber(year, month, day) {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/**
 * Instants (ms) of every event found by `search` from `fromMs` to `toMs`.
 * @param {(t: Date) => import('astronomy-engine').AstroTime | null} search
 * @param {number} fromMs
 * @param {number} toMs
 */
function collect(search, fromMs, toMs) {
  const found = [];
  let t = new Date(fromMs);
  while (t.getTime() < toMs) {
    const hit = search(t);
    if (!hit) throw new Error(`astronomy-engine found no event after ${t.toISOString()}`);
    found.push(hit.date.getTime());
    t = new Date(hit.date.getTime() + DAY_MS);
  }
  return found;
}

/**
 * @typedef {object} LunarYear
 * @property {number} year lunar year (the solar year in which its Tết falls)
 * @property {number} tet day number (since 1970-01-01) of Tết, day 1 of month 1
 * @property {number} leapMonth the month that is repeated, 0 when none
 * @property {number[]} lengths days of each month in order, the leap month after its namesake
 */

/**
 * Applies Hồ Ngọc Đức's rules to the ephemeris: a month starts on the local day of a new moon; the winter
 * solstice is in month 11; in a 13-month span between two months 11 the first month with no principal term
 * (sun longitude a multiple of 30°) is leap and repeats the number before it.
 * @param {number} first first lunar year
 * @param {number} last last lunar year
 * @returns {LunarYear[]}
 */
export function computeLunarYears(first = FIRST_YEAR, last = LAST_YEAR) {
  const fromMs = Date.UTC(first - 1, 9, 1);
  const toMs = Date.UTC(last + 2, 2, 1);
  const newMoons = collect((t) => SearchMoonPhase(0, t, 40), fromMs, toMs);
  const starts = newMoons.map((ms) => {
    const day = localDay(ms);
    return MONTH_START_OVERRIDES.get(day) ?? day;
  });
  /** @type {{ day: number, longitude: number }[]} */
  const terms = [];
  // Terms come every 29.4–31.5 days: search each from 20 days after the previous one.
  let longitude = (Math.floor(SunPosition(new Date(fromMs)).elon / 30) + 1) * 30;
  for (let ms = fromMs; ms < toMs; longitude += 30) {
    const hit = SearchSunLongitude(longitude % 360, new Date(ms), 40);
    if (!hit)
      throw new Error(`astronomy-engine found no sun longitude ${longitude} after ${new Date(ms).toISOString()}`);
    ms = hit.date.getTime() + 20 * DAY_MS;
    terms.push({ day: localDay(hit.date.getTime()), longitude: longitude % 360 });
  }
  const termDays = new Set(terms.map((t) => t.day));
  const solstices = terms
    .filter((t) => t.longitude === 270)
    .map((t) => t.day)
    .sort((a, b) => a - b);
  /** @param {number} day @returns {number} index of the month containing `day` */
  const monthOf = (day) => {
    const i = starts.findIndex((s) => s > day) - 1;
    if (i < 0) throw new Error(`no month start found around day ${day}`);
    return i;
  };
  /** @param {number} i */
  const hasPrincipalTerm = (i) => {
    for (let d = /** @type {number} */ (starts[i]); d < /** @type {number} */ (starts[i + 1]); d++) {
      if (termDays.has(d)) return true;
    }
    return false;
  };

  /** @type {Map<number, { year: number, month: number, leap: boolean }>} */
  const labels = new Map();
  for (const solstice of solstices) {
    const solsticeYear = new Date(solstice * DAY_MS).getUTCFullYear();
    if (solsticeYear < first - 1 || solsticeYear > last) continue;
    const a11 = monthOf(solstice);
    const next = solstices.find((s) => s > solstice + 300);
    if (next === undefined) throw new Error(`no solstice after day ${solstice}`);
    const b11 = monthOf(next);
    const span = b11 - a11;
    if (span !== 12 && span !== 13) throw new Error(`${span} months between months 11 at day ${solstice}`);
    let month = 11;
    let year = solsticeYear;
    let leapFound = span === 12;
    for (let i = a11; i < b11; i++) {
      if (i > a11 && !leapFound && !hasPrincipalTerm(i)) {
        leapFound = true;
        labels.set(i, { year, month, leap: true });
        continue;
      }
      if (i > a11) month++;
      if (month === 13) {
        month = 1;
        year++;
      }
      labels.set(i, { year, month, leap: false });
    }
    if (!leapFound) throw new Error(`13 months from day ${starts[a11]} but every one has a principal term`);
  }

  /** @type {LunarYear[]} */
  const years = [];
  for (let year = first; year <= last; year++) {
    const indices = [...labels].filter(([, label]) => label.year === year).map(([i]) => i);
    indices.sort((a, b) => a - b);
    const months = indices.map((i) => /** @type {{ month: number, leap: boolean }} */ (labels.get(i)));
    if (months.length < 12 || months[0]?.month !== 1 || months[0].leap) {
      throw new Error(`lunar year ${year} is incomplete: ${JSON.stringify(months)}`);
    }
    years.push({
      year,
      tet: /** @type {number} */ (starts[/** @type {number} */ (indices[0])]),
      leapMonth: months.find((m) => m.leap)?.month ?? 0,
      lengths: indices.map((i) => /** @type {number} */ (starts[i + 1]) - /** @type {number} */ (starts[i])),
    });
  }
  return years;
}

/**
 * Digits of the table: 64 characters from "0" (48) to "p" (112), skipping the backslash (92).
 * @param {number} value 0 to 63
 */
export function encodeDigit(value) {
  const code = 48 + value;
  return String.fromCharCode(code >= 92 ? code + 1 : code);
}

/**
 * Packs each lunar year into 3 digits: the first is 2 × the leap month (0 = none), plus 1 when the 13th month has
 * 30 days; the next two carry months 1–6 and 7–12 (in order, leap month in place), one bit each, set for 30 days.
 * The first digit is "0" in most years, which gzip codes in a few bits. Tết days follow by adding up lengths.
 * @param {LunarYear[]} years
 */
export function encodeYears(years) {
  let text = '';
  years.forEach((y, index) => {
    const previous = years[index - 1];
    if (previous && previous.tet + previous.lengths.reduce((a, b) => a + b, 0) !== y.tet) {
      throw new Error(`lunar year ${y.year} does not start where ${previous.year} ends`);
    }
    let bits = 0;
    y.lengths.forEach((length, i) => {
      if (length === 30) bits |= 1 << i;
      else if (length !== 29) throw new Error(`lunar year ${y.year} has a month of ${length} days`);
    });
    text += encodeDigit(y.leapMonth * 2 + (bits >> 12)) + encodeDigit(bits & 63) + encodeDigit((bits >> 6) & 63);
  });
  return text;
}

/**
 * The source of src/lunar/table.ts.
 * @param {LunarYear[]} years
 */
export function tableModule(years) {
  const first = /** @type {LunarYear} */ (years[0]);
  return `// Generated by scripts/generate-lunar-table.mjs from astronomy-engine; do not edit, run \`npm run generate:lunar\`.

/** The first lunar year in the table. */
export const FIRST_LUNAR_YEAR = ${first.year};

/** The last lunar year in the table. */
export const LAST_LUNAR_YEAR = ${years.at(-1)?.year};

/** Tết of the first lunar year, in days since 1970-01-01 (${new Date(first.tet * DAY_MS).toISOString().slice(0, 10)}). */
export const FIRST_TET = ${first.tet};

/** 3 digits per lunar year ${first.year}–${years.at(-1)?.year}, as encoded by encodeYears in the generator. */
export const LUNAR_YEARS =
  '${encodeYears(years)}';
`;
}

/** Where the table module lives. */
export const TABLE_PATH = fileURLToPath(new URL('../src/lunar/table.ts', import.meta.url));

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  writeFileSync(TABLE_PATH, tableModule(computeLunarYears()));
  console.log(`wrote ${TABLE_PATH} (lunar years ${FIRST_YEAR}–${LAST_YEAR}) in ${Date.now() - started} ms`);
}
