// Hits per second and latency of POST /api/hit on each store, as ratios to a bare node:http server that only
// answers 204, measured in the same run (the machine is shared: absolute figures mean little). Each target runs
// in its own process on the built package (`npm run build` first); autocannon runs in this one.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { afterAll, expect, it } from 'vitest';
import { ADMIN_TOKEN, addSite, ORIGIN } from '../test/client.js';
import { findPostgresBin, type Postgres, startPostgres } from '../test/postgres.js';

const SECONDS = Number(process.env.VNP_BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.VNP_BENCH_ROUNDS ?? 2);
let pg: Postgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'vnp-bench-'));
afterAll(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Target {
  name: string;
  url: string;
  close(): Promise<void>;
}

/** Starts one target in its own process (bench/serve-target.mjs, on the built dist) and waits for its URL. */
async function spawnTarget(name: string, args: string[]): Promise<Target> {
  const child = spawn(process.execPath, [fileURLToPath(new URL('./serve-target.mjs', import.meta.url)), ...args], {
    env: { ...process.env, VNP_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
  const { url } = JSON.parse(line) as { url: string };
  return {
    name,
    url,
    close: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}

const bare = () => spawnTarget('bare node:http 204', ['bare']);

async function service(name: string, args: string[]): Promise<Target> {
  const target = await spawnTarget(name, args);
  await addSite(target.url, 'bench', 411594);
  return target;
}

let visitorNo = 0;
async function run(url: string, rate?: number) {
  const result = await autocannon({
    url: `${url}/api/hit`,
    method: 'POST',
    connections: 20,
    duration: SECONDS,
    ...(rate ? { overallRate: rate } : {}),
    requests: [
      {
        setupRequest: (request) => {
          const n = visitorNo++;
          return {
            ...request,
            headers: {
              'content-type': 'text/plain;charset=UTF-8',
              origin: ORIGIN,
              'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36',
              'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: '{"site":"bench","path":"/tin-tuc/"}',
          };
        },
      },
    ],
  });
  return {
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
  ];
  const rows = new Map<string, { rps: number[]; p50: number[]; p99: number[]; p99At2000: number[]; bad: number }>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const make of makers) {
      const target = await make();
      const max = await run(target.url);
      const paced = await run(target.url, 2000);
      await target.close();
      const row = rows.get(target.name) ?? { rps: [], p50: [], p99: [], p99At2000: [], bad: 0 };
      row.rps.push(max.rps);
      row.p50.push(max.p50);
      row.p99.push(max.p99);
      row.p99At2000.push(paced.p99);
      row.bad += max.non2xx + max.errors + paced.non2xx + paced.errors;
      rows.set(target.name, row);
    }
  }
  const base = rows.get('bare node:http 204') as { rps: number[]; p50: number[]; p99: number[] };
  const lines = [
    `| target | hits/s (median of ${ROUNDS}) | × bare | p50 ms | p99 ms | p99 ms at 2,000/s | non-2xx or errors |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, row] of rows) {
    lines.push(
      `| ${name} | ${Math.round(median(row.rps))} | ${(median(row.rps) / median(base.rps)).toFixed(2)} | ${median(row.p50)} | ${median(row.p99)} | ${median(row.p99At2000)} | ${row.bad} |`,
    );
  }
  console.log(`\n${lines.join('\n')}\n(${SECONDS} s per run, 20 connections, loopback, each hit a new visitor)`);
  for (const row of rows.values()) expect(row.bad).toBe(0);
});
