/** What a `RateLimiter` counts against. */
export interface RateLimitOptions {
  /** Requests one key may make per window. */
  max: number;
  /** The window, ms, from a key's first request in it. */
  windowMs: number;
  /** Epoch milliseconds now (injected so tests pin the clock). */
  now: () => number;
  /** Keys held at most; past it the oldest window is forgotten first. */
  capacity?: number;
}

/**
 * A fixed window per key, in memory, answered synchronously (one Map lookup per request). Windows are kept in
 * the order they started, so expired ones are dropped from the front, and memory stays under `capacity` keys.
 */
export class RateLimiter {
  readonly max: number;
  readonly windowMs: number;
  readonly capacity: number;
  readonly #now: () => number;
  // Map order is insertion order: a window that starts again is deleted and set anew, so the first entry is
  // always the oldest window.
  readonly #windows = new Map<string, { start: number; count: number }>();
  #nextSweep = 0;

  constructor(options: RateLimitOptions) {
    for (const field of ['max', 'windowMs', 'capacity'] as const) {
      const value = options[field];
      if (value !== undefined && !(Number.isInteger(value) && value > 0)) {
        throw new RangeError(`${field}: ${value} is not a whole number above 0`);
      }
    }
    this.max = options.max;
    this.windowMs = options.windowMs;
    this.capacity = options.capacity ?? 100_000;
    this.#now = options.now;
  }

  /** Keys with a window open. */
  get size(): number {
    return this.#windows.size;
  }

  /** Counts one request of `key`: 0 when it is allowed, else the ms until its window ends. */
  take(key: string): number {
    const now = this.#now();
    if (now >= this.#nextSweep) this.#sweep(now);
    const window = this.#windows.get(key);
    if (window === undefined || now - window.start >= this.windowMs) {
      if (window !== undefined) this.#windows.delete(key);
      this.#windows.set(key, { start: now, count: 1 });
      if (this.#windows.size > this.capacity) this.#windows.delete(this.#windows.keys().next().value as string);
      return 0;
    }
    window.count += 1;
    return window.count > this.max ? window.start + this.windowMs - now : 0;
  }

  // At most once a second: forgets the windows that have ended (all at the front of the Map).
  #sweep(now: number): void {
    this.#nextSweep = now + 1000;
    for (const [key, window] of this.#windows) {
      if (now - window.start < this.windowMs) return;
      this.#windows.delete(key);
    }
  }
}
