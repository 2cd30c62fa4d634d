import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, addSite, BOT, CHROME, FIREFOX, hit, pageviews, stats, visitor } from '../test/client.js';
import { type RunningServer, startServer } from './index.js';
import { openPgliteStore } from './store/pglite-store.js';

// The rules with the clock pinned, over real HTTP against the embedded store, under each host TZ.
const MINUTE = 60_000;
const clock = { now: Date.parse('2024-06-01T16:59:00Z') }; // 23:59 in Vietnam on 1/6/2024
let saltNo = 0;
let db: PGlite;
let server: RunningServer;
let url: string;

beforeAll(async () => {
  db = await PGlite.create();
  server = await startServer({
    store: await openPgliteStore(db),
    adminToken: ADMIN_TOKEN,
    trustProxy: ['127.0.0.1'],
    now: () => clock.now,
    newSalt: () => `salt-${++saltNo}`,
  });
  url = server.url;
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** Sets the clock to a Vietnam wall-clock time, sends the hits, and writes them. */
async function at(vietnamTime: string, ...sends: (() => Promise<Response>)[]) {
  clock.now = Date.parse(`${vietnamTime}+07:00`);
  for (const send of sends) expect((await send()).status).toBe(204);
  await server.flush();
}

describe("Vietnam's calendar day", () => {
  it('counts a visit at 23:59 and one at 00:01 Vietnam time on different days, whatever TZ is', async () => {
    await addSite(url, 'midnight', 100);
    const a = visitor(1);
    await at('2024-06-01T23:59:00', () => hit(url, 'midnight', a));
    expect(await stats(url, 'midnight')).toMatchObject({ total: 101, today: 1, yesterday: 0 });
    await at('2024-06-02T00:01:00', () => hit(url, 'midnight', a));
    expect(await stats(url, 'midnight')).toEqual({
      total: 102,
      online: 2, // yesterday's pseudonym and today's are two visitors: the salt changed at midnight
      today: 1,
      yesterday: 1,
      asOf: '2024-06-02T00:01:00+07:00',
    });
    clock.now = Date.parse('2024-06-03T00:00:00+07:00');
    expect(await stats(url, 'midnight')).toMatchObject({ total: 102, today: 0, yesterday: 1, online: 0 });
  });
});

describe('the daily salt', () => {
  it('changes at Vietnam midnight and the old one is destroyed at once', async () => {
    await addSite(url, 'salt');
    await at('2024-07-10T23:58:00', () => hit(url, 'salt', visitor(2)));
    const before = await db.query<{ day: string; salt: string }>('SELECT day, salt FROM salts');
    expect(before.rows.map((r) => r.day)).toEqual(['2024-07-10']);
    await at('2024-07-11T00:00:30', () => hit(url, 'salt', visitor(2)));
    const after = await db.query<{ day: string; salt: string }>('SELECT day, salt FROM salts');
    expect(after.rows.map((r) => r.day)).toEqual(['2024-07-11']);
    expect(after.rows[0]?.salt).not.toBe(before.rows[0]?.salt);
  });

  it('is destroyed within 48 hours even when no hit comes after midnight', async () => {
    clock.now = Date.parse('2024-08-01T12:00:00+07:00');
    await server.counter.tidy();
    clock.now = Date.parse('2024-08-02T00:01:00+07:00');
    await server.counter.tidy(); // the minute tick
    const { rows } = await db.query<{ day: string }>('SELECT day FROM salts');
    expect(rows.map((r) => r.day)).toEqual(['2024-08-02']);
  });

  it('forgets visitor pseudonyms 30 minutes after their last page view', async () => {
    await addSite(url, 'forget');
    await at('2024-09-01T10:00:00', () => hit(url, 'forget', visitor(3)));
    const count = async () =>
      (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM visitors WHERE site = 'forget'")).rows[0]?.n;
    clock.now += 29 * MINUTE;
    await server.counter.tidy();
    expect(await count()).toBe(1);
    clock.now += 2 * MINUTE;
    await server.counter.tidy();
    expect(await count()).toBe(0);
  });
});

describe('the 30-minute visit window', () => {
  it('counts a visit for the first page view and none for views less than 30 minutes apart', async () => {
    await addSite(url, 'window', 411594);
    const a = visitor(4);
    await at('2024-06-10T08:00:00', () => hit(url, 'window', a));
    await at('2024-06-10T08:10:00', () => hit(url, 'window', a));
    await at('2024-06-10T08:39:59', () => hit(url, 'window', a)); // 29:59 after the last view
    expect(await stats(url, 'window')).toMatchObject({ total: 411595, today: 1 });
    await at('2024-06-10T09:09:59', () => hit(url, 'window', a)); // exactly 30 minutes after the last
    expect(await stats(url, 'window')).toMatchObject({ total: 411596, today: 2 });
    expect(await pageviews(url, 'window')).toBe(4);
  });

  it('counts the same person in another browser as another visitor', async () => {
    await addSite(url, 'browsers');
    await at(
      '2024-06-10T09:00:00',
      () => hit(url, 'browsers', visitor(5, CHROME)),
      () => hit(url, 'browsers', visitor(5, FIREFOX)),
      () => hit(url, 'browsers', visitor(5, CHROME)),
    );
    expect(await stats(url, 'browsers')).toMatchObject({ total: 2, online: 2, today: 2 });
    expect(await pageviews(url, 'browsers')).toBe(3);
  });
});

describe('online', () => {
  it('is the number of distinct visitors seen in the last 5 minutes', async () => {
    await addSite(url, 'online');
    await at(
      '2024-06-10T10:00:00',
      () => hit(url, 'online', visitor(6)),
      () => hit(url, 'online', visitor(7)),
      () => hit(url, 'online', visitor(6)),
    );
    await at('2024-06-10T10:03:00', () => hit(url, 'online', visitor(8)));
    clock.now = Date.parse('2024-06-10T10:04:59+07:00');
    expect((await stats(url, 'online')).online).toBe(3);
    clock.now = Date.parse('2024-06-10T10:05:00+07:00');
    expect((await stats(url, 'online')).online).toBe(1);
    clock.now = Date.parse('2024-06-10T10:08:00+07:00');
    expect((await stats(url, 'online')).online).toBe(0);
  });
});

describe('bots', () => {
  it('answers a crawler like anyone but does not count it', async () => {
    await addSite(url, 'bots');
    await at('2024-06-10T11:00:00', () => hit(url, 'bots', { ip: '66.249.66.1', ua: BOT }));
    expect(await stats(url, 'bots')).toMatchObject({ total: 0, online: 0, today: 0 });
    expect(await pageviews(url, 'bots')).toBe(0);
  });
});
