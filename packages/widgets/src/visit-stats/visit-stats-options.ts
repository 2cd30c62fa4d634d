import {
  type Attributes,
  attribute,
  readBoolean,
  readLang,
  readWhole,
  unknownAttributes,
} from '../internal/attributes.js';
import type { Problem } from '../internal/problems.js';

/** The attributes `<vnp-visit-stats>` reads, in the order its docs list them. */
export const VISIT_STATS_ATTRIBUTES = ['site', 'endpoint', 'no-count', 'refresh', 'lang'] as const;

/** Bounds of what the element takes; outside them the default is used, or nothing is fetched, with a warning. */
export const VISIT_STATS_LIMITS = {
  /** Seconds between refreshes: not below the service's 5-second cache, at most an hour. */
  refresh: { min: 5, max: 3600, fallback: 60 },
  /** The service's own rule for a site name (lower-case letters, digits, dots and dashes). */
  site: /^[a-z0-9](?:[a-z0-9.-]{0,62}[a-z0-9])?$/,
  /** Characters of the page path sent with a hit (the service refuses longer ones). */
  pathLength: 2048,
} as const;

/** What the box shows and where it asks, read from its attributes; every field has its default filled in. */
export interface VisitStatsOptions {
  /** The site's name at the counter service; undefined when missing or invalid (nothing is fetched). */
  site: string | undefined;
  /** The service's base URL, absolute, without a trailing slash; undefined when missing or invalid. */
  endpoint: string | undefined;
  /** Whether this page view is reported (off with `no-count`). */
  count: boolean;
  /** Seconds between refreshes while the tab is visible. */
  refresh: number;
  lang: 'vi' | 'en';
}

/**
 * The visit box's attribute rules as a pure function: the options it uses and one problem per mistake (its
 * sentences, Vietnamese then English, from `describeProblem`). A relative `endpoint` is read against `baseUrl`.
 *
 * @example
 * visitStatsOptionsFromAttributes({ site: 'demo', endpoint: 'https://thongke.example.vn/' }).options.endpoint
 * // "https://thongke.example.vn"
 */
export function visitStatsOptionsFromAttributes(
  attrs: Attributes,
  baseUrl?: string,
): { options: VisitStatsOptions; warnings: Problem[] } {
  const warnings = unknownAttributes(attrs, VISIT_STATS_ATTRIBUTES);
  const site = attribute(attrs, 'site');
  const endpoint = attribute(attrs, 'endpoint');
  const options: VisitStatsOptions = {
    site: readSite(site),
    endpoint: readEndpoint(endpoint, baseUrl),
    count: !readBoolean(attrs, 'no-count', warnings),
    refresh: readWhole(attrs, 'refresh', VISIT_STATS_LIMITS.refresh, warnings),
    lang: readLang(attribute(attrs, 'lang'), warnings),
  };
  // `names`: a misspelt site or endpoint has its "did you mean" already, which says it all (messages.ts).
  const names = Object.keys(attrs).join();
  if (!options.site) warnings.push({ code: 'stats-site', value: site, names });
  if (!options.endpoint) warnings.push({ code: 'stats-endpoint', value: endpoint, names });
  return { options, warnings };
}

function readSite(value: string | undefined): string | undefined {
  const site = value?.trim();
  return site && VISIT_STATS_LIMITS.site.test(site) ? site : undefined;
}

function readEndpoint(value: string | undefined, baseUrl: string | undefined): string | undefined {
  let url: URL | undefined;
  try {
    if (value?.trim()) url = new URL(value.trim(), baseUrl);
  } catch {}
  return url && /^https?:$/.test(url.protocol) && !url.search && !url.hash ? url.href.replace(/\/+$/, '') : undefined;
}
