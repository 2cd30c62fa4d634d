import { randomBytes, randomUUID } from 'node:crypto';
import { addDays, todayInVietnam, toVietnamIso } from '@vnportal/calendar';
import { BotFilter } from '../rules/bot-filter.js';
import { HitBatch } from '../rules/hit-batch.js';
import { SaltKeeper } from '../rules/salt-keeper.js';
import { visitorId } from '../rules/visitor-id.js';
import { ONLINE_WINDOW_MS, VISIT_WINDOW_MS } from '../rules/windows.js';
import type { SiteStats } from '../site-stats.js';
import type { SiteConfig, SiteCounts, VisitStore } from '../store/store.js';

export interface CounterOptions {
  store: VisitStore;
  /** Epoch milliseconds now; tests pin it. */
  now?: () => number;
  /** A new random salt; tests pin it. */
  newSalt?: () => string;
  /** How often hits are written, in ms (≤ 1000). */
  batchIntervalMs?: number;
  /** How often the list of sites is re-read, so that another instance's changes arrive (ms). */
  sitesRefreshMs?: number;
  /** How long requests for one site's figures share one read of the store, in ms. Default 1000; 0 reads each time. */
  statsCacheMs?: number;
  /** Called after each write attempt (for metrics). */
  onWrite?: (result: { hits: number; visits: number; ms: number; error?: unknown }) => void;
}

/** A site's figures as the stats endpoint shows them, with the store's raw counts. */
export type CounterStats = SiteStats & { counts: SiteCounts };

/** What became of one hit. */
export type HitOutcome = 'counted' | 'bot';

/**
 * The counting engine one service instance runs: turns hits into pseudonymous visitor activity in memory,
 * writes it every batch interval, and reads the figures back from the store.
 */
export class Counter {
  readonly store: VisitStore;
  readonly now: () => number;
  readonly batchIntervalMs: number;
  readonly #salts: SaltKeeper;
  readonly #onWrite: CounterOptions['onWrite'];
  readonly #bots = new BotFilter();
  #batch = new HitBatch();
  #sites = new Map<string, SiteConfig>();
  /** Every origin some site accepts, kept with the site list (one lookup per CORS request). */
  #origins = new Set<string>();
  #writing: Promise<void> = Promise.resolve();
  /** The last read of each site's figures: its promise, the injected clock's time and the real time it began. */
  #stats = new Map<string, { stats: Promise<CounterStats | undefined>; now: number; readAt: number }>();
  #timers: NodeJS.Timeout[] = [];

  constructor(options: CounterOptions) {
    this.store = options.store;
    this.now = options.now ?? Date.now;
    this.batchIntervalMs = options.batchIntervalMs ?? 1000;
    this.#onWrite = options.onWrite;
    this.#salts = new SaltKeeper(this.store, {
      now: this.now,
      newSalt: options.newSalt ?? (() => randomBytes(32).toString('base64url')),
    });
    this.sitesRefreshMs = options.sitesRefreshMs ?? 5000;
    this.statsCacheMs = options.statsCacheMs ?? 1000;
  }

  readonly sitesRefreshMs: number;
  readonly statsCacheMs: number;

  /** Loads the sites and today's salt, then writes every batch interval and tidies every minute. */
  async start(): Promise<void> {
    await this.refreshSites();
    await this.#salts.salt();
    const every = (ms: number, task: () => Promise<unknown>) => {
      const timer = setInterval(() => void task().catch(() => {}), ms);
      timer.unref();
      this.#timers.push(timer);
    };
    every(this.batchIntervalMs, () => this.flush());
    every(this.sitesRefreshMs, () => this.refreshSites());
    every(60_000, () => this.tidy());
  }

  /** Hits waiting to be written. */
  get pending(): number {
    return this.#batch.size;
  }

  site(site: string): SiteConfig | undefined {
    return this.#sites.get(site);
  }

  sites(): SiteConfig[] {
    return [...this.#sites.values()];
  }

  /** Whether any site accepts hits from `origin` (for CORS preflights, which carry no site). */
  knowsOrigin(origin: string): boolean {
    return this.#origins.has(origin);
  }

  async refreshSites(): Promise<void> {
    const list = await this.store.listSites();
    this.#setSites(new Map(list.map((s) => [s.site, s])));
  }

  async putSite(config: SiteConfig): Promise<SiteConfig> {
    const saved = await this.store.putSite(config);
    this.#setSites(new Map(this.#sites).set(saved.site, saved));
    return saved;
  }

  #setSites(sites: Map<string, SiteConfig>): void {
    // A site whose starting total changed is read afresh; a removed one leaves the cache.
    for (const [site, config] of this.#sites) {
      if (sites.get(site)?.startTotal !== config.startTotal) this.#stats.delete(site);
    }
    this.#sites = sites;
    this.#origins = new Set([...sites.values()].flatMap((site) => site.origins));
  }

  /**
   * Counts one page view of `site` by the client at `ip` with `userAgent`; neither is kept. Answers at once, not
   * through a promise, once the day's salt is known (every hit but a day's first): a hit is the service's
   * hot path.
   */
  hit(site: string, ip: string, userAgent: string): HitOutcome | Promise<HitOutcome> {
    if (this.#bots.isBot(userAgent)) return 'bot';
    const at = this.now();
    const known = this.#salts.peek(at);
    if (known) return this.#add(site, ip, userAgent, at, known);
    return this.#salts.salt(at).then((today) => this.#add(site, ip, userAgent, at, today));
  }

  #add(site: string, ip: string, userAgent: string, at: number, today: { day: string; salt: string }): HitOutcome {
    this.#batch.add(site, today.day, visitorId(today.salt, site, ip, userAgent), at);
    return 'counted';
  }

  /** Writes what is waiting; a failed write keeps its hits for the next one. */
  flush(): Promise<void> {
    this.#writing = this.#writing
      .catch(() => {})
      .then(async () => {
        const entries = this.#batch.drain();
        if (entries.length === 0) return;
        const hits = entries.reduce((sum, e) => sum + e.views, 0);
        const started = performance.now();
        let visits: number;
        try {
          visits = await this.store.writeBatch(entries, randomUUID());
        } catch (error) {
          this.#batch.restore(entries);
          this.#onWrite?.({ hits, visits: 0, ms: performance.now() - started, error });
          throw error;
        }
        // Outside the try: the batch is written, so nothing after this may put it back.
        this.#stats.clear(); // the figures read before it are out of date
        this.#onWrite?.({ hits, visits, ms: performance.now() - started });
      });
    return this.#writing;
  }

  /** Rotates the salt at Vietnam's midnight and forgets visitors once their visit window is over. */
  async tidy(): Promise<void> {
    await this.#salts.salt();
    await this.store.forgetVisitors(this.now() - VISIT_WINDOW_MS);
  }

  /**
   * The figures the stats endpoint shows, read from the store (so every instance shows the same). A site this
   * instance does not know (its list is re-read every `sitesRefreshMs`) is answered `undefined` without asking
   * the store. Requests for one site share one read for `statsCacheMs`: every page of a portal asks for the
   * figures, and a read costs the embedded store about a millisecond. This instance's own writes and site
   * changes, and a move of the injected clock, start a new read at once.
   */
  stats(site: string): Promise<CounterStats | undefined> {
    if (!this.#sites.has(site)) return Promise.resolve(undefined);
    const now = this.now();
    const cached = this.#stats.get(site);
    if (
      cached &&
      performance.now() - cached.readAt < this.statsCacheMs &&
      Math.abs(now - cached.now) < this.statsCacheMs
    ) {
      return cached.stats;
    }
    const stats = this.#readStats(site, now);
    const entry = { stats, now, readAt: performance.now() };
    this.#stats.set(site, entry);
    // A failed read is not kept: the next request tries again.
    stats.catch(() => {
      if (this.#stats.get(site) === entry) this.#stats.delete(site);
    });
    return stats;
  }

  async #readStats(site: string, now: number): Promise<CounterStats | undefined> {
    const today = todayInVietnam(new Date(now));
    const counts = await this.store.counts(site, {
      today,
      yesterday: addDays(today, -1),
      onlineSince: now - ONLINE_WINDOW_MS,
      now,
    });
    if (!counts) return undefined;
    return {
      total: counts.startTotal + counts.visits,
      online: counts.online,
      today: counts.today,
      yesterday: counts.yesterday,
      asOf: toVietnamIso(new Date(now)),
      counts,
    };
  }

  /** Stops the timers and writes everything still waiting (retrying a failed write a few times). */
  async stop(): Promise<void> {
    for (const timer of this.#timers) clearInterval(timer);
    this.#timers = [];
    for (let attempt = 1; ; attempt++) {
      try {
        await this.flush();
        return;
      } catch (error) {
        if (attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }
}
