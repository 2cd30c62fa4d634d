import { VisitsError } from '../errors.js';
import type { VisitorActivity } from '../rules/hit-batch.js';
import { VISIT_WINDOW_MS } from '../rules/windows.js';
import { MIGRATIONS } from './migrations.js';
import type { CountsQuery, DailyFigures, SiteConfig, SiteCounts, StoreFigures, VisitStore } from './store.js';

/** How an engine runs SQL: one parameterised statement, a script of several, or a block in one transaction. */
export interface SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  transaction<T>(body: (run: Pick<SqlRunner, 'query' | 'script'>) => Promise<T>): Promise<T>;
  script(sql: string): Promise<void>;
  close(): Promise<void>;
}

// Daily figures written per statement by `importFigures`.
const IMPORT_SLICE = 50_000;

// Any fixed number: instances that start together take turns at migrating.
const MIGRATION_LOCK = 20_261_201;

// One statement, hence atomic: the visitor rows decide which page views start a visit, then the daily rows
// take the sums. On a shared server rows are taken in key order, so that two instances writing at once cannot
// deadlock; an embedded database has one writer (the process that opened its folder), so it skips the sorts
// (about 1.8 µs a new visitor in PGlite's WebAssembly). The batch comes as six array literals, one a column
// (`arrayLiteral`): PostgreSQL's own array reader takes them apart for about 0.6 µs a row less than
// `jsonb_to_recordset` does the same rows as JSON objects.
const writeBatchSql = (ordered: boolean) => `
WITH input AS (
  SELECT * FROM unnest($1::text::text[], $2::text::text[], $3::text::text[],
                       $4::text::bigint[], $5::text::bigint[], $6::text::bigint[])
    AS t(site, day, visitor, first, last, views)
),
seen AS (
  INSERT INTO visitors AS v (site, visitor, visit_start, last_seen, visit_batch)
  SELECT site, visitor, first, last, $7 FROM input${ordered ? ' ORDER BY visitor' : ''}
  ON CONFLICT (visitor) DO UPDATE SET
    visit_start = CASE WHEN EXCLUDED.visit_start - v.last_seen >= ${VISIT_WINDOW_MS}
                       THEN EXCLUDED.visit_start ELSE v.visit_start END,
    visit_batch = CASE WHEN EXCLUDED.visit_start - v.last_seen >= ${VISIT_WINDOW_MS}
                       THEN EXCLUDED.visit_batch ELSE v.visit_batch END,
    last_seen = GREATEST(v.last_seen, EXCLUDED.last_seen)
  RETURNING v.visitor, v.visit_batch
),
sums AS (
  SELECT i.site, i.day, sum(i.views) AS views, count(*) FILTER (WHERE seen.visit_batch = $7) AS visits
  FROM input i JOIN seen ON seen.visitor = i.visitor
  GROUP BY i.site, i.day
),
written AS (
  INSERT INTO daily AS d (site, day, visits, pageviews)
  SELECT site, day, visits, views FROM sums${ordered ? ' ORDER BY site, day' : ''}
  ON CONFLICT (site, day) DO UPDATE SET visits = d.visits + EXCLUDED.visits, pageviews = d.pageviews + EXCLUDED.pageviews
  RETURNING 1
)
SELECT COALESCE(sum(visits), 0)::float8 AS visits, (SELECT count(*) FROM written)::int AS days FROM sums`;

/**
 * A PostgreSQL array literal of `values`, each element quoted (so that a site named `null` stays a string) and
 * `"` and `\` escaped, though a site id, a day and a pseudonym never hold either.
 */
export function arrayLiteral(values: readonly (string | number)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string | number;
    if (i > 0) out += ',';
    if (typeof value === 'number') out += String(value);
    else out += `"${/["\\]/.test(value) ? value.replace(/["\\]/g, '\\$&') : value}"`;
  }
  return `${out}}`;
}

const COUNTS = `
SELECT s.start_total::float8 AS "startTotal",
  COALESCE((SELECT sum(visits) FROM daily d WHERE d.site = s.site), 0)::float8 AS visits,
  COALESCE((SELECT sum(pageviews) FROM daily d WHERE d.site = s.site), 0)::float8 AS pageviews,
  COALESCE((SELECT visits FROM daily d WHERE d.site = s.site AND d.day = $2), 0)::float8 AS today,
  COALESCE((SELECT pageviews FROM daily d WHERE d.site = s.site AND d.day = $2), 0)::float8 AS "pageviewsToday",
  COALESCE((SELECT visits FROM daily d WHERE d.site = s.site AND d.day = $3), 0)::float8 AS yesterday,
  (SELECT count(*) FROM visitors v WHERE v.site = s.site AND v.last_seen > $4 AND v.last_seen <= $5)::float8 AS online
FROM sites s WHERE s.site = $1`;

interface SiteRow {
  site: string;
  origins: string[] | string;
  start_total: number;
}

/** The SQL every engine shares (both speak PostgreSQL); each engine supplies only its `SqlRunner`. */
export class SqlStore implements VisitStore {
  readonly engine: string;
  protected readonly sql: SqlRunner;

  readonly #writeBatch: string;

  constructor(engine: string, sql: SqlRunner) {
    this.engine = engine;
    this.sql = sql;
    this.#writeBatch = writeBatchSql(engine !== 'pglite');
  }

  async migrate(): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.script('CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at bigint)');
      const [row] = await tx.query<{ version: number }>(
        'SELECT COALESCE(max(version), 0)::int AS version FROM schema_migrations',
      );
      for (let version = (row?.version ?? 0) + 1; version <= MIGRATIONS.length; version++) {
        await tx.script(MIGRATIONS[version - 1] as string);
        await tx.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [version, Date.now()]);
      }
    });
  }

  async writeBatch(entries: readonly VisitorActivity[], batchId: string): Promise<number> {
    if (entries.length === 0) return 0;
    const column = (pick: (e: VisitorActivity) => string | number) => arrayLiteral(entries.map(pick));
    const [row] = await this.sql.query<{ visits: number }>(this.#writeBatch, [
      column((e) => e.site),
      column((e) => e.day),
      column((e) => e.visitor),
      column((e) => e.first),
      column((e) => e.last),
      column((e) => e.views),
      batchId,
    ]);
    return row?.visits ?? 0;
  }

  async counts(site: string, at: CountsQuery): Promise<SiteCounts | undefined> {
    const [row] = await this.sql.query<SiteCounts>(COUNTS, [site, at.today, at.yesterday, at.onlineSince, at.now]);
    return row;
  }

  async putSite(config: SiteConfig): Promise<SiteConfig> {
    const [row] = await this.sql.query<SiteRow>(
      `INSERT INTO sites (site, origins, start_total) VALUES ($1, $2::text::jsonb, $3)
       ON CONFLICT (site) DO UPDATE SET origins = EXCLUDED.origins, start_total = EXCLUDED.start_total
       RETURNING site, origins, start_total::float8 AS start_total`,
      [config.site, JSON.stringify(config.origins), config.startTotal],
    );
    return toSiteConfig(row as SiteRow);
  }

  async getSite(site: string): Promise<SiteConfig | undefined> {
    const [row] = await this.sql.query<SiteRow>(
      'SELECT site, origins, start_total::float8 AS start_total FROM sites WHERE site = $1',
      [site],
    );
    return row && toSiteConfig(row);
  }

  async listSites(): Promise<SiteConfig[]> {
    const rows = await this.sql.query<SiteRow>(
      'SELECT site, origins, start_total::float8 AS start_total FROM sites ORDER BY site',
    );
    return rows.map(toSiteConfig);
  }

  async takeSalt(day: string, candidate: string): Promise<string> {
    await this.sql.query('INSERT INTO salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING', [
      day,
      candidate,
    ]);
    const [row] = await this.sql.query<{ salt: string }>('SELECT salt FROM salts WHERE day = $1', [day]);
    return (row as { salt: string }).salt;
  }

  async destroySaltsBefore(day: string): Promise<void> {
    const gone = await this.sql.query('DELETE FROM salts WHERE day < $1 RETURNING day', [day]);
    // A DELETE only marks the row dead; rewriting the table removes the old salt's bytes from the data files.
    if (gone.length > 0) await this.sql.script('VACUUM FULL salts');
  }

  async forgetVisitors(before: number): Promise<number> {
    const gone = await this.sql.query('DELETE FROM visitors WHERE last_seen < $1 RETURNING 1', [before]);
    // PGlite runs no autovacuum: without this the space of every forgotten visitor and of every daily row's old
    // version stays taken, and the data folder grows with every visitor ever counted. A PostgreSQL server
    // vacuums by itself.
    if (this.engine === 'pglite') await this.sql.script('VACUUM visitors, daily');
    return gone.length;
  }

  async exportFigures(): Promise<StoreFigures> {
    // One snapshot for both tables: a service writing meanwhile cannot pair a site with half its days.
    return this.sql.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const sites = await tx.query<SiteRow>(
        'SELECT site, origins, start_total::float8 AS start_total FROM sites ORDER BY site',
      );
      const daily = await tx.query<DailyFigures>(
        'SELECT site, day, visits::float8 AS visits, pageviews::float8 AS pageviews FROM daily ORDER BY site, day',
      );
      return { sites: sites.map(toSiteConfig), daily };
    });
  }

  async importFigures(figures: StoreFigures): Promise<void> {
    await this.sql.transaction(async (tx) => {
      const [held] = await tx.query<{ sites: number }>('SELECT count(*)::int AS sites FROM sites');
      if ((held?.sites ?? 0) > 0) {
        throw new VisitsError(
          `the target store already holds ${held?.sites} site(s): figures are copied only into an empty store`,
        );
      }
      for (const site of figures.sites) {
        await tx.query('INSERT INTO sites (site, origins, start_total) VALUES ($1, $2::text::jsonb, $3)', [
          site.site,
          JSON.stringify(site.origins),
          site.startTotal,
        ]);
      }
      // In slices of IMPORT_SLICE days, so that no parameter comes near V8's longest string however large the store.
      for (let start = 0; start < figures.daily.length; start += IMPORT_SLICE) {
        const slice = figures.daily.slice(start, start + IMPORT_SLICE);
        const column = (pick: (d: DailyFigures) => string | number) => arrayLiteral(slice.map(pick));
        await tx.query(
          `INSERT INTO daily (site, day, visits, pageviews)
           SELECT * FROM unnest($1::text::text[], $2::text::text[], $3::text::bigint[], $4::text::bigint[])`,
          [column((d) => d.site), column((d) => d.day), column((d) => d.visits), column((d) => d.pageviews)],
        );
      }
    });
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}

function toSiteConfig(row: SiteRow): SiteConfig {
  const origins = typeof row.origins === 'string' ? (JSON.parse(row.origins) as string[]) : row.origins;
  return { site: row.site, origins, startTotal: Number(row.start_total) };
}
