import { beforeAll, it } from 'vitest';
import { bannerPage, floorPage, median } from '../test/measure.ts';
import { chromiumAndSite, openHtml, serveSite } from '../test/pages.ts';

/**
 * Where a banner page's first frame goes, step by step (issue 10's 1.3× target), from marks taken in untraced
 * cold loads: Resource Timing for the loader and the chunks, the loader's and Lit's first lines run, the
 * element's definition and upgrade, its first `vnp-banner-change` and the first animation frame with every line
 * laid out (as `measure` counts it). Opt-in, it is not part of `npm run bench`:
 *
 *   BENCH_PATH=1 npx vitest run --config bench/vitest.config.ts --root . bench/critical-path.ts
 *
 * BENCH_RUNS (default 9) loads per page, interleaved with the floor; BENCH_COUNT banners on the page (default 1);
 * BENCH_VARIANTS=cdn,cdn-b compares copies of dist/cdn in the same run (A/B of a build change); BENCH_WARM=1
 * measures a second visit, the script files served with max-age.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const COUNT = Number(process.env.BENCH_COUNT ?? 1);
const WARM = !!process.env.BENCH_WARM;
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'cdn').split(',');

const env = chromiumAndSite();
beforeAll(async () => {
  if (WARM) env.site = await serveSite({ 'cache-control': 'max-age=600' });
});

/** The marks of one load, in ms from navigation start; reported by the page in one console message. */
async function marks(html: string, lines: number): Promise<Record<string, number>> {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((lines: number) => {
    const m: Record<string, number> = {};
    const mark = (name: string) => {
      if (!(name in m)) m[name] = performance.now();
    };
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ctor, options) => {
      mark('define start');
      define(name, ctor, options);
      mark('define end');
    };
    // The loader's setup stores its warner under this key; Lit reads this global as its module runs.
    let warner: unknown;
    Object.defineProperty(globalThis, Symbol.for('vnportal.widgets.loader'), {
      configurable: true,
      get: () => warner,
      set: (value) => {
        mark('loader running');
        warner = value;
      },
    });
    let versions: unknown;
    Object.defineProperty(globalThis, 'reactiveElementVersions', {
      configurable: true,
      get: () => {
        mark('Lit evaluating');
        return versions;
      },
      set: (value) => {
        versions = value;
      },
    });
    addEventListener('vnp-banner-change', () => mark('first update done'), true);
    // The same test of "laid out" as test/measure.ts's first frame (an init script runs in the page, so it cannot
    // import it): keep the two alike.
    const laidOut = () => {
      let n = 0;
      for (const el of document.querySelectorAll('[part=text]:not([aria-hidden])'))
        if (el.getBoundingClientRect().width > 0) n++;
      for (const host of document.querySelectorAll('vnp-anniversary-banner'))
        for (const el of host.shadowRoot?.querySelectorAll('[part=text]:not([aria-hidden])') ?? [])
          if (el.getBoundingClientRect().width > 0) n++;
      return n;
    };
    const frame = () => {
      const start = performance.now();
      if (laidOut() < lines) {
        requestAnimationFrame(frame);
        return;
      }
      m['first frame rAF'] = start;
      mark('first frame');
      setTimeout(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        m['HTML end'] = nav.responseEnd;
        m['HTML parsed'] = nav.domInteractive;
        for (const r of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          const name = r.name
            .split('/')
            .pop()!
            .replace(/-[A-Z0-9]{8}\.js$/, '.js');
          m[`${name} start`] = r.startTime;
          m[`${name} requestStart`] = r.requestStart;
          m[`${name} end`] = r.responseEnd;
        }
        m['chunks end'] = Math.max(m['chunk.js end'] ?? 0, m['anniversary-banner.js end'] ?? 0);
        console.debug(`vnp-path ${JSON.stringify(m)}`);
      }, 100);
    };
    requestAnimationFrame(frame);
  }, lines);
  if (WARM) {
    const first = await openHtml(context, env.site, html);
    await first.page.waitForTimeout(300);
    await first.page.close();
  }
  const reported = new Promise<Record<string, number>>((resolve) => {
    context.on('console', (message) => {
      if (message.text().startsWith('vnp-path ')) resolve(JSON.parse(message.text().slice(9)));
    });
  });
  await openHtml(context, env.site, html);
  const result = await reported;
  await context.close();
  return result;
}

/** Each step as the difference of two marks, taken per load (the median of those differences is printed). */
const STEPS: [step: string, from: string, to: string][] = [
  ['HTML received', '', 'HTML end'],
  ['loader request made', 'HTML end', 'vnportal-widgets.js start'],
  ['loader request queued in Chromium', 'vnportal-widgets.js start', 'vnportal-widgets.js requestStart'],
  ['loader served and received', 'vnportal-widgets.js requestStart', 'vnportal-widgets.js end'],
  ['loader compiled, run to its setup', 'vnportal-widgets.js end', 'loader running'],
  ['banner found, its files requested', 'loader running', 'anniversary-banner.js start'],
  ['both files fetched (at once)', 'anniversary-banner.js start', 'chunks end'],
  ['files received to Lit running', 'chunks end', 'Lit evaluating'],
  ['modules run to define()', 'Lit evaluating', 'define start'],
  ['define(): upgrade', 'define start', 'define end'],
  ['first update (DOM written)', 'define end', 'first update done'],
  ['pacing layout, wait for the frame', 'first update done', 'first frame rAF'],
  ['the frame reads the line', 'first frame rAF', 'first frame'],
];

it.runIf(process.env.BENCH_PATH)('prints the steps to the banner’s first frame', async () => {
  const scenarios = [
    floorPage(COUNT),
    ...VARIANTS.map((variant) => {
      const banner = bannerPage(COUNT);
      return {
        ...banner,
        name: `${banner.name} (${variant})`,
        html: banner.html.replaceAll('/dist/cdn/', `/dist/${variant}/`),
      };
    }),
  ];
  await marks(scenarios[1]!.html, COUNT);
  const loads: Record<string, number>[][] = scenarios.map(() => []);
  for (let run = 0; run < RUNS; run++)
    for (const [i, scenario] of scenarios.entries()) loads[i]!.push(await marks(scenario.html, scenario.lines));
  const at = (i: number, name: string) => median(loads[i]!.map((m) => m[name] ?? Number.NaN));
  const step = (i: number, from: string, to: string) =>
    median(loads[i]!.map((m) => (m[to] ?? Number.NaN) - (from ? (m[from] ?? Number.NaN) : 0)));
  const floor = at(0, 'first frame');
  console.log(
    `${RUNS} ${WARM ? 'second visits' : 'cold loads'} each; floor (${scenarios[0]!.name}): parsed ${at(0, 'HTML parsed').toFixed(1)} ms, first frame ${floor.toFixed(1)} ms, 1.3× = ${(1.3 * floor).toFixed(1)} ms`,
  );
  console.log(`${'ms, median per load'.padEnd(40)}${VARIANTS.map((v) => v.padStart(12)).join('')}`);
  for (const [name, from, to] of STEPS)
    console.log(
      `${name.padEnd(40)}${VARIANTS.map((_, v) =>
        step(v + 1, from, to)
          .toFixed(1)
          .padStart(12),
      ).join('')}`,
    );
  console.log(
    `${'first frame (median)'.padEnd(40)}${VARIANTS.map((_, v) =>
      at(v + 1, 'first frame')
        .toFixed(1)
        .padStart(12),
    ).join('')}`,
  );
  console.log(
    `${'ratio to floor'.padEnd(40)}${VARIANTS.map((_, v) => (at(v + 1, 'first frame') / floor).toFixed(2).padStart(12)).join('')}`,
  );
});
