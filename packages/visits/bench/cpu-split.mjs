#!/usr/bin/env node
// Where a hit's CPU goes in one build: the main thread's and the other threads' (PGlite's worker, the garbage
// collector's helpers) CPU µs per hit, under autocannon like `npm run bench` (20 connections, each hit a new
// visitor, 2 s of warm-up). For comparing two builds, alternated:
//   node bench/cpu-split.mjs [dist/index.js of a build | -] [seconds] [--cpu-prof]
// VNP_BENCH_POSTGRES=postgres://… measures the PostgreSQL store instead of PGlite; --cpu-prof writes the
// target's profiles to ./cpu-profiles.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { newVisitorHits } from './new-visitors.mjs';

const [distArg, secondsArg] = process.argv.slice(2);
const dist = distArg && distArg !== '-' ? resolve(distArg) : undefined;
const seconds = Number(secondsArg ?? 5);
const profile = process.argv.includes('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir=cpu-profiles'] : [];
const TOKEN = 'cpu-split-admin-token-0123456789abcdef';
const ORIGIN = 'https://bench.example';
const dir = mkdtempSync(join(tmpdir(), 'vnp-cpu-split-'));
const store = process.env.VNP_BENCH_POSTGRES
  ? ['postgres', process.env.VNP_BENCH_POSTGRES]
  : ['pglite', join(dir, 'db')];
const child = spawn(process.execPath, [...profile, new URL('./serve-target.mjs', import.meta.url).pathname, ...store], {
  env: { ...process.env, VNP_ADMIN_TOKEN: TOKEN, ...(dist ? { VNP_BENCH_DIST: dist } : {}) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = await once(createInterface({ input: child.stdout }), 'line');
const { url } = JSON.parse(line);
const put = await fetch(`${url}/api/admin/sites/bench`, {
  method: 'PUT',
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
  body: JSON.stringify({ origins: [ORIGIN], startTotal: 0 }),
});
if (!put.ok) throw new Error(`adding the site: ${put.status} ${await put.text()}`);

// CPU ms of the main thread and of all the others, from /proc (Linux; 100 ticks a second).
function cpu() {
  const out = { main: 0, other: 0 };
  for (const tid of readdirSync(`/proc/${child.pid}/task`)) {
    const stat = readFileSync(`/proc/${child.pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = (Number(fields[11]) + Number(fields[12])) * 10;
    if (Number(tid) === child.pid) out.main += ms;
    else out.other += ms;
  }
  return out;
}

const load = (duration) => autocannon({ ...newVisitorHits(url, ORIGIN), duration });
const settle = () => new Promise((done) => setTimeout(done, 1500)); // the last batch written
await load(2);
await settle();
const before = cpu();
const result = await load(seconds);
await settle();
const after = cpu();
const hits = result.requests.total;
const perHit = (ms) => Number(((ms * 1000) / hits).toFixed(1));
console.log(
  JSON.stringify({
    hitsPerSecond: Math.round(result.requests.average),
    non2xx: result.non2xx,
    mainUs: perHit(after.main - before.main),
    otherUs: perHit(after.other - before.other),
  }),
);
child.kill('SIGTERM');
await once(child, 'exit');
rmSync(dir, { recursive: true, force: true });
