import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningServer, startServer } from '@vnportal/visits';
import type { BrowserCommand } from 'vitest/node';

/**
 * The real counter service (@vnportal/visits, embedded PGlite store on disk) for the element's Chromium tests,
 * driven from the browser through Vitest commands: started, stopped and started again on the same port and data.
 */
const ADMIN_TOKEN = `widgets-test-${process.pid}`;
let running: RunningServer | undefined;
let port = 0;
let dataDir: string | undefined;

async function admin(path: string, init: RequestInit = {}): Promise<unknown> {
  if (!running) throw new Error('the counter service is not running: call startVisits() first');
  const response = await fetch(`${running.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

/** Starts the service (again on the same port and data after a stop) and returns its URL. */
const startVisits: BrowserCommand<[]> = async () => {
  dataDir ??= mkdtempSync(join(tmpdir(), 'vnp-widgets-visits-'));
  // A high rate limit: every test in the file reports from the same browser, i.e. the same visitor.
  running ??= await startServer({ port, store: { dataDir }, adminToken: ADMIN_TOKEN, rateLimitPerMinute: 10_000 });
  port = Number(new URL(running.url).port);
  return running.url;
};

/** Stops the service, writing every hit it acknowledged (SIGTERM's path). */
const stopVisits: BrowserCommand<[]> = async () => {
  await running?.close();
  running = undefined;
};

/** Registers `site` with the page's origin as its one allowed origin and `startTotal` as its imported figure. */
const addVisitsSite: BrowserCommand<[site: string, origin: string, startTotal: number]> = async (
  _context,
  site,
  origin,
  startTotal,
) => admin(`/api/admin/sites/${site}`, { method: 'PUT', body: JSON.stringify({ origins: [origin], startTotal }) });

/** Page views and visits the service has written for `site` (after flushing what it holds in memory). */
const visitsOf: BrowserCommand<[site: string]> = async (_context, site) => {
  await running?.flush();
  const sites = (await admin('/api/admin/sites')) as { site: string; visits: number; pageviews: number }[];
  const found = sites.find((s) => s.site === site);
  return found ? { visits: found.visits, pageviews: found.pageviews } : undefined;
};

/** The end of a test file: the service stopped and its data folder removed. */
const closeVisits: BrowserCommand<[]> = async () => {
  await running?.close();
  running = undefined;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
  port = 0;
};

/**
 * A desktop Chrome's user agent for the test page: the service, like every counter, does not count
 * "HeadlessChrome" (isbot), so without it no test visit would count.
 */
const useDesktopUserAgent: BrowserCommand<[]> = async (context) => {
  const cdp = await context.page.context().newCDPSession(context.page);
  const userAgent = (await context.page.evaluate(() => navigator.userAgent)).replace('HeadlessChrome', 'Chrome');
  await cdp.send('Network.setUserAgentOverride', { userAgent });
};

export const visitsCommands = {
  useDesktopUserAgent,
  startVisits,
  stopVisits,
  addVisitsSite,
  visitsOf,
  closeVisits,
};
