import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import { openPgliteStore } from '../store/pglite-store.js';
import { openPostgresStore } from '../store/postgres-store.js';
import type { VisitStore } from '../store/store.js';
import { buildApp } from './app.js';
import { Counter } from './counter.js';
import type { Metrics } from './metrics.js';

export interface StartServerOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Address to listen on; default `127.0.0.1`. */
  host?: string;
  /**
   * The store: an open `VisitStore`, or `{ postgres: url }`, or `{ dataDir }` for the embedded store
   * (`{}`: embedded, in memory). Default: embedded, in memory.
   */
  store?: VisitStore | { postgres: string } | { dataDir?: string };
  /** The admin API's bearer token; without one the admin API answers 503. */
  adminToken?: string;
  /** Proxies whose `X-Forwarded-For` is believed (addresses or CIDR ranges). */
  trustProxy?: string[];
  /** Hits one visitor may send per minute (default 60). */
  rateLimitPerMinute?: number;
  /** How often hits are written, ms (default and maximum 1000). */
  batchIntervalMs?: number;
  /** How often the site list is re-read from the store, ms (default 5000). */
  sitesRefreshMs?: number;
  /** How long requests for one site's figures share one read of the store, ms (default 1000; 0: every request reads). */
  statsCacheMs?: number;
  /** Epoch milliseconds now; tests pin it. */
  now?: () => number;
  /** New random salts; tests pin them. */
  newSalt?: () => string;
  /** Fastify's logger option (pino). Default: no logging. */
  logger?: FastifyServerOptions['logger'];
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT` */
  url: string;
  app: FastifyInstance;
  counter: Counter;
  /** Writes the hits waiting in memory now, instead of at the next batch interval. */
  flush(): Promise<void>;
  /** Stops taking requests, answers those in flight, writes every hit, closes the store it opened. */
  close(): Promise<void>;
}

/** Starts the counter service: `const { url, close } = await startServer({ port: 8787, adminToken })`. */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const batchIntervalMs = options.batchIntervalMs ?? 1000;
  if (!(batchIntervalMs > 0 && batchIntervalMs <= 1000)) {
    throw new RangeError(`batchIntervalMs: ${batchIntervalMs} is not between 1 and 1000 ms`);
  }
  if (options.statsCacheMs !== undefined && !(options.statsCacheMs >= 0 && options.statsCacheMs <= 60_000)) {
    throw new RangeError(`statsCacheMs: ${options.statsCacheMs} is not between 0 and 60000 ms`);
  }
  const given = options.store;
  const ownsStore = !(given && 'writeBatch' in given);
  const store: VisitStore =
    given && 'writeBatch' in given
      ? given
      : given && 'postgres' in given
        ? await openPostgresStore(given.postgres)
        : await openPgliteStore(given && 'dataDir' in given ? given.dataDir : undefined);
  let app: FastifyInstance | undefined;
  const counter = new Counter({
    store,
    batchIntervalMs,
    ...(options.sitesRefreshMs ? { sitesRefreshMs: options.sitesRefreshMs } : {}),
    ...(options.statsCacheMs !== undefined ? { statsCacheMs: options.statsCacheMs } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.newSalt ? { newSalt: options.newSalt } : {}),
    onWrite: (result) => {
      const metrics = (app as unknown as { vnpMetrics?: Metrics } | undefined)?.vnpMetrics;
      metrics?.writes.inc({ result: result.error ? 'error' : 'ok' });
      metrics?.writeSeconds.observe(result.ms / 1000);
      if (!result.error) metrics?.written.inc(result.hits);
      else app?.log.error({ err: result.error }, 'batch write failed; its hits wait for the next one');
    },
  });
  app = await buildApp({
    counter,
    adminToken: options.adminToken,
    trustProxy: options.trustProxy,
    rateLimitPerMinute: options.rateLimitPerMinute,
    logger: options.logger,
  });
  await counter.start();
  const address = await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
  let closing: Promise<void> | undefined;
  return {
    url: address.replace('[::1]', 'localhost'),
    app: app as FastifyInstance,
    counter,
    flush: () => counter.flush(),
    close: () => {
      closing ??= (async () => {
        await app?.close();
        await counter.stop();
        if (ownsStore) await store.close();
      })();
      return closing;
    },
  };
}
