// Hits per second and latency of POST /api/hit on each store, as ratios to a bare node:http server that only
// answers 204, measured in the same run (the machine is shared: absolute figures mean little). Each target runs
// in its own process on the built package (`npm run build` first); autocannon runs in this one.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { afterAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, addSite, ORIGIN } from '../test/client.js';
import { findPostgresBin, type Postgres, startPostgres } from '../test/postgres.js';
import { newVisitorHits } from './new-visitors.mjs';

const SECONDS = Number(process.env.VNP_BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.VNP_BENCH_ROUNDS ?? 3);
// Load before measuring, for every target alike: a service runs for days, so its first seconds (JIT, PGlite's
// WebAssembly tiering up) are not what it serves at.
const WARMUP_SECONDS = Number(process.env.VNP_BENCH_WARMUP_SECONDS ?? 2);
// `VNP_BENCH_BASELINE_DIST=/path/to/dist/index.js`: also measure that build of the service (PGlite).
const BASELINE_DIST = process.env.VNP_BENCH_BASELINE_DIST;
let pg: Postgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'vnp-bench-'));
afterAll(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Target {
  name: string;
  url: string;
  /** CPU time (ms) every thread of the target's process has used so far; undefined without Linux's /proc. */
  cpuMs(): number | undefined;
  close(): Promise<void>;
}

// Clock ticks of each thread of a process, from /proc (Linux): user + system time, 100 ticks a second.
function processCpuMs(pid: number): number | undefined {
  try {
    let ticks = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
    return ticks * 10;
  } catch {
    return undefined;
  }
}

/** Starts one target in its own process (bench/serve-target.mjs, on the built dist) and waits for its URL. */
async function spawnTarget(name: string, args: string[], dist?: string): Promise<Target> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./serve-target.mjs', import.meta.url)), ...args], {
    env: { ...process.env, VNP_ADMIN_TOKEN: ADMIN_TOKEN, ...(dist ? { VNP_BENCH_DIST: dist } : {}) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A target that dies before it listens (a build that does not load, say) fails the bench instead of hanging it.
  const exited = once(child, 'exit').then(([code]) => {
    throw new Error(`bench target "${name}" exited with code ${code} before it printed its URL`);
  });
  const [line] = (await Promise.race([once(createInterface({ input: child.stdout! }), 'line'), exited])) as [string];
  exited.catch(() => {});
  const { url } = JSON.parse(line) as { url: string };
  return {
    name,
    url,
    cpuMs: () => processCpuMs(child.pid as number),
    close: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const bare = () => spawnTarget('bare node:http 204', ['bare']);

async function service(name: string, args: string[], dist?: string): Promise<Target> {
  const target = await spawnTarget(name, args, dist);
  await addSite(target.url, 'bench', 411594);
  return target;
}

async function run(url: string, rate?: number, seconds = SECONDS) {
  const result = await autocannon({
    ...newVisitorHits(url, ORIGIN),
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
  });
  return {
    total: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

it('measures POST /api/hit against a bare node:http server', async () => {
  const pgBin = findPostgresBin();
  if (pgBin) pg = await startPostgres(pgBin);
  const makers: (() => Promise<Target>)[] = [
    bare,
    () => service('service, embedded PGlite', ['pglite', join(dir, 'pglite')]),
    ...(pg ? [() => service('service, PostgreSQL', ['postgres', (pg as Postgres).url])] : []),
    // Another build in the same run (e.g. main's dist, copied aside), for before/after on a noisy machine.
    ...(BASELINE_DIST
      ? [() => service('baseline build, embedded PGlite', ['pglite', join(dir, 'baseline')], BASELINE_DIST)]
      : []),
  ];
  const rows = new Map<
    string,
    { rps: number[]; p50: number[]; p99: number[]; p99At2000: number[]; cpuUs: number[]; bad: number }
  >();
  for (let round = 0; round < ROUNDS; round++) {
    for (const make of makers) {
      const target = await make();
      if (WARMUP_SECONDS > 0) await run(target.url, undefined, WARMUP_SECONDS);
      const cpuBefore = target.cpuMs();
      const max = await run(target.url);
      // The batch write of the run's last second belongs to the run.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const cpuAfter = target.cpuMs();
      const paced = await run(target.url, 2000);
      await target.close();
      const row = rows.get(target.name) ?? { rps: [], p50: [], p99: [], p99At2000: [], cpuUs: [], bad: 0 };
      if (cpuBefore !== undefined && cpuAfter !== undefined)
        row.cpuUs.push(((cpuAfter - cpuBefore) * 1000) / max.total);
      row.rps.push(max.rps);
      row.p50.push(max.p50);
      row.p99.push(max.p99);
      row.p99At2000.push(paced.p99);
      row.bad += max.non2xx + max.errors + paced.non2xx + paced.errors;
      rows.set(target.name, row);
    }
  }
  const base = rows.get('bare node:http 204') as { rps: number[]; cpuUs: number[] };
  const lines = [
    `| target | hits/s (median of ${ROUNDS}) | × bare | p50 ms | p99 ms | p99 ms at 2,000/s | CPU µs per hit | × bare | non-2xx or errors |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  const cpu = (row: { cpuUs: number[] }) => (row.cpuUs.length > 0 ? median(row.cpuUs) : Number.NaN);
  for (const [name, row] of rows) {
    lines.push(
      `| ${name} | ${Math.round(median(row.rps))} | ${(median(row.rps) / median(base.rps)).toFixed(2)} | ${median(row.p50)} | ${median(row.p99)} | ${median(row.p99At2000)} | ${cpu(row).toFixed(0)} | ${(cpu(row) / cpu(base)).toFixed(1)} | ${row.bad} |`,
    );
  }
  console.log(
    `\n${lines.join('\n')}\n(${SECONDS} s per run after ${WARMUP_SECONDS} s of warm-up, 20 connections, loopback, each hit a new visitor; hits/s: per run rps: ${[...rows].map(([name, row]) => `${name} ${row.rps.map(Math.round).join('/')}`).join('; ')}; CPU: every thread of the target's own process)`,
  );
  for (const row of rows.values()) expect(row.bad).toBe(0);
  bareRps = median(base.rps);
});

let bareRps = Number.NaN;

// Every page of a portal asks for its figures too: the stats endpoint under the same load generator.
it('measures GET /api/sites/:site/stats on the embedded store', async () => {
  const rps: number[] = [];
  const p99: number[] = [];
  let bad = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const target = await service('stats, embedded PGlite', ['pglite', join(dir, 'stats')]);
    const read = (seconds: number) =>
      autocannon({ url: `${target.url}/api/sites/bench/stats`, connections: 20, duration: seconds });
    if (WARMUP_SECONDS > 0) await read(WARMUP_SECONDS);
    const result = await read(SECONDS);
    await target.close();
    rps.push(result.requests.average);
    p99.push(result.latency.p99);
    bad += result.non2xx + result.errors;
  }
  console.log(
    `\n| GET stats, embedded PGlite | ${Math.round(median(rps))} requests/s (${rps.map(Math.round).join('/')}) | × bare ${(median(rps) / bareRps).toFixed(2)} | p99 ${median(p99)} ms |`,
  );
  expect(bad).toBe(0);
});
