import { it } from 'vitest';
import { measure, median, type Scenario } from '../test/measure.ts';
import { chromiumAndSite, openHtml, plainPage } from '../test/pages.ts';

/**
 * `npx vitest run --config bench/vitest.config.ts bench/src-read.ts` (after a build): how the streaming `src`
 * reader (fetch-json.ts) spends a 1.4 MB list of 1,000 entries (under both limits), from localhost, where every
 * piece has arrived before the reader asks for it. BENCH_RUNS (default 7) cold loads. Prints per load: ms from
 * the response's first byte to the banner's first `vnp-banner-change` (read, parsed, shown), how many timers the
 * page set, and the longest task (CPU, from Chromium's trace, in separate traced loads).
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_THROUGHPUT=2000000: the list arrives at that many bytes per second (Chromium's throttling), in pieces. */
const THROUGHPUT = Number(process.env.BENCH_THROUGHPUT ?? 0);
const env = chromiumAndSite();

const pad = (text: string, length: number) => text.repeat(Math.ceil(length / text.length)).slice(0, length);
const LIST = JSON.stringify(
  Array.from({ length: 1000 }, (_, i) => ({
    id: `e${i}`,
    name: pad(`ngày kỷ niệm số ${i} của đơn vị `, 290),
    nameEn: pad(`anniversary number ${i} of the unit `, 290),
    scope: pad('Sở Giáo dục và Đào tạo tỉnh Ninh Bình; ', 290),
    source: pad('Quyết định số 123/QĐ-UBND ngày 1/6/2020; ', 290),
    date: `${1900 + (i % 120)}-06-0${1 + (i % 9)}`,
  })),
);
const PAGE: Scenario = {
  name: '1 banner, a 1.4 MB src of 1,000 entries',
  html: plainPage(
    '<vnp-anniversary-banner date="2024-06-01" days-after="60" src="/list-1400k.json"></vnp-anniversary-banner>',
  ),
  files: { '/list-1400k.json': LIST },
  lines: 1,
};

/** One cold untraced load: the read's time and the page's timers. */
async function readOnce(): Promise<{ ms: number; timers: number }> {
  for (const [path, json] of Object.entries(PAGE.files!))
    env.site.pages.set(path, { html: json, headers: { 'content-type': 'application/json; charset=utf-8' } });
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    const w = window as unknown as { __timers: number; __shown?: number };
    w.__timers = 0;
    const set = window.setTimeout;
    window.setTimeout = ((...args: Parameters<typeof set>) => {
      w.__timers++;
      return set(...args);
    }) as typeof set;
    document.addEventListener('vnp-banner-change', (e) => {
      if ((e as Event & { text: string }).text && w.__shown === undefined) w.__shown = performance.now();
    });
  });
  const { page } = await openHtml(context, env.site, PAGE.html, {
    before: async (page) => {
      if (!THROUGHPUT) return;
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 20,
        downloadThroughput: THROUGHPUT,
        uploadThroughput: -1,
      });
    },
  });
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, undefined, {
    timeout: 60_000,
  });
  const result = await page.evaluate(() => {
    const w = window as unknown as { __timers: number; __shown: number };
    const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/list-1400k.json')) as
      | PerformanceResourceTiming
      | undefined;
    return { ms: w.__shown - (entry?.responseStart ?? 0), timers: w.__timers, size: entry?.encodedBodySize };
  });
  await context.close();
  return result;
}

it(`reads a 1.4 MB src (${(LIST.length / 1e6).toFixed(2)} M characters)`, async () => {
  await readOnce();
  const reads: { ms: number; timers: number }[] = [];
  const longest: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    reads.push(await readOnce());
    const m = await measure(env.browser, env.site, PAGE);
    longest.push(Math.max(0, ...(m.cpuLongTasks ?? [])));
  }
  console.log(
    [
      `${PAGE.name}, ${RUNS} cold loads each`,
      `first byte to banner shown, ms: ${reads.map((r) => r.ms.toFixed(0)).join(' ')} (median ${median(reads.map((r) => r.ms)).toFixed(0)})`,
      `timers set by the page: ${reads.map((r) => r.timers).join(' ')}`,
      `longest task over 50 ms of CPU (0 = none): ${longest.map((n) => n.toFixed(0)).join(' ')}`,
    ].join('\n'),
  );
});
