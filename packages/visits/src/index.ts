// Everything the browser-safe subpath has (the SiteStats model), plus the service, its stores and its rules.

export { HitBatch, type VisitorActivity } from './rules/hit-batch.js';
export { SaltKeeper, type SaltKeeperOptions, type SaltStore } from './rules/salt-keeper.js';
export { visitorId } from './rules/visitor-id.js';
export { ONLINE_WINDOW_MS, startsVisit, VISIT_WINDOW_MS } from './rules/windows.js';
export { type AppOptions, buildApp, LIMITS } from './server/app.js';
export { ENV, readConfig, type ServeConfig } from './server/config.js';
export { Counter, type CounterOptions, type CounterStats, type HitOutcome } from './server/counter.js';
export { type RunningServer, type StartServerOptions, startServer } from './server/start-server.js';
export { statsSvg } from './server/stats-svg.js';
export * from './stats.js';
export { openPgliteStore } from './store/pglite-store.js';
export { openPostgresStore } from './store/postgres-store.js';
export { type SqlRunner, SqlStore } from './store/sql-store.js';
export type { CountsQuery, SiteConfig, SiteCounts, VisitStore } from './store/store.js';
