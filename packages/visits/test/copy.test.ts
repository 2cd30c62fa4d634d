import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from '../src/server/start-server.js';
import { ADMIN_TOKEN, addSite, hit, stats, visitor } from './client.js';
import { findPostgresBin, type Postgres, startPostgres } from './postgres.js';

// `vnportal-visits copy`, run as a webmaster runs it: the bin, between stores the service wrote.
const BIN = new URL('../bin/vnportal-visits.js', import.meta.url).pathname;
const pgBin = findPostgresBin();
let pg: Postgres | undefined;
const dir = mkdtempSync(join(tmpdir(), 'vnp-copy-'));
afterAll(() => {
  pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const copy = (...args: string[]) => spawnSync(process.execPath, [BIN, 'copy', ...args], { encoding: 'utf8' });

const clock = { now: Date.parse('2024-06-01T03:00:00Z') }; // 10:00 in Vietnam
/** A store the service counted in: two sites, visits yesterday and today. Answers what its stats said. */
async function countedStore(store: { dataDir: string } | { postgres: string }) {
  const server = await startServer({ store, adminToken: ADMIN_TOKEN, trustProxy: ['127.0.0.1'], now: () => clock.now });
  try {
    await addSite(server.url, 'dangbokhoi', 411_594);
    await addSite(server.url, 'soyte', 0);
    clock.now = Date.parse('2024-05-31T03:00:00Z');
    for (let i = 0; i < 3; i++) await hit(server.url, 'dangbokhoi', visitor(i));
    await server.flush();
    clock.now = Date.parse('2024-06-01T03:00:00Z');
    for (let i = 0; i < 5; i++) await hit(server.url, 'dangbokhoi', visitor(10 + i));
    await hit(server.url, 'soyte', visitor(1));
    await server.flush();
    return { dangbokhoi: await stats(server.url, 'dangbokhoi'), soyte: await stats(server.url, 'soyte') };
  } finally {
    await server.close();
  }
}

/** The figures a store shows after the copy, seen through a service on it an hour later (online gone). */
async function figuresIn(store: { dataDir: string } | { postgres: string }) {
  const server = await startServer({ store, adminToken: ADMIN_TOKEN, now: () => clock.now + 3_600_000 });
  try {
    const shown = async (site: string) => {
      const { total, today, yesterday } = await stats(server.url, site);
      return { total, today, yesterday };
    };
    return { dangbokhoi: await shown('dangbokhoi'), soyte: await shown('soyte') };
  } finally {
    await server.close();
  }
}

describe('vnportal-visits copy', () => {
  it('copies every site and daily figure from one embedded folder into a new one', async () => {
    const from = join(dir, 'old');
    const before = await countedStore({ dataDir: from });
    expect(before.dangbokhoi).toMatchObject({ total: 411_602, today: 5, yesterday: 3 });
    const run = copy('--from', from, '--to', join(dir, 'new'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2 site\(s\) and 3 daily figure\(s\) \(9 visits\) copied/);
    expect(await figuresIn({ dataDir: join(dir, 'new') })).toEqual({
      dangbokhoi: { total: 411_602, today: 5, yesterday: 3 },
      soyte: { total: 1, today: 1, yesterday: 0 },
    });
  });

  it('refuses to copy into a store that already holds sites, and changes nothing there', async () => {
    const run = copy('--from', join(dir, 'old'), '--to', join(dir, 'new'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /the target store already holds 2 site\(s\): figures are copied only into an empty store/,
    );
    expect((await figuresIn({ dataDir: join(dir, 'new') })).dangbokhoi.total).toBe(411_602);
  });

  it('says what is wrong with the arguments, with exit code 2', () => {
    mkdirSync(join(dir, 'photos'));
    writeFileSync(join(dir, 'photos', 'a.jpg'), 'x');
    // A folder PGlite has open (it writes postmaster.pid then, and removes it on close).
    mkdirSync(join(dir, 'open'));
    writeFileSync(join(dir, 'open', 'PG_VERSION'), '17');
    writeFileSync(join(dir, 'open', 'postmaster.pid'), '-42');
    const cases: [string[], RegExp][] = [
      [['--to', join(dir, 'x')], /--from is missing/],
      [['--from', join(dir, 'old')], /--to is missing/],
      [
        ['--from', join(dir, 'nowhere'), '--to', join(dir, 'x')],
        /--from: ".*nowhere" is not the folder of an embedded store/,
      ],
      [['--from', join(dir, 'old'), '--to', join(dir, 'old')], /--from and --to are the same store/],
      [
        ['--from', join(dir, 'old'), '--to', join(dir, 'photos')],
        /--to: ".*photos" is a folder with other files in it/,
      ],
      [['--from', join(dir, 'old'), '--to', join(dir, 'x'), '--into', 'y'], /Unknown option '--into'/],
      [['--from', `${join(dir, 'old')}/`, '--to', join(dir, 'old')], /--from and --to are the same store/],
      [['--from', join(dir, 'old'), '--to', join(dir, 'photos', 'a.jpg')], /--to: ".*a\.jpg" is a file, not a folder/],
      [
        ['--from', join(dir, 'open'), '--to', join(dir, 'x')],
        /--from: ".*open" is open in a running service \(it holds postmaster\.pid\): stop the service first/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = copy(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('never prints a password, and says in one line when a store cannot be reached (exit code 3)', async () => {
    const secret = 'Sup3r-s3cret';
    const same = copy(
      '--from',
      `postgres://counter:${secret}@db.example:5432/visits`,
      '--to',
      `postgres://counter:${secret}@db.example:5432/visits`,
    );
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('postgres://counter:***@db.example:5432/visits');
    // Nothing listens on port 1: the driver's own error, without a stack or the password.
    const down = copy('--from', join(dir, 'old'), '--to', `postgres://counter:${secret}@127.0.0.1:1/visits`);
    expect(down.status).toBe(3);
    expect(down.stderr).toMatch(/^vnportal-visits copy: could not copy: .*ECONNREFUSED.*\n$/);
    expect(same.stderr + down.stderr).not.toContain(secret);
  });

  it.skipIf(!pgBin)('moves an embedded store to PostgreSQL, and back', async () => {
    pg ??= await startPostgres(pgBin as string);
    const run = copy('--from', join(dir, 'old'), '--to', pg.url);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = {
      dangbokhoi: { total: 411_602, today: 5, yesterday: 3 },
      soyte: { total: 1, today: 1, yesterday: 0 },
    };
    expect(await figuresIn({ postgres: pg.url })).toEqual(expected);
    expect(copy('--from', pg.url, '--to', join(dir, 'back')).status).toBe(0);
    expect(await figuresIn({ dataDir: join(dir, 'back') })).toEqual(expected);
  });
});
