import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import autocannon from 'autocannon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, type StartServerOptions, startServer } from '../src/index.js';
import { ADMIN_TOKEN, addSite, adminSites, CHROME, hit, ORIGIN, pageviews, putSite, stats, visitor } from './client.js';
import { findPostgresBin, HOW_TO, type Postgres, REQUIRED, startPostgres } from './postgres.js';

const pgBin = findPostgresBin();
if (!pgBin) {
  if (REQUIRED) {
    it('runs the PostgreSQL tests (VNP_REQUIRE_POSTGRES=1)', () => {
      throw new Error(`VNP_REQUIRE_POSTGRES=1 but ${HOW_TO}`);
    });
  } else console.log(HOW_TO);
}

// What the privacy test looks for in every file the service wrote: this client's address and browser.
const SECRET_IP = '203.0.113.197';
const SECRET_UA = 'Mozilla/5.0 (X11; Linux x86_64) VnpPrivacyProbe/7.3.1 Safari/537.36';

interface StoreUnderTest {
  name: string;
  available: boolean;
  /** Store options for startServer, and the folders whose files the privacy test reads. */
  open(): Promise<{ store: StartServerOptions['store']; dirs: string[]; cleanup(): void }>;
}

let pg: Postgres | undefined;
const stores: StoreUnderTest[] = [
  {
    name: 'the embedded store (PGlite)',
    available: true,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'vnp-visits-'));
      return { store: { dataDir: dir }, dirs: [dir], cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgreSQL',
    available: pgBin !== undefined,
    async open() {
      pg ??= await startPostgres(pgBin as string);
      return { store: { postgres: pg.url }, dirs: [pg.dataDir], cleanup: () => {} };
    },
  },
];
afterAll(() => pg?.stop());

function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path, { throwIfNoEntry: false })?.isFile());
}

describe.each(stores)('the service on $name', (under) => {
  let server: RunningServer;
  let url: string;
  let opened: Awaited<ReturnType<StoreUnderTest['open']>>;
  const log = logSink();

  beforeAll(async () => {
    if (!under.available) return;
    opened = await under.open();
    server = await startServer({
      store: opened.store,
      adminToken: ADMIN_TOKEN,
      trustProxy: ['127.0.0.1'],
      logger: { level: 'debug', stream: log.stream },
    });
    url = server.url;
  });
  afterAll(async () => {
    await server?.close();
    opened?.cleanup();
  });

  describe.skipIf(!under.available)('', () => {
    it('takes a page view from sendBeacon (text/plain) and from fetch (application/json), and the pixel', async () => {
      await addSite(url, 'contract', 411594);
      expect((await hit(url, 'contract', visitor(1))).status).toBe(204);
      const json = await hit(url, 'contract', visitor(2), { contentType: 'application/json' });
      expect(json.status).toBe(204);
      expect(json.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      const pixel = await fetch(`${url}/api/hit.gif?site=contract&path=%2Ftin-tuc%2F`, {
        headers: { referer: `${ORIGIN}/tin-tuc/`, 'user-agent': CHROME, 'x-forwarded-for': '198.51.100.3' },
      });
      expect(pixel.status).toBe(200);
      expect(pixel.headers.get('content-type')).toBe('image/gif');
      const gif = Buffer.from(await pixel.arrayBuffer());
      expect(gif.subarray(0, 6).toString()).toBe('GIF89a');
      expect([gif.readUInt16LE(6), gif.readUInt16LE(8)]).toEqual([1, 1]);
      await server.flush();
      const response = await fetch(`${url}/api/sites/contract/stats`);
      expect(response.headers.get('cache-control')).toBe('public, max-age=5');
      expect(response.headers.get('access-control-allow-origin')).toBe('*');
      const body = await response.json();
      expect(Object.keys(body).sort()).toEqual(['asOf', 'online', 'today', 'total', 'yesterday']);
      expect(body).toMatchObject({ total: 411597, online: 3, today: 3, yesterday: 0 });
      expect(body.asOf).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    });

    it('draws the counter as an SVG with Vietnamese digit grouping', async () => {
      const response = await fetch(`${url}/api/sites/contract/stats.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      const svg = await response.text();
      expect(svg).toContain('Thống kê truy cập');
      expect(svg).toContain('>411.597<');
    });

    it('answers a CORS preflight only for an origin some site allows, and never for the admin API', async () => {
      const preflight = (origin: string, path = '/api/hit') =>
        fetch(`${url}${path}`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type',
          },
        });
      const allowed = await preflight(ORIGIN);
      expect(allowed.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(allowed.headers.get('access-control-allow-headers')).toBe('Content-Type');
      expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
      const admin = await preflight(ORIGIN, '/api/admin/sites/contract');
      expect(admin.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers every kind of bad input with a clear 4xx, counts none of it, and stays up', async () => {
      await addSite(url, 'bad', 0);
      const who = visitor(10);
      const cases: [string, Promise<Response>, number, RegExp][] = [
        [
          'oversized body',
          hit(url, 'bad', who, { body: JSON.stringify({ site: 'bad', path: `/${'a'.repeat(2000)}` }) }),
          413,
          /body/i,
        ],
        [
          'wrong content type',
          hit(url, 'bad', who, { contentType: 'application/x-www-form-urlencoded' }),
          415,
          /content-type/i,
        ],
        ['malformed JSON', hit(url, 'bad', who, { body: '{"site":"bad",' }), 400, /JSON/i],
        [
          'unknown field',
          hit(url, 'bad', who, { body: '{"site":"bad","path":"/","ip":"1.2.3.4"}' }),
          400,
          /additional/i,
        ],
        ['path not starting with /', hit(url, 'bad', who, { body: '{"site":"bad","path":"x"}' }), 400, /path/],
        ['unknown site', hit(url, 'nope', who), 404, /site: "nope" is not a site/],
        [
          'forged Origin',
          hit(url, 'bad', who, { origin: 'https://evil.example' }),
          403,
          /"https:\/\/evil.example" is not allowed/,
        ],
        ['missing Origin', hit(url, 'bad', who, { origin: null }), 403, /Origin: missing/],
        ['missing admin token', fetch(`${url}/api/admin/sites`), 401, /Authorization: missing/],
        ['wrong admin token', putSite(url, 'bad', { origins: [ORIGIN] }, 'x'.repeat(40)), 401, /not the admin token/],
        ['origin with a path', putSite(url, 'bad', { origins: [`${ORIGIN}/tin-tuc`] }), 400, /origins/],
        ['negative start total', putSite(url, 'bad', { origins: [ORIGIN], startTotal: -5 }), 400, /startTotal/],
        ['unknown stats site', fetch(`${url}/api/sites/nope/stats`), 404, /site: "nope"/],
      ];
      for (const [what, pending, status, message] of cases) {
        const response = await pending;
        expect(response.status, what).toBe(status);
        expect((await response.json()).message, what).toMatch(message);
      }
      const huge = await fetch(`${url}/api/hit`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ORIGIN, 'x-padding': 'p'.repeat(16 * 1024) },
        body: '{"site":"bad","path":"/"}',
      });
      expect(huge.status).toBe(431);
      expect((await hit(url, 'bad', who)).status).toBe(204);
      await server.flush();
      expect(await stats(url, 'bad')).toMatchObject({ total: 1, today: 1 });
      expect(await pageviews(url, 'bad')).toBe(1);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    });

    it('takes 60 hits a minute from one visitor, refuses the rest of a thousand in a second, and loses none', async () => {
      await addSite(url, 'flood', 0);
      const who = visitor(20);
      const result = await autocannon({
        url: `${url}/api/hit`,
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: ORIGIN, 'user-agent': who.ua, 'x-forwarded-for': who.ip },
        body: JSON.stringify({ site: 'flood', path: '/' }),
        connections: 10,
        amount: 1000,
        overallRate: 1000,
      });
      expect(result.errors).toBe(0);
      expect(result['2xx']).toBe(60);
      expect(result.statusCodeStats?.['429']?.count).toBe(940);
      // The 61st+ hit: a message a person can act on, when to retry, and the CORS header the page needs to read it.
      const refused = await hit(url, 'flood', who);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.headers.get('access-control-expose-headers')).toBe('Retry-After');
      expect((await refused.json()).message).toMatch(/^more than 60 hits a minute from one visitor; try again in /);
      await server.flush();
      expect(await pageviews(url, 'flood')).toBe(60); // the refused one is not counted
      expect((await hit(url, 'flood', visitor(21))).status).toBe(204); // another visitor is not held back
      await server.flush();
      expect(await pageviews(url, 'flood')).toBe(61);
      expect(await stats(url, 'flood')).toMatchObject({ total: 2, online: 2 });
    });

    it("keeps neither the client's address nor its user agent in the database files or the log", async () => {
      await addSite(url, 'privacy', 0);
      const who = { ip: SECRET_IP, ua: SECRET_UA };
      expect((await hit(url, 'privacy', who)).status).toBe(204);
      expect((await hit(url, 'privacy', who, { origin: 'https://evil.example' })).status).toBe(403);
      expect((await hit(url, 'privacy', who, { body: '{bad' })).status).toBe(400);
      await server.flush();
      expect((await stats(url, 'privacy')).total).toBe(1);
      await server.close();
      const files = opened.dirs.flatMap(filesUnder);
      expect(files.length).toBeGreaterThan(10);
      const hex = (s: string) => Buffer.from(s).toString('hex');
      for (const file of files) {
        const bytes = readFileSync(file);
        expect(bytes.includes(SECRET_IP), file).toBe(false);
        expect(bytes.includes(SECRET_UA), file).toBe(false);
        expect(bytes.includes(hex(SECRET_IP)), file).toBe(false);
      }
      const logText = log.lines.join('');
      expect(logText.length).toBeGreaterThan(0);
      expect(logText).not.toContain(SECRET_IP);
      expect(logText).not.toContain('VnpPrivacyProbe');
    });
  });
});

describe('the client address', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ adminToken: ADMIN_TOKEN });
    await addSite(server.url, 'proxy', 0);
  });
  afterAll(() => server?.close());

  it('comes from the socket, and X-Forwarded-For is ignored, when no trusted proxy is configured', async () => {
    expect((await hit(server.url, 'proxy', { ip: '198.51.100.1', ua: CHROME })).status).toBe(204);
    expect((await hit(server.url, 'proxy', { ip: '198.51.100.2', ua: CHROME })).status).toBe(204);
    await server.flush();
    expect(await stats(server.url, 'proxy')).toMatchObject({ total: 1, online: 1 });
  });
});

describe.skipIf(!pgBin)('several instances on one PostgreSQL database', () => {
  const servers: RunningServer[] = [];
  beforeAll(async () => {
    pg ??= await startPostgres(pgBin as string);
    for (let i = 0; i < 3; i++) {
      servers.push(
        await startServer({
          store: { postgres: pg.url },
          adminToken: ADMIN_TOKEN,
          trustProxy: ['127.0.0.1'],
          sitesRefreshMs: 200,
        }),
      );
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.close();
  });

  it('agree on every figure under concurrent hits, and match what one instance counts', async () => {
    const [a, b, single] = servers as [RunningServer, RunningServer, RunningServer];
    await addSite(a.url, 'shared', 1000);
    await addSite(single.url, 'alone', 1000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // b re-reads the site list written through a
    const visitors = Array.from({ length: 40 }, (_, i) => visitor(100 + i));
    // Every visitor views 6 pages, alternating between the two instances, all at once.
    const load = (site: string, urls: string[]) =>
      Promise.all(
        visitors.flatMap((who) =>
          Array.from({ length: 6 }, (_, k) => hit(urls[k % urls.length] as string, site, who).then((r) => r.status)),
        ),
      );
    const [shared, alone] = await Promise.all([load('shared', [a.url, b.url]), load('alone', [single.url])]);
    expect(shared.every((s) => s === 204)).toBe(true);
    expect(alone.every((s) => s === 204)).toBe(true);
    await Promise.all(servers.map((s) => s.flush()));
    const [fromA, fromB, fromSingle] = await Promise.all([
      stats(a.url, 'shared'),
      stats(b.url, 'shared'),
      stats(single.url, 'alone'),
    ]);
    const figures = ({ total, online, today, yesterday }: typeof fromA) => ({ total, online, today, yesterday });
    expect(figures(fromA)).toEqual({ total: 1040, online: 40, today: 40, yesterday: 0 });
    expect(figures(fromB)).toEqual(figures(fromA));
    expect(figures(fromSingle)).toEqual(figures(fromA));
    expect(await pageviews(b.url, 'shared')).toBe(240);
    expect((await adminSites(a.url)).map((s) => s.site)).toEqual(expect.arrayContaining(['alone', 'shared']));
  });
});
