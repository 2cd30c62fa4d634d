// The demo as `npm start` runs it, shared with the e2e tests: the built page (Vite's preview server), the
// counter service beside it (@vnportal/visits, embedded PGlite store in a data folder), and a same-origin
// proxy from the page's /api/ to the service, so the page's <vnp-visit-stats endpoint="/"> needs no CORS
// and no port of the service's. Plain JavaScript: scripts/start.mjs runs it with Node, no TypeScript step.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@vnportal/visits';
import { preview } from 'vite';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
/** @param {string} name */
const content = (name) => JSON.parse(readFileSync(join(demoRoot, 'content', name), 'utf8'));
/** @param {string} name one of the repository's seed fixtures (fixtures/seed/), which every package's tests read */
const seed = (name) => JSON.parse(readFileSync(join(demoRoot, '..', '..', 'fixtures', 'seed', name), 'utf8'));

/** The site name the page's box reports under (content/counter.json, also read when the page is built). */
export const DEMO_SITE = content('counter.json').site;
/** The seed's "Số lượt truy cập", imported as the site's starting total the first time the service runs. */
export const START_TOTAL = seed('site-stats.json').total;
/** Where `npm start` keeps the counter's data between runs (git-ignored). */
export const DEFAULT_DATA_DIR = join(demoRoot, '.data');

/**
 * `preferred` if nothing listens there on 127.0.0.1, else a free port: checked before the store opens, so a
 * taken port never leaves an open database behind.
 * @param {number} preferred
 * @returns {Promise<number>}
 */
function freePort(preferred) {
  /** @param {number} port @returns {Promise<number>} */
  const tryPort = (port) =>
    new Promise((resolve, reject) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : port));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

/**
 * @typedef {object} ServeDemoOptions
 * @property {number} [port] the page's port; default the demo's Vite config (PORT, or 4173), the next free one if taken; 0 picks any
 * @property {number} [visitsPort] the counter's port; default 8787, or a free one if taken; 0 picks any
 * @property {string} [dataDir] the folder for the counter's store (`visits/`) and its admin token (`admin-token`)
 * @property {import('vite').PluginOption[]} [plugins] more Vite plugins for the preview server (the builder folder)
 * @property {import('vite').LogLevel} [logLevel]
 */

/**
 * @typedef {object} RunningDemo
 * @property {string} url the page, e.g. `http://127.0.0.1:4173/`
 * @property {string} visitsUrl the counter service, e.g. `http://127.0.0.1:8787`
 * @property {string} adminToken the service's admin token, new at every start
 * @property {string} dataDir
 * @property {() => Promise<void>} stopVisits stops the counter (every hit it acknowledged written), the page stays up
 * @property {() => Promise<void>} startVisits starts it again on the same port and data
 * @property {() => Promise<void>} close stops the page's server, then the counter (flushing it)
 */

/**
 * Serves the built demo with the counter service beside it and registers the demo site at the service: the
 * seed's starting total the first time, and the page's own origins (127.0.0.1 and localhost, on the port
 * actually served) every time.
 * @param {ServeDemoOptions} [options]
 * @returns {Promise<RunningDemo>}
 */
export async function serveDemo(options = {}) {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  mkdirSync(join(dataDir, 'visits'), { recursive: true });
  // A new random admin token at every start, never a default; the file lets an operator use the admin API.
  const adminToken = randomBytes(32).toString('base64url');
  writeFileSync(join(dataDir, 'admin-token'), `${adminToken}\n`, { mode: 0o600 });

  const visitsPort = options.visitsPort === 0 ? 0 : await freePort(options.visitsPort ?? 8787);
  /** @type {import('@vnportal/visits').RunningServer | undefined} */
  let visits;
  let port = visitsPort;
  const startVisits = async () => {
    visits ??= await startServer({ port, store: { dataDir: join(dataDir, 'visits') }, adminToken });
    port = Number(new URL(visits.url).port);
  };
  const stopVisits = async () => {
    const running = visits;
    visits = undefined;
    await running?.close();
  };
  await startVisits();
  const visitsUrl = `http://127.0.0.1:${port}`;

  /** @type {import('vite').PreviewServer | undefined} */
  let page;
  const signalListeners = new Set(process.listeners('SIGTERM'));
  const stdinListeners = new Set(process.stdin.listeners('end'));
  try {
    page = await preview({
      root: demoRoot,
      plugins: options.plugins ?? [],
      ...(options.logLevel ? { logLevel: options.logLevel } : {}),
      preview: {
        ...(options.port !== undefined ? { port: options.port } : {}),
        strictPort: false,
        // Hits and figures go through the page's own origin: no CORS, and the page never needs the counter's port.
        proxy: { '/api/': { target: visitsUrl } },
      },
    });
    // Vite's preview server exits the process on SIGTERM (or when stdin ends) as soon as it has closed itself,
    // before the counter has written its hits: what a signal does is the caller's (scripts/start.mjs) to decide.
    for (const listener of process.listeners('SIGTERM')) {
      if (!signalListeners.has(listener)) process.off('SIGTERM', listener);
    }
    for (const listener of process.stdin.listeners('end')) {
      if (!stdinListeners.has(listener)) process.stdin.off('end', /** @type {() => void} */ (listener));
    }
    const url = page.resolvedUrls?.local[0] ?? '';
    const served = new URL(url);
    const origins = [`http://127.0.0.1:${served.port}`, `http://localhost:${served.port}`];
    await registerSite(visitsUrl, adminToken, origins);
    return {
      url,
      visitsUrl,
      adminToken,
      dataDir,
      startVisits,
      stopVisits,
      close: async () => {
        await page?.close();
        await stopVisits();
      },
    };
  } catch (error) {
    await page?.close();
    await stopVisits();
    throw error;
  }
}

/**
 * Adds the demo site (with the seed's starting total) or, when the data folder already has it, only sets its
 * origins, so the visits counted in earlier runs stay.
 * @param {string} visitsUrl
 * @param {string} token
 * @param {string[]} origins
 */
async function registerSite(visitsUrl, token, origins) {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const listed = await fetch(`${visitsUrl}/api/admin/sites`, { headers });
  if (!listed.ok) throw new Error(`GET /api/admin/sites: HTTP ${listed.status} ${await listed.text()}`);
  const known = /** @type {{ site: string }[]} */ (await listed.json()).some((s) => s.site === DEMO_SITE);
  const body = known ? { origins } : { origins, startTotal: START_TOTAL };
  const put = await fetch(`${visitsUrl}/api/admin/sites/${DEMO_SITE}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify(body),
  });
  if (!put.ok) throw new Error(`PUT /api/admin/sites/${DEMO_SITE}: HTTP ${put.status} ${await put.text()}`);
}
