// The browser-safe part of @vnportal/visits: the SiteStats model and its formatting, no server code.
export { describeValue, type ValidationIssue, VisitsError, VisitsValidationError } from './errors.js';
export {
  formatCount,
  formatSiteStats,
  parseSiteStats,
  SITE_STATS_TITLE,
  type SiteStats,
  type SiteStatsFormatOptions,
  type SiteStatsRow,
  SiteStatsSchema,
  siteStatsRows,
} from './site-stats.js';
