import * as v from 'valibot';
import { ArticleError, describeValue } from './errors.js';
import { Instant, validate } from './schema.js';

/** The visit counter every portal shows ("Thống kê truy cập"). */
export interface SiteStats {
  /** Visits since the site opened: "Số lượt truy cập". */
  total: number;
  /** Visitors now: "Trực tuyến". */
  online: number;
  /** Visits today (Vietnam's day): "Hôm nay". */
  today: number;
  /** Visits yesterday: "Hôm qua". */
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

const siteStatsSchema = v.pipe(
  v.strictObject(
    {
      total: Count,
      online: Count,
      today: Count,
      yesterday: Count,
      asOf: Instant,
    },
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

/**
 * Validates visit statistics: whole non-negative counts, today and yesterday not above the total, `asOf` an
 * instant with an offset. `parseSiteStats({ total: 411594, online: 4, today: 17, yesterday: 678, asOf: "…" })`.
 * @throws ArticleValidationError listing every problem: `today: -1 is negative`.
 */
/** The site statistics schema (valibot). */
export const SiteStatsSchema: v.GenericSchema<unknown, SiteStats> = siteStatsSchema;

export function parseSiteStats(input: unknown): SiteStats {
  return validate(SiteStatsSchema, input, 'site statistics');
}

/** A count with Vietnamese digit grouping (a dot every three digits): `formatCount(411594)` → `"411.594"`. */
export function formatCount(value: number): string {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ArticleError(`value: ${describeValue(value)} is not a whole number ≥ 0`);
  }
  return String(value).replace(/\B(?=(\d{3})+$)/g, '.');
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

/**
 * The rows of the "Thống kê truy cập" box, in the order portals print them:
 * `[{ key: "total", label: "Số lượt truy cập", value: 411594, text: "411.594" }, { key: "online", … }, …]`.
 * @throws ArticleValidationError when `stats` is invalid.
 */
export function siteStatsRows(stats: SiteStats, options: SiteStatsFormatOptions = {}): SiteStatsRow[] {
  const valid = parseSiteStats(stats);
  const labels = LABELS[options.lang === 'en' ? 'en' : 'vi'];
  return (['total', 'online', 'today', 'yesterday'] as const).map((key) => ({
    key,
    label: labels[key],
    value: valid[key],
    text: formatCount(valid[key]),
  }));
}

/** One line: `"Số lượt truy cập: 411.594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678"`. */
export function formatSiteStats(stats: SiteStats, options: SiteStatsFormatOptions = {}): string {
  return siteStatsRows(stats, options)
    .map((row) => `${row.label}: ${row.text}`)
    .join('; ');
}
