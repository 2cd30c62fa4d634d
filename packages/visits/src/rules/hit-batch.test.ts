import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HitBatch } from './hit-batch.js';

describe('HitBatch', () => {
  it('keeps one entry per visitor with every page view, and hands all over once (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          // A pseudonym names its site (the site is hashed into it): the same person on two sites is two visitors.
          fc
            .record({ site: fc.constantFrom('a', 'b'), person: fc.constantFrom('v1', 'v2', 'v3'), at: fc.nat() })
            .map(({ site, person, at }) => ({ site, visitor: `${site}-${person}`, at })),
        ),
        (hits) => {
          const batch = new HitBatch();
          for (const h of hits) batch.add(h.site, '2024-06-01', h.visitor, h.at);
          expect(batch.size).toBe(hits.length);
          const entries = batch.drain();
          expect(entries.reduce((sum, e) => sum + e.views, 0)).toBe(hits.length);
          expect(new Set(entries.map((e) => `${e.site}/${e.visitor}`)).size).toBe(entries.length);
          for (const e of entries) {
            const mine = hits.filter((h) => h.site === e.site && h.visitor === e.visitor).map((h) => h.at);
            expect([e.first, e.last]).toEqual([Math.min(...mine), Math.max(...mine)]);
          }
          expect(batch.drain()).toEqual([]);
          expect(batch.size).toBe(0);
        },
      ),
    );
  });

  it('takes back a failed write without losing or doubling a page view', () => {
    const batch = new HitBatch();
    batch.add('a', '2024-06-01', 'v1', 10);
    const failed = batch.drain();
    batch.add('a', '2024-06-01', 'v1', 20);
    batch.restore(failed);
    expect(batch.drain()).toEqual([{ site: 'a', day: '2024-06-01', visitor: 'v1', first: 10, last: 20, views: 2 }]);
  });
});
