// The Chromium bench again, timed in CPU time instead of wall time: on a shared machine a wall-clock median is
// mostly how often other processes took the core. The page's main-thread CPU time (the DevTools protocol's
// `ThreadTime`, which counts the browser's own parsing and the garbage collector's work on that thread) is read
// around each batch; ours and the peers read the same inputs, the sizes in turn over several rounds, each batch
// about 5 MB of input (5 KB read 1,000 times, 5 MB once). Prints the same table as bench-summary.mjs.
// Usage: node scripts/bench-cpu.mjs [rounds]   (CHROMIUM_PATH, else /usr/bin/chromium)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';

const here = fileURLToPath(new URL('..', import.meta.url));
const rounds = Number(process.argv[2] ?? 5);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: set CHROMIUM_PATH`);

// The reader from source with the bench's own inputs and peers, bundled for one page (Vite's `?raw` as text).
const raw = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: fileURLToPath(new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`)),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => ({
      contents: (await import('node:fs')).readFileSync(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};
const bundle = await build({
  stdin: {
    contents: `
      export { articleFromHtml } from './src/index.ts';
      export { articleOf, BENCH_SIZES_KB, rehype } from './test/bench-inputs.ts';
      export { seedMeta } from './test/seed.ts';
      export { default as DOMPurify } from 'dompurify';`,
    resolveDir: here,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  globalName: 'B',
  platform: 'browser',
  write: false,
  plugins: [raw],
  logLevel: 'warning',
});

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: bundle.outputFiles[0].text });
  const sizes = await page.evaluate(() => {
    const read = {
      ours: (html) => B.articleFromHtml(html, B.seedMeta),
      rehype: (html) => B.rehype.runSync(B.rehype.parse(html)),
      purify: (html) => B.DOMPurify.sanitize(html),
    };
    const inputs = Object.fromEntries(B.BENCH_SIZES_KB.map((kb) => [kb, B.articleOf(kb)]));
    globalThis.batch = (kb, name) => {
      const html = inputs[kb];
      const fn = read[name];
      for (let i = Math.round(5000 / kb); i > 0; i--) fn(html);
    };
    return B.BENCH_SIZES_KB.map((kb) => ({ kb, bytes: new TextEncoder().encode(inputs[kb]).length }));
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
  const names = ['ours', 'rehype', 'purify'];
  // One warm-up batch of each, then the rounds.
  for (const { kb } of sizes) for (const name of names) await page.evaluate(([k, n]) => batch(k, n), [kb, name]);
  const perRead = new Map(sizes.map(({ kb }) => [kb, { ours: [], rehype: [], purify: [] }]));
  for (let round = 0; round < rounds; round++) {
    for (const { kb } of sizes) {
      for (const name of names) {
        const before = await threadTime();
        await page.evaluate(([k, n]) => batch(k, n), [kb, name]);
        const ms = ((await threadTime()) - before) * 1000;
        perRead.get(kb)[name].push(ms / Math.round(5000 / kb));
      }
    }
  }
  const median = (values) => {
    const s = [...values].sort((x, y) => x - y);
    const mid = s.length >> 1;
    return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  };
  const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
  console.log(`Chromium main-thread CPU time, median of ${rounds} rounds (ms per read)`);
  console.log(
    '| input | articleFromHtml | ms per KB | rehype-parse + rehype-sanitize | DOMPurify | ours ÷ rehype | ours ÷ DOMPurify |',
  );
  console.log('|---|---|---|---|---|---|---|');
  const costs = [];
  for (const { kb, bytes } of sizes) {
    const m = perRead.get(kb);
    const [ours, rehype, purify] = [median(m.ours), median(m.rehype), median(m.purify)];
    costs.push(ours / (bytes / 1024));
    console.log(
      `| ${kb} KB | ${fmt(ours)} | ${(ours / (bytes / 1024)).toFixed(4)} | ${fmt(rehype)} | ${fmt(purify)} | ${(ours / rehype).toFixed(2)}× | ${(ours / purify).toFixed(2)}× |`,
    );
  }
  console.log(
    `cost/KB spread: ${(Math.max(...costs) / Math.min(...costs)).toFixed(2)}× (max/min over ${sizes[0].kb} KB..${sizes.at(-1).kb} KB)`,
  );
  // The cost as a fixed part a call plus a part a KB: the marginal cost a KB between neighbouring sizes (what a KB
  // more of input costs), and the fixed part that the smallest size's figure leaves over the next slope.
  const reads = sizes.map(({ kb, bytes }) => ({ kb: bytes / 1024, ms: median(perRead.get(kb).ours) }));
  const slopes = reads.slice(1).map((r, i) => (r.ms - reads[i].ms) / (r.kb - reads[i].kb));
  const fixed = reads[0].ms - slopes[0] * reads[0].kb;
  console.log(
    `marginal cost a KB: ${slopes.map((s, i) => `${sizes[i].kb}→${sizes[i + 1].kb} KB ${(s * 1000).toFixed(1)} µs`).join(', ')} ` +
      `(spread ${(Math.max(...slopes) / Math.min(...slopes)).toFixed(2)}×); fixed part a call ≈ ${(fixed * 1000).toFixed(0)} µs`,
  );
} finally {
  await browser.close();
}
