import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { counted, type Demo, liveFigures, openAs, startDemo, USER_AGENTS } from './harness.ts';

// The box refreshes every 10 s (refresh="10" on the page); on a loaded machine a few refreshes may be needed.
const LIVE = { timeout: 60_000, interval: 250 };
const UNREACHABLE = 'không lấy được số liệu';

let demo: Demo;
beforeAll(async () => {
  demo = await startDemo();
}, 180_000);
afterAll(async () => {
  await demo?.close();
});

const isStale = (page: Page) =>
  page
    .locator('#thong-ke')
    .evaluate((el) => el.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('part')?.includes('stale') ?? false);

describe("the demo's visit box counts for real through the counter service beside the page", () => {
  // One story, in order: each step starts from the figures the one before left.
  it('counts a first visitor, a second one with another browser, and a reload as a page view only; keeps its figures while the service is down and picks up again after', async () => {
    // Visitor 1 (desktop Chrome): the seed's 411594 imported, plus this visit; one visitor online.
    const one = await openAs(demo, '/?date=2024-06-01', { userAgent: USER_AGENTS.chrome });
    await expect
      .poll(() => liveFigures(one.page), LIVE)
      .toEqual({ 'Số lượt truy cập': '411.595', 'Trực tuyến': '1', 'Hôm nay': '1', 'Hôm qua': '0' });
    await expect.poll(() => counted(demo), LIVE).toEqual({ visits: 1, pageviews: 1 });

    // Visitor 2 (another browser, so another user agent): one more visit, two online.
    const two = await openAs(demo, '/', { userAgent: USER_AGENTS.edge });
    await expect
      .poll(() => liveFigures(two.page), LIVE)
      .toEqual({ 'Số lượt truy cập': '411.596', 'Trực tuyến': '2', 'Hôm nay': '2', 'Hôm qua': '0' });
    await expect.poll(() => counted(demo), LIVE).toEqual({ visits: 2, pageviews: 2 });

    // Visitor 1 reloads: a page view, no new visit; the box shows the same total and two online.
    await one.page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => counted(demo), LIVE).toEqual({ visits: 2, pageviews: 3 });
    await expect
      .poll(() => liveFigures(one.page), LIVE)
      .toEqual({ 'Số lượt truy cập': '411.596', 'Trực tuyến': '2', 'Hôm nay': '2', 'Hôm qua': '0' });
    expect(one.problems).toEqual([]);
    expect(two.problems).toEqual([]);

    // The service stops: the box keeps the last figures, marked stale, and says so once, however often it retries
    // (503 while the service is closing, then 502 from the page's proxy).
    const failed: string[] = [];
    one.page.on('response', (r) => r.status() >= 500 && r.url().includes('/api/sites/') && failed.push(r.url()));
    await demo.demo.stopVisits();
    await expect.poll(() => one.problems.filter((p) => p.includes(UNREACHABLE)).length, LIVE).toBe(1);
    await expect.poll(() => failed.length, LIVE).toBeGreaterThanOrEqual(2);
    expect(one.problems.filter((p) => p.startsWith('warning:'))).toHaveLength(1);
    expect(one.problems.find((p) => p.includes(UNREACHABLE))).toMatch(
      /^warning: .*không lấy được số liệu từ http:\/\/127\.0\.0\.1:\d+\/api\/sites\/dangbokhoi\/stats \(HTTP 50[23]\).*\(English\) could not get the figures/s,
    );
    expect(await liveFigures(one.page)).toEqual({
      'Số lượt truy cập': '411.596',
      'Trực tuyến': '2',
      'Hôm nay': '2',
      'Hôm qua': '0',
    });
    expect(await isStale(one.page)).toBe(true);

    // Started again on the same port and data: live figures again, and no visit or page view lost.
    await demo.demo.startVisits();
    await expect.poll(() => isStale(one.page), LIVE).toBe(false);
    expect(await liveFigures(one.page)).toEqual({
      'Số lượt truy cập': '411.596',
      'Trực tuyến': '2',
      'Hôm nay': '2',
      'Hôm qua': '0',
    });
    await expect.poll(() => counted(demo), LIVE).toEqual({ visits: 2, pageviews: 3 });
    expect(one.problems.filter((p) => p.startsWith('warning:'))).toHaveLength(1);

    await one.context.close();
    await two.context.close();
  }, 300_000);
});
