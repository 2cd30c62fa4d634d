import { expect, it } from 'vitest';
import {
  bannerPage,
  floorPage,
  hugeListPage,
  hugeNamePage,
  type Measurement,
  measure,
  median,
  type Scenario,
  withoutScript,
} from '../test/measure.ts';
import { chromiumAndSite } from '../test/pages.ts';

/**
 * `npm run bench -w @vnportal/widgets` (after a build): issue 10's figures in Chromium, from the built
 * script-tag files. Each group of pages runs interleaved in one browser, BENCH_RUNS (default 15) cold loads
 * each after one warm-up: banner pages beside a plain CSS marquee of the same text (the floor), oversized
 * data beside the same page without the script. Prints one table.
 *
 * Banner and floor pages are loaded twice per run: without a trace for the first frame and the wall-clock
 * long tasks (tracing slows JavaScript, so it would charge the banner for the profiler), and with one for
 * the CPU time of their tasks. Oversized-data pages are loaded traced only.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** BENCH_LATENCY=50: every request waits that many ms (Chromium's throttling), as from a CDN; default none. */
const LATENCY = Number(process.env.BENCH_LATENCY ?? 0);
const RATIO_TARGET = 1.3;
const LONG_TASK = 50;

const env = chromiumAndSite();

/** Per scenario of a group: its untraced loads (first-frame groups only) and its traced ones. */
interface Runs {
  plain: Measurement[];
  traced: Measurement[];
}

async function runs(group: Scenario[], firstFrame: boolean): Promise<Runs[]> {
  const results: Runs[] = group.map(() => ({ plain: [], traced: [] }));
  const load = (scenario: Scenario, trace: boolean) =>
    measure(env.browser, env.site, scenario, { trace, latency: LATENCY });
  for (const scenario of group) await load(scenario, true);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, scenario] of group.entries()) {
      if (firstFrame) results[i]!.plain.push(await load(scenario, false));
      results[i]!.traced.push(await load(scenario, true));
    }
  }
  return results;
}

const ms = (n: number) => n.toFixed(0);
const longest = (values: number[]) => Math.max(0, ...values);

const firstFrameOf = (r: Runs) => median((r.plain.length ? r.plain : r.traced).map((x) => x.firstFrame));

function row(scenario: Scenario, r: Runs, floor: number | undefined, check: 'ratio' | 'tasks' | '') {
  const first = firstFrameOf(r);
  const ratio = floor === undefined ? undefined : first / floor;
  const wall = r.plain.length ? r.plain : r.traced;
  const wallRuns = wall.filter((x) => x.longTasks.length).length;
  const cpu = longest(r.traced.flatMap((x) => x.cpuLongTasks ?? []));
  const script = longest(r.traced.flatMap((x) => x.scriptLongTasks ?? []));
  const noLongTask = cpu <= LONG_TASK;
  const met = check === 'ratio' ? ratio! <= RATIO_TARGET && noLongTask : check === 'tasks' ? noLongTask : undefined;
  return {
    page: scenario.name,
    'first frame ms (median)': scenario.lines ? ms(first) : '',
    'ratio to floor': ratio === undefined ? '' : ratio.toFixed(2),
    'runs with a wall long task': `${wallRuns}/${RUNS}`,
    'longest wall task ms': ms(longest(wall.flatMap((x) => x.longTasks))),
    'longest task ms CPU': ms(cpu),
    'of it script ms CPU': ms(script),
    target: met === undefined ? '' : met ? 'met' : 'NOT met',
  };
}

it(`prints the first-frame and long-task table (${RUNS} runs each)`, async () => {
  const rows: ReturnType<typeof row>[] = [];
  for (const group of [
    [floorPage(1), bannerPage(1)],
    [floorPage(20), bannerPage(20), bannerPage(20, 'body-end')],
  ]) {
    const [floor, ...banners] = await runs(group, true);
    const floorMedian = firstFrameOf(floor!);
    rows.push(row(group[0]!, floor!, undefined, ''));
    for (const [i, r] of banners.entries()) rows.push(row(group[i + 1]!, r, floorMedian, 'ratio'));
  }
  for (const scenario of [hugeNamePage('inline'), hugeNamePage('src'), hugeListPage('inline'), hugeListPage('src')]) {
    const group = scenario.files ? [scenario] : [withoutScript(scenario), scenario];
    const results = await runs(group, false);
    for (const [i, r] of results.entries()) rows.push(row(group[i]!, r, undefined, group[i]!.lines ? 'tasks' : ''));
  }
  console.log(
    `Chromium ${env.browser.version()}, ${RUNS} cold loads each (first frames and wall tasks untraced, CPU traced), ${LATENCY} ms added to each request; targets: first frame ≤ ${RATIO_TARGET}× the floor and no task over ${LONG_TASK} ms (CPU time, which a loaded machine stretches less than the wall clock).`,
  );
  console.table(rows);
  expect(rows).toHaveLength(11);
});
