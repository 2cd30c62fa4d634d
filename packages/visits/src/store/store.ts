import type { VisitorActivity } from '../rules/hit-batch.js';
import type { SaltStore } from '../rules/salt-keeper.js';

/** A site the service counts for: its id, the origins allowed to send hits, the total imported from its old CMS. */
export interface SiteConfig {
  site: string;
  origins: string[];
  startTotal: number;
}

/** The raw figures of one site at one moment, before they become a `SiteStats`. */
export interface SiteCounts {
  startTotal: number;
  /** Visits counted since the site was added (all days). */
  visits: number;
  today: number;
  yesterday: number;
  online: number;
  /** Page views counted since the site was added, and today. */
  pageviews: number;
  pageviewsToday: number;
}

/** The moments a count is read at: Vietnam's today and yesterday, and the start of the online window. */
export interface CountsQuery {
  today: string;
  yesterday: string;
  onlineSince: number;
  now: number;
}

/** One site's figures for one Vietnam day. */
export interface DailyFigures {
  site: string;
  day: string;
  visits: number;
  pageviews: number;
}

/**
 * What a store holds that outlives a day: the sites and their daily figures (the salts and pseudonyms are
 * gone within a day anyway). What `vnportal-visits copy` moves from one store to another.
 */
export interface StoreFigures {
  sites: SiteConfig[];
  daily: DailyFigures[];
}

/**
 * What the counter needs from a database. Aggregates only: per-site daily totals, the sites, the daily salts,
 * and each visitor's pseudonym with the time they were last seen, forgotten 30 minutes after that.
 */
export interface VisitStore extends SaltStore {
  /** `"pglite"` or `"postgres"`. */
  readonly engine: string;
  /** Creates or upgrades the schema; safe when several instances start at once. */
  migrate(): Promise<void>;
  /**
   * Writes one batch atomically: page views, and a visit for every visitor whose first view in it comes 30
   * minutes or more after their last one (decided by the database, so instances sharing it agree). Answers
   * the number of visits it counted.
   */
  writeBatch(entries: readonly VisitorActivity[], batchId: string): Promise<number>;
  /** The figures of `site`, or `undefined` for an unknown site. */
  counts(site: string, at: CountsQuery): Promise<SiteCounts | undefined>;
  putSite(config: SiteConfig): Promise<SiteConfig>;
  getSite(site: string): Promise<SiteConfig | undefined>;
  listSites(): Promise<SiteConfig[]>;
  /** Forgets the pseudonyms of visitors not seen since `before` (epoch ms). Answers how many. */
  forgetVisitors(before: number): Promise<number>;
  /** The sites and every daily figure. */
  exportFigures(): Promise<StoreFigures>;
  /** Writes `figures` into this store, which must hold no site yet (else a VisitsError), in one transaction. */
  importFigures(figures: StoreFigures): Promise<void>;
  close(): Promise<void>;
}
