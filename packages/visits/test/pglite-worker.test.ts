import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { openPgliteStore } from '../src/store/pglite-store.js';
import type { VisitStore } from '../src/store/store.js';

// A batch of new visitors, as one busy second brings them.
const batch = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({
    site: 'a',
    day: '2026-12-02',
    visitor: `${tag}-${i}`,
    first: 1_000 + i,
    last: 1_000 + i,
    views: 1,
  }));

/** The longest the event loop went without running a timer while one batch was written, and the write's ms. */
async function stallDuringWrite(store: VisitStore, tag: string): Promise<{ stall: number; write: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 2);
  const started = performance.now();
  await store.writeBatch(batch(20_000, tag), tag);
  const write = performance.now() - started;
  clearInterval(timer);
  stall = Math.max(stall, performance.now() - last);
  return { stall, write };
}

describe('the embedded store in its worker thread', () => {
  it('leaves the event loop free while a batch is written', async () => {
    const store = await openPgliteStore();
    try {
      await store.writeBatch(batch(100, 'warm'), 'warm');
      const { stall, write } = await stallDuringWrite(store, 'b1');
      // On the calling thread the WebAssembly runs the whole statement in one go: the stall is the write.
      expect(stall, `stalled ${stall.toFixed(0)} ms during a ${write.toFixed(0)} ms write`).toBeLessThan(write / 2);
      const counts = await store.counts('a', { today: '2026-12-02', yesterday: '2026-12-01', onlineSince: 0, now: 1 });
      expect(counts).toBeUndefined(); // no such site yet: the visitors are there, the site is not
      await store.putSite({ site: 'a', origins: ['https://a.gov.vn'], startTotal: 0 });
      const after = await store.counts('a', { today: '2026-12-02', yesterday: '2026-12-01', onlineSince: 0, now: 9e9 });
      expect(after).toMatchObject({ visits: 20_100, pageviews: 20_100, today: 20_100 });
    } finally {
      await store.close();
    }
  });

  it('answers a database error as an error naming the constraint, and keeps working', async () => {
    const store = await openPgliteStore();
    try {
      await expect(store.putSite({ site: 'a', origins: [], startTotal: -1 })).rejects.toThrow(/start_total/);
      await expect(store.putSite({ site: 'a', origins: [], startTotal: 1 })).resolves.toMatchObject({ startTotal: 1 });
    } finally {
      await store.close();
    }
  });

  it('refuses requests after close with a clear error', async () => {
    const store = await openPgliteStore();
    await store.close();
    await expect(store.listSites()).rejects.toThrow(/PGlite worker/);
  });

  it('still takes an open PGlite on the calling thread', async () => {
    const db = await PGlite.create();
    const store = await openPgliteStore(db);
    await store.putSite({ site: 'b', origins: [], startTotal: 7 });
    expect((await db.query<{ site: string }>('SELECT site FROM sites')).rows).toEqual([{ site: 'b' }]);
    await store.close();
  });
});
