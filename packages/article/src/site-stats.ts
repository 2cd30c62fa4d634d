/**
 * The visit-statistics model moved to `@vnportal/visits/stats`. These re-exports keep old imports working for
 * one minor version; they throw this package's error classes, as before.
 * @deprecated Import from `@vnportal/visits/stats` instead.
 */
import * as visits from '@vnportal/visits/stats';
import { ArticleError, ArticleValidationError, ownError } from './errors.js';

/** @deprecated Import `SiteStats` from `@vnportal/visits/stats`. */
export type SiteStats = visits.SiteStats;
/** @deprecated Import `SiteStatsRow` from `@vnportal/visits/stats`. */
export type SiteStatsRow = visits.SiteStatsRow;
/** @deprecated Import `SiteStatsFormatOptions` from `@vnportal/visits/stats`. */
export type SiteStatsFormatOptions = visits.SiteStatsFormatOptions;
/** @deprecated Import `SiteStatsSchema` from `@vnportal/visits/stats`. */
export const SiteStatsSchema = visits.SiteStatsSchema;
/** @deprecated Import `SITE_STATS_TITLE` from `@vnportal/visits/stats`. */
export const SITE_STATS_TITLE = visits.SITE_STATS_TITLE;

/** @deprecated Import `parseSiteStats` from `@vnportal/visits/stats` (it throws `VisitsValidationError`). */
export function parseSiteStats(input: unknown): SiteStats {
  try {
    return asArticleError(() => visits.parseSiteStats(input));
  } catch (error) {
    throw ownError(error, { '': input });
  }
}

/** @deprecated Import `formatCount` from `@vnportal/visits/stats`. */
export function formatCount(value: number): string {
  try {
    return asArticleError(() => visits.formatCount(value));
  } catch (error) {
    throw ownError(error, { value });
  }
}

/** @deprecated Import `siteStatsRows` from `@vnportal/visits/stats`. */
export function siteStatsRows(stats: SiteStats, options: SiteStatsFormatOptions = {}): SiteStatsRow[] {
  try {
    return asArticleError(() => visits.siteStatsRows(stats, options));
  } catch (error) {
    throw ownError(error, { stats, options });
  }
}

/** @deprecated Import `formatSiteStats` from `@vnportal/visits/stats`. */
export function formatSiteStats(stats: SiteStats, options: SiteStatsFormatOptions = {}): string {
  try {
    return asArticleError(() => visits.formatSiteStats(stats, options));
  } catch (error) {
    throw ownError(error, { stats, options });
  }
}

// Callers that catch ArticleValidationError keep working until the re-exports go.
function asArticleError<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof visits.VisitsValidationError)
      throw new ArticleValidationError('site statistics', error.issues);
    if (error instanceof visits.VisitsError) throw new ArticleError(error.message);
    throw error;
  }
}
