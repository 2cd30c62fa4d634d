import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@vnportal/visits';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { USER_AGENTS } from './harness.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// A fresh node process loads Vite, Fastify and PGlite and creates the store: minutes while all of `npm test` runs.
const UP = { timeout: 300_000, interval: 250 };
let dataDir: string | undefined;
let child: ChildProcess | undefined;

afterEach(() => {
  if (child?.exitCode === null) child.kill('SIGKILL');
});
afterAll(() => {
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/**
 * `npm start`'s script (scripts/start.mjs) on free ports, through `sh -c` as npm runs it (`command`), on the data
 * folder of the run before, or a fresh one for the first.
 */
async function start(command: string): Promise<{ demo: string; builder: string; counter: string }> {
  dataDir ??= mkdtempSync(join(tmpdir(), 'vnp-demo-start-'));
  child = spawn('sh', ['-c', command], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0', VNP_VISITS_PORT: '0', VNP_VISITS_DATA_DIR: dataDir, VNP_START_NO_BUILD: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  await expect.poll(() => output, UP).toContain('Ctrl-C stops both.');
  const line = (name: string) => new RegExp(`^${name}:\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '';
  return { demo: line('Demo'), builder: line('Builder'), counter: line('Counter') };
}

const hit = (demo: string, origin: string, userAgent: string) =>
  fetch(`${demo}api/hit`, {
    method: 'POST',
    headers: { origin, 'user-agent': userAgent, 'content-type': 'text/plain' },
    body: JSON.stringify({ site: 'dangbokhoi', path: '/' }),
  });

/** The demo site's total as the store holds it, read by opening the data folder again. */
async function storedTotal(): Promise<number> {
  const again = await startServer({ port: 0, store: { dataDir: join(dataDir!, 'visits') } });
  try {
    const stats = (await (await fetch(`${again.url}/api/sites/dangbokhoi/stats`)).json()) as { total: number };
    return stats.total;
  } finally {
    await again.close();
  }
}

describe('npm start (scripts/start.mjs)', () => {
  it("serves the page, the builder and the counter, allows the page's two origins, and writes every hit on SIGTERM", async () => {
    // exec: the shell becomes node, so the signal below reaches the script itself.
    const { demo, builder, counter } = await start('exec node scripts/start.mjs');
    expect(demo).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(builder).toBe(`${demo}builder/`);
    expect(counter).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await (await fetch(builder)).text()).toContain('<title>Trình tạo banner kỷ niệm');
    expect((await fetch(`${counter}healthz`)).status).toBe(200);
    // A new random token in the data folder, good for the admin API.
    const token = readFileSync(join(dataDir!, 'admin-token'), 'utf8').trim();
    expect(token).toMatch(/^[\w-]{40,}$/);
    const sites = await fetch(`${counter}api/admin/sites`, { headers: { authorization: `Bearer ${token}` } });
    const port = new URL(demo).port;
    expect(await sites.json()).toMatchObject([
      { site: 'dangbokhoi', startTotal: 411594, origins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`] },
    ]);

    expect((await hit(demo, `http://127.0.0.1:${port}`, USER_AGENTS.chrome)).status).toBe(204);
    expect((await hit(demo, `http://localhost:${port}`, USER_AGENTS.edge)).status).toBe(204);
    expect((await hit(demo, 'http://evil.example', USER_AGENTS.phone)).status).toBe(403);
    // Straight away, before the next batch write: SIGTERM must write them.
    const exited = new Promise((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await storedTotal()).toBe(411596);
  }, 600_000);

  it('starts again on the same data, and stops cleanly, every hit written, when the shell npm runs it in is ended (SIGTERM sent to npm start)', async () => {
    // The data folder of the run above: its two visits are kept. Without exec: node is the shell's child, as
    // under `npm start`, and the signal ends only the shell.
    const { demo } = await start('node scripts/start.mjs; true');
    if (!child?.pid) throw new Error('the shell did not start');
    const node = Number(execFileSync('pgrep', ['-P', String(child.pid)], { encoding: 'utf8' }).trim());
    expect(node).toBeGreaterThan(0);
    // A visitor the run above did not count (its phone hit came from a foreign origin): one more visit.
    expect((await hit(demo, `http://localhost:${new URL(demo).port}`, USER_AGENTS.phone)).status).toBe(204);
    child.kill('SIGTERM');
    // The orphaned server notices within a second, writes its hits, closes its store and exits.
    const alive = () => {
      try {
        process.kill(node, 0);
        return true;
      } catch {
        return false;
      }
    };
    await expect.poll(alive, UP).toBe(false);
    await expect
      .poll(
        () =>
          fetch(demo).then(
            () => 'up',
            () => 'down',
          ),
        UP,
      )
      .toBe('down');
    expect(await storedTotal()).toBe(411597);
  }, 600_000);
});
