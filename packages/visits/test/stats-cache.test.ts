import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/server/start-server.js';
import { openPgliteStore } from '../src/store/pglite-store.js';
import type { SqlStore } from '../src/store/sql-store.js';
import { ADMIN_TOKEN, addSite, hit, stats, visitor } from './client.js';

// Every page of a portal asks for its figures: requests for one site share one read of the store.
const clock = { now: Date.parse('2024-06-01T03:00:00Z') };
let store: SqlStore;
let reads = 0;
let server: RunningServer;
const CACHE_MS = 2500;

beforeAll(async () => {
  store = await openPgliteStore();
  const counts = store.counts.bind(store);
  store.counts = (...args) => {
    reads++;
    return counts(...args);
  };
  // A cache of 2.5 s, so that the test's own steps (a few ms apart) never outlast it on a busy machine.
  server = await startServer({
    store,
    adminToken: ADMIN_TOKEN,
    trustProxy: ['127.0.0.1'],
    now: () => clock.now,
    statsCacheMs: CACHE_MS,
  });
  await addSite(server.url, 'busy', 411_594);
});
afterAll(async () => {
  await server?.close();
  await store?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the stats endpoint under load', () => {
  it('answers 200 requests at once with one read of the store, all with the same figures', async () => {
    await sleep(CACHE_MS + 100); // nothing cached from adding the site
    const before = reads;
    const all = await Promise.all(Array.from({ length: 200 }, () => stats(server.url, 'busy')));
    expect(reads - before).toBe(1);
    expect(new Set(all.map((s) => JSON.stringify(s))).size).toBe(1);
    expect(all[0]).toMatchObject({ total: 411_594, online: 0 });
  });

  it("shows this instance's own write at once, and reads again once the cache is old or when the clock moves", async () => {
    expect((await stats(server.url, 'busy')).total).toBe(411_594);
    expect((await hit(server.url, 'busy', visitor(1))).status).toBe(204);
    await server.flush();
    expect(await stats(server.url, 'busy')).toMatchObject({ total: 411_595, online: 1 });

    // Written behind this instance's back (as another instance would): seen once the cache is old.
    await store.writeBatch(
      [{ site: 'busy', day: '2024-06-01', visitor: 'other', first: clock.now, last: clock.now, views: 1 }],
      'x',
    );
    expect((await stats(server.url, 'busy')).total).toBe(411_595);
    await sleep(CACHE_MS + 50);
    expect((await stats(server.url, 'busy')).total).toBe(411_596);

    // Six minutes later on the service's clock both visitors have left "online", with no wait in real time.
    expect((await stats(server.url, 'busy')).online).toBe(2);
    clock.now += 6 * 60_000;
    expect((await stats(server.url, 'busy')).online).toBe(0);
  });

  it('answers a site it does not know without asking the store', async () => {
    const before = reads;
    const response = await fetch(`${server.url}/api/sites/nope/stats`);
    expect(response.status).toBe(404);
    expect(reads).toBe(before);
  });

  it('reads a changed starting total at once', async () => {
    await addSite(server.url, 'busy', 500_000);
    expect((await stats(server.url, 'busy')).total).toBe(500_002);
  });
});

describe('startServer options', () => {
  it.each([
    [{ batchIntervalMs: 0 }, /batchIntervalMs: 0 is not between 1 and 1000 ms/],
    [{ batchIntervalMs: 5000 }, /batchIntervalMs: 5000 is not between 1 and 1000 ms/],
    [{ statsCacheMs: -1 }, /statsCacheMs: -1 is not between 0 and 60000 ms/],
    [{ statsCacheMs: Number.NaN }, /statsCacheMs: NaN is not between 0 and 60000 ms/],
  ])('refuses %o naming the option', async (options, message) => {
    await expect(startServer({ ...options, adminToken: ADMIN_TOKEN })).rejects.toThrow(message);
  });
});
