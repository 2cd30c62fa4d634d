import { describe, expect, it, vi } from 'vitest';
import { fetchText } from './fetch-json.js';

let served = 0;
/** A unique URL per test, so the module's one-request-per-URL cache never carries a body between tests. */
const url = () => `https://example.vn/list-${++served}.json`;

/** A response whose body arrives in `pieces`, counting how many of them the reader asked for. */
function streamed(pieces: Uint8Array[], status = 200) {
  const seen = { pulled: 0, cancelled: false };
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled++;
      if (i < pieces.length) controller.enqueue(pieces[i++]!);
      else controller.close();
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  const fetcher = (async () => new Response(body, { status })) as typeof fetch;
  return { fetcher, seen };
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('fetchText reads a body piece by piece', () => {
  it('keeps a Vietnamese character whole when its bytes arrive in two pieces, and drops a byte-order mark', async () => {
    const all = bytes('\uFEFF[{"name":"Nhiệt liệt chào mừng"}]');
    // "ệ" is three bytes: cut inside it.
    const cut = all.indexOf(0xe1);
    const { fetcher } = streamed([all.slice(0, cut + 1), all.slice(cut + 1, cut + 2), all.slice(cut + 2)]);
    expect(await fetchText(url(), undefined, fetcher)).toBe('[{"name":"Nhiệt liệt chào mừng"}]');
  });

  it('stops reading once the text is longer than the limit, and cancels the rest of the body', async () => {
    const piece = bytes('x'.repeat(1000));
    const { fetcher, seen } = streamed(Array.from({ length: 1000 }, () => piece));
    const text = await fetchText(url(), 4500, fetcher);
    expect(text.length).toBe(5000);
    expect(seen.pulled).toBeLessThan(10);
    // The cancel travels back through the decoder to the body in a later task.
    await expect.poll(() => seen.cancelled).toBe(true);
  });

  it('reads a body exactly at the limit whole (it is not cut)', async () => {
    const { fetcher, seen } = streamed([bytes('a'.repeat(300)), bytes('b'.repeat(200))]);
    expect(await fetchText(url(), 500, fetcher)).toBe(`${'a'.repeat(300)}${'b'.repeat(200)}`);
    expect(seen.cancelled).toBe(false);
  });

  it('lets other tasks run while it decodes a large body', async () => {
    // 40 MB of pieces already received: read() never waits, so only the reader's own pauses let a timer in.
    const piece = bytes('y'.repeat(1 << 16));
    const { fetcher } = streamed(Array.from({ length: 640 }, () => piece));
    let timers = 0;
    const interval = setInterval(() => timers++, 0);
    const text = await fetchText(url(), Number.POSITIVE_INFINITY, fetcher);
    clearInterval(interval);
    expect(text.length).toBe(640 << 16);
    expect(timers).toBeGreaterThan(0);
  });

  it('hands the main thread back by time spent, not once per piece: 1.5 MB in 1 KB pieces sets few timers', async () => {
    // 1,500 pieces already received (a slow page, a fast network): one timer each made 1,500 tasks, each at
    // least 1 ms (4 ms once nested), so reading took seconds of waiting for nothing.
    const piece = bytes('z'.repeat(1000));
    const { fetcher } = streamed(Array.from({ length: 1500 }, () => piece));
    const timers = vi.spyOn(globalThis, 'setTimeout');
    try {
      const text = await fetchText(url(), Number.POSITIVE_INFINITY, fetcher);
      expect(text.length).toBe(1_500_000);
      expect(timers.mock.calls.length).toBeLessThan(50);
    } finally {
      timers.mockRestore();
    }
  });

  it('fails with the HTTP status, and asks again on the next call', async () => {
    const address = url();
    await expect(fetchText(address, undefined, streamed([bytes('{}')], 503).fetcher)).rejects.toThrow('HTTP 503');
    expect(await fetchText(address, undefined, streamed([bytes('[]')]).fetcher)).toBe('[]');
  });

  it('asks once for every caller while a request is pending', async () => {
    const address = url();
    let calls = 0;
    const { fetcher: once } = streamed([bytes('[1]')]);
    const fetcher = ((...args: Parameters<typeof fetch>) => {
      calls++;
      return once(...args);
    }) as typeof fetch;
    const [a, b] = await Promise.all([fetchText(address, undefined, fetcher), fetchText(address, undefined, fetcher)]);
    expect([a, b, calls]).toEqual(['[1]', '[1]', 1]);
  });
});
