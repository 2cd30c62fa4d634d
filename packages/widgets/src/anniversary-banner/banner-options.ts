import { BANNER_DEFAULTS, type NationalSpec } from '@vnportal/anniversary';
import {
  type Attributes,
  attribute,
  readBoolean,
  readDay,
  readLang,
  readOneOf,
  readWhole,
  readWords,
  unknownAttributes,
} from '../internal/attributes.js';
import type { Problem } from '../internal/problems.js';
import { LIMITS, type Mourning } from '../internal/read-json.js';

/** The attributes `<vnp-anniversary-banner>` reads, in the order its docs list them. */
export const BANNER_ATTRIBUTES = [
  'date',
  'src',
  'national',
  'days-before',
  'days-after',
  'max',
  'prefix',
  'round-only',
  'order',
  'mode',
  'speed',
  'lang',
  'mourning-from',
  'mourning-to',
  'mourning-message',
] as const;

/** Bounds of the numbers and days the banner takes; outside them the default is used, with a warning. */
export const BANNER_LIMITS = {
  /** Days either side of the day shown: a year. */
  windowDays: 366,
  max: 50,
  speed: { min: 1, max: 1000, fallback: 60 },
  /** The days the lunar calendar covers, with a window's room either side. */
  firstDay: '1901-01-01',
  lastDay: '2099-12-31',
} as const;

/** What a banner shows and how, read from its attributes; every field has its default filled in. */
export interface BannerOptions {
  /** The day to count to (`YYYY-MM-DD`); undefined: today in Vietnam. */
  date: string | undefined;
  src: string | undefined;
  /** undefined: no national days. */
  national: NationalSpec | undefined;
  daysBefore: number;
  daysAfter: number;
  max: number;
  /** undefined: the language's own words ("Nhiệt liệt chào mừng kỷ niệm"). */
  prefix: string | undefined;
  roundOnly: boolean;
  order: 'default' | 'given';
  mode: 'marquee' | 'static' | 'list';
  speed: number;
  lang: 'vi' | 'en';
  /** A mourning period set on the element itself; a `src` file may set one too. */
  mourning: Mourning | undefined;
}

/**
 * The banner's attribute rules as a pure function: the options it uses and one problem per mistake (turn one
 * into Vietnamese and English sentences with `describeProblem`). Bad or out-of-range values fall back to the
 * default. Shared by the element, the banner builder page and the CLI.
 *
 * @example
 * bannerOptionsFromAttributes({ 'days-afer': '60', national: 'false' }).warnings.map((w) => w.code)
 * // ['unknown-attribute', 'boolean-value']
 */
export function bannerOptionsFromAttributes(attrs: Attributes): { options: BannerOptions; warnings: Problem[] } {
  const warnings = unknownAttributes(attrs, BANNER_ATTRIBUTES);
  const window = { min: 0, max: BANNER_LIMITS.windowDays };
  const date = readDay(attrs, 'date', { min: BANNER_LIMITS.firstDay, max: BANNER_LIMITS.lastDay }, warnings);
  const src = attribute(attrs, 'src')?.trim() || undefined;
  const nationalValue = attribute(attrs, 'national');
  const national = readBoolean(attrs, 'national', warnings) ? readNational(nationalValue ?? '') : undefined;
  const lang = readLang(attribute(attrs, 'lang'), warnings);
  let prefix = attribute(attrs, 'prefix');
  if (prefix !== undefined && prefix.length > LIMITS.nameLength) {
    warnings.push({ code: 'too-long', what: 'prefix', length: prefix.length, limit: LIMITS.nameLength });
    prefix = prefix.slice(0, LIMITS.nameLength);
  }
  const options: BannerOptions = {
    date,
    src,
    national,
    daysBefore: readWhole(attrs, 'days-before', { ...window, fallback: BANNER_DEFAULTS.daysBefore }, warnings),
    daysAfter: readWhole(attrs, 'days-after', { ...window, fallback: BANNER_DEFAULTS.daysAfter }, warnings),
    max: readWhole(attrs, 'max', { min: 1, max: BANNER_LIMITS.max, fallback: BANNER_DEFAULTS.max }, warnings),
    prefix,
    roundOnly: readBoolean(attrs, 'round-only', warnings),
    order: readOneOf(attrs, 'order', ['default', 'given'], warnings),
    mode: readOneOf(attrs, 'mode', ['marquee', 'static', 'list'], warnings),
    speed: readWhole(attrs, 'speed', BANNER_LIMITS.speed, warnings),
    lang,
    mourning: readMourningAttributes(attrs, warnings),
  };
  return { options, warnings };
}

/**
 * `national` (the whole catalog), `national="major leaders"` (only these ids or groups), `national="-tranphu"` (all
 * but). `national="true"` is the whole catalog too, as `round-only="true"` is on: no catalog id is a yes-word.
 */
function readNational(value: string): { include?: string[]; exclude?: string[] } {
  if (/^\s*(true|yes|on|1)\s*$/i.test(value)) return {};
  const words = readWords(value);
  const include = words.filter((w) => !w.startsWith('-'));
  const exclude = words.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
  return { ...(include.length ? { include } : {}), ...(exclude.length ? { exclude } : {}) };
}

function readMourningAttributes(attrs: Attributes, warnings: Problem[]): Mourning | undefined {
  const given = ['mourning-from', 'mourning-to', 'mourning-message'].filter((n) => attribute(attrs, n) !== undefined);
  if (!given.length) return undefined;
  const range = { min: '1900-01-01', max: '2100-12-31' };
  const before = warnings.length;
  const from = readDay(attrs, 'mourning-from', range, warnings);
  const to = readDay(attrs, 'mourning-to', range, warnings);
  const message = attribute(attrs, 'mourning-message')?.trim().slice(0, LIMITS.nameLength) ?? '';
  const days = from && to && from <= to;
  // A bad day has had its own warning, a misspelt name its "did you mean" (messages.ts); else say what is missing.
  if (!(days && message) && warnings.length === before)
    warnings.push({ code: 'mourning-incomplete', names: Object.keys(attrs).join() });
  // Days without a message still keep the festive line off on them: the banner shows nothing then.
  return days ? { from, to, message } : undefined;
}
