import { isInstant } from '@vnportal/calendar';
import * as v from 'valibot';
import { describeValue, ownError, VisitsError, VisitsValidationError } from './errors.js';

/** The visit counter every portal shows ("Thống kê truy cập"). */
export interface SiteStats {
  /** Visits since the site opened (the figure imported from the old CMS plus every visit since): "Số lượt truy cập". */
  total: number;
  /** Distinct visitors in the last 5 minutes: "Trực tuyến". */
  online: number;
  /** Visits today (Vietnam's calendar day): "Hôm nay". */
  today: number;
  /** Visits yesterday (Vietnam's calendar day): "Hôm qua". */
  yesterday: number;
  /** When the counts were read: RFC 3339 instant with an offset. */
  asOf: string;
}

const Count = v.pipe(
  v.number('is not a number'),
  v.integer('is not a whole number'),
  v.minValue(0, 'is negative'),
  v.maxValue(Number.MAX_SAFE_INTEGER, 'is too large to count exactly'),
);

const Instant = v.pipe(
  v.string('is not a string'),
  v.check(
    (value: string) => isInstant(value),
    'is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)',
  ),
);

const siteStatsSchema = v.pipe(
  v.strictObject(
    { total: Count, online: Count, today: Count, yesterday: Count, asOf: Instant },
    'is not a site statistics object',
  ),
  v.forward(
    v.partialCheck([['total'], ['today']], (s) => s.today <= s.total, 'is more than total'),
    ['today'],
  ),
  v.forward(
    v.partialCheck([['total'], ['yesterday']], (s) => s.yesterday <= s.total, 'is more than total'),
    ['yesterday'],
  ),
);

/** The site statistics schema (valibot). */
export const SiteStatsSchema: v.GenericSchema<unknown, SiteStats> = siteStatsSchema;

/**
 * Validates visit statistics: whole non-negative counts, today and yesterday not above the total, `asOf` an
 * instant with an offset. `parseSiteStats({ total: 411594, online: 4, today: 17, yesterday: 678, asOf: "…" })`.
 * @throws VisitsValidationError listing every problem: `today: -1 is negative`.
 */
export function parseSiteStats(input: unknown): SiteStats {
  try {
    const result = v.safeParse(SiteStatsSchema, input);
    if (result.success) return result.output;
    throw new VisitsValidationError(
      'site statistics',
      result.issues.map((issue) => {
        const keys = (issue.path ?? []).map((item) => String(item.key));
        const path = keys.join('.');
        const where = path || 'site statistics';
        const value = keys.reduce<unknown>(
          (at, key) => (at && typeof at === 'object' ? (at as never)[key] : undefined),
          input,
        );
        if (issue.type === 'strict_object' && issue.expected === 'never') {
          return { path, value, message: `${where}: is not a known field` };
        }
        if (value === undefined && issue.kind === 'schema') return { path, value, message: `${where}: is required` };
        return { path, value, message: `${where}: ${describeValue(value)} ${issue.message}` };
      }),
    );
  } catch (error) {
    throw ownError(error, { '': input });
  }
}

/** A count with Vietnamese digit grouping (a dot every three digits): `formatCount(411594)` → `"411.594"`. */
export function formatCount(value: number): string {
  try {
    if (!Number.isSafeInteger(value) || value < 0) {
      const message = `value: ${describeValue(value)} is not a whole number ≥ 0`;
      throw new VisitsError(message, [{ path: 'value', value, message }]);
    }
    return String(value).replace(/\B(?=(\d{3})+$)/g, '.');
  } catch (error) {
    throw ownError(error, { value });
  }
}

export interface SiteStatsRow {
  key: 'total' | 'online' | 'today' | 'yesterday';
  /** "Số lượt truy cập", "Trực tuyến", "Hôm nay", "Hôm qua" (or the English labels). */
  label: string;
  value: number;
  /** The value grouped: `"411.594"`. */
  text: string;
}

const LABELS = {
  vi: { total: 'Số lượt truy cập', online: 'Trực tuyến', today: 'Hôm nay', yesterday: 'Hôm qua' },
  en: { total: 'Total visits', online: 'Online now', today: 'Today', yesterday: 'Yesterday' },
} as const;

/** The heading portals print above the box: "Thống kê truy cập". */
export const SITE_STATS_TITLE = { vi: 'Thống kê truy cập', en: 'Visit statistics' } as const;

export interface SiteStatsFormatOptions {
  /** `"vi"` (default) or `"en"` labels. Digits are grouped the Vietnamese way either way. */
  lang?: 'vi' | 'en';
}

/** The options' `lang`, `"vi"` when left out; anything else is refused, naming it. */
function readLang(options: unknown): 'vi' | 'en' {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    const message = `options: ${describeValue(options)} is not an options object`;
    throw new VisitsError(message, [{ path: 'options', value: options, message }]);
  }
  const { lang } = options as SiteStatsFormatOptions;
  if (lang === undefined || lang === 'vi' || lang === 'en') return lang ?? 'vi';
  const message = `options.lang: ${describeValue(lang)} is not "vi" or "en"`;
  throw new VisitsError(message, [{ path: 'options.lang', value: lang, message }]);
}

/**
 * The rows of the "Thống kê truy cập" box, in the order portals print them:
 * `[{ key: "total", label: "Số lượt truy cập", value: 411594, text: "411.594" }, { key: "online", … }, …]`.
 * @throws VisitsValidationError when `stats` is invalid; VisitsError for options that are not `{ lang?: "vi" | "en" }`.
 */
export function siteStatsRows(stats: SiteStats, options: SiteStatsFormatOptions = {}): SiteStatsRow[] {
  try {
    const valid = parseSiteStats(stats);
    const labels = LABELS[readLang(options)];
    return (['total', 'online', 'today', 'yesterday'] as const).map((key) => ({
      key,
      label: labels[key],
      value: valid[key],
      text: formatCount(valid[key]),
    }));
  } catch (error) {
    throw ownError(error, { stats, options });
  }
}

/** One line: `"Số lượt truy cập: 411.594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678"`. */
export function formatSiteStats(stats: SiteStats, options: SiteStatsFormatOptions = {}): string {
  try {
    return siteStatsRows(stats, options)
      .map((row) => `${row.label}: ${row.text}`)
      .join('; ');
  } catch (error) {
    throw ownError(error, { stats, options });
  }
}
