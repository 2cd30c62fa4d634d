/** What one batch knows about one visitor of one site: their first and last page view in it, and how many. */
export interface VisitorActivity {
  site: string;
  /** Vietnam's calendar day of the first page view, `YYYY-MM-DD`. */
  day: string;
  /** The visitor's pseudonym for that day (see `visitorId`). */
  visitor: string;
  /** Epoch milliseconds of the first and last page view in the batch. */
  first: number;
  last: number;
  views: number;
}

/**
 * Page views gathered in memory between two writes: one entry per visitor, so that a batch is as large as the
 * number of visitors, not of hits. A pseudonym names its site too (the site is hashed into it), so it alone is
 * the key, as in the store. `drain()` hands the entries over and starts a new batch.
 */
export class HitBatch {
  #entries = new Map<string, VisitorActivity>();
  #hits = 0;

  /** Page views waiting to be written. */
  get size(): number {
    return this.#hits;
  }

  add(site: string, day: string, visitor: string, at: number): void {
    const entry = this.#entries.get(visitor);
    this.#hits += 1;
    if (!entry) {
      this.#entries.set(visitor, { site, day, visitor, first: at, last: at, views: 1 });
      return;
    }
    entry.first = Math.min(entry.first, at);
    entry.last = Math.max(entry.last, at);
    entry.views += 1;
  }

  /** Puts back entries whose write failed, so that the next write carries them. */
  restore(entries: readonly VisitorActivity[]): void {
    for (const e of entries) {
      const current = this.#entries.get(e.visitor);
      this.#hits += e.views;
      if (!current) this.#entries.set(e.visitor, { ...e });
      else {
        current.first = Math.min(current.first, e.first);
        current.last = Math.max(current.last, e.last);
        current.views += e.views;
      }
    }
  }

  drain(): VisitorActivity[] {
    const entries = [...this.#entries.values()];
    this.#entries = new Map();
    this.#hits = 0;
    return entries;
  }
}
