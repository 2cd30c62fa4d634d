import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HitBatch } from '../src/rules/hit-batch.js';
import { MIGRATIONS } from '../src/store/migrations.js';
import { openPgliteStore } from '../src/store/pglite-store.js';
import { arrayLiteral } from '../src/store/sql-store.js';
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

describe('the embedded store over time', () => {
  it('reuses the space of forgotten visitors: the data stays the size of one visit window', async () => {
    const db = await PGlite.create();
    const store = await openPgliteStore(db);
    const size = async () => {
      const [row] = (
        await db.query<{ bytes: number }>(
          "SELECT (pg_total_relation_size('visitors') + pg_total_relation_size('daily'))::float8 AS bytes",
        )
      ).rows;
      return (row as { bytes: number }).bytes;
    };
    try {
      // Ten "half hours", each of 5,000 new visitors seen twice (two batches), then forgotten.
      const sizes: number[] = [];
      for (let round = 0; round < 10; round++) {
        for (const pass of ['a', 'b']) await store.writeBatch(batch(5_000, `r${round}`), `r${round}${pass}`);
        expect(await store.forgetVisitors(Number.MAX_SAFE_INTEGER)).toBe(5_000);
        sizes.push(await size());
      }
      // Without a vacuum each round adds its 10,000 row versions for good (about 1.5 MB of heap and index here).
      expect(sizes.at(-1), `sizes after each round: ${sizes.join(', ')}`).toBeLessThanOrEqual(
        (sizes[1] as number) * 1.1,
      );
    } finally {
      await store.close();
    }
  });
});

describe('the schema', () => {
  it('upgrades a database of the first release without losing a visitor or a count', async () => {
    const db = await PGlite.create();
    await db.exec(MIGRATIONS[0] as string);
    await db.exec(`CREATE TABLE schema_migrations (version int PRIMARY KEY, applied_at bigint);
      INSERT INTO schema_migrations VALUES (1, 0);
      INSERT INTO sites VALUES ('a', '["https://a.gov.vn"]', 10);
      INSERT INTO daily VALUES ('a', '2026-12-02', 1, 1);
      INSERT INTO visitors VALUES ('a', 'old-visitor', 1000, 1000, 'b0');`);
    const store = await openPgliteStore(db);
    try {
      // The visitor seen at 1,000 comes back within 30 minutes: a page view, no new visit.
      expect(
        await store.writeBatch(
          [{ site: 'a', day: '2026-12-02', visitor: 'old-visitor', first: 2_000, last: 2_000, views: 1 }],
          'b1',
        ),
      ).toBe(0);
      const counts = await store.counts('a', {
        today: '2026-12-02',
        yesterday: '2026-12-01',
        onlineSince: 0,
        now: 3_000,
      });
      expect(counts).toMatchObject({ startTotal: 10, visits: 1, pageviews: 2, online: 1 });
      const [{ version }] = (
        await db.query<{ version: number }>('SELECT max(version) AS version FROM schema_migrations')
      ).rows as [{ version: number }];
      expect(version).toBe(MIGRATIONS.length);
    } finally {
      await store.close();
    }
  });
});

describe('arrayLiteral, the form a batch reaches the database in', () => {
  it('reads back as the same strings and numbers in PostgreSQL, quotes and backslashes and "null" included (property)', async () => {
    const db = await PGlite.create();
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.constantFrom('null', 'NULL', '', ' a ', '{x}', 'a,b', '"', '\\'),
              fc.string({ unit: 'grapheme' }).map((t) => t.replaceAll('\0', '')),
            ),
            { maxLength: 20 },
          ),
          fc.array(fc.maxSafeNat(), { maxLength: 20 }),
          async (texts, numbers) => {
            const { rows } = await db.query<{ t: string[]; n: string[] }>(
              'SELECT $1::text::text[] AS t, $2::text::bigint[]::text[] AS n',
              [arrayLiteral(texts), arrayLiteral(numbers)],
            );
            expect(rows[0]).toEqual({ t: texts, n: numbers.map(String) });
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      await db.close();
    }
  });
});

describe('a batch and the store agree on what a visitor is', () => {
  it('writes any batch HitBatch hands over, a pseudonym met on two sites included, and loses no page view (property)', async () => {
    const db = await PGlite.create();
    const store = await openPgliteStore(db);
    let written = 0;
    try {
      await store.putSite({ site: 'a', origins: ['https://a.gov.vn'], startTotal: 0 });
      await store.putSite({ site: 'b', origins: ['https://b.gov.vn'], startTotal: 0 });
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({ site: fc.constantFrom('a', 'b'), visitor: fc.constantFrom('v1', 'v2', 'v3'), at: fc.nat(1e6) }),
            { maxLength: 30 },
          ),
          async (hits) => {
            const batch = new HitBatch();
            for (const h of hits) batch.add(h.site, '2026-12-02', h.visitor, h.at);
            // Two sites' visitors never share a pseudonym (the site is hashed in); if they did, the write must still go
            // through: "ON CONFLICT DO UPDATE cannot affect row a second time" would refuse it for ever.
            await store.writeBatch(batch.drain(), `b${written}`);
            written += hits.length;
            const counts = async (site: string) =>
              (await store.counts(site, { today: '2026-12-02', yesterday: '2026-12-01', onlineSince: 0, now: 9e9 }))
                ?.pageviews ?? 0;
            expect((await counts('a')) + (await counts('b'))).toBe(written);
          },
        ),
        { numRuns: 40 },
      );
    } finally {
      await store.close();
    }
  });
});

describe('the visitors across a restart', () => {
  it('keeps a visitor mid-visit across a clean stop of the embedded store (its table is unlogged, not forgotten)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vnp-restart-'));
    try {
      const first = await openPgliteStore(dir);
      await first.putSite({ site: 'a', origins: ['https://a.gov.vn'], startTotal: 0 });
      expect(
        await first.writeBatch(
          [{ site: 'a', day: '2026-12-02', visitor: 'v', first: 1_000, last: 1_000, views: 1 }],
          'b1',
        ),
      ).toBe(1);
      await first.close();
      const second = await openPgliteStore(dir);
      try {
        // Ten minutes later: the same visit, no new one.
        expect(
          await second.writeBatch(
            [{ site: 'a', day: '2026-12-02', visitor: 'v', first: 601_000, last: 601_000, views: 1 }],
            'b2',
          ),
        ).toBe(0);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
