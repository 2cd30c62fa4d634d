import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';
import { serveStatic } from './static-server.ts';

const SEED_LINE =
  'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024); 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 76 năm ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)';
const CSP = "script-src 'self'; style-src 'self'";

const root = fileURLToPath(new URL('..', import.meta.url));
let browser: Browser;
let server: Server;
let cspServer: Server;
let base: string;
let cspBase: string;
let ttServer: Server;
let ttBase: string;

beforeAll(async () => {
  ({ server, url: base } = await serveStatic(root));
  ({ server: cspServer, url: cspBase } = await serveStatic(root, { 'content-security-policy': CSP }));
  ({ server: ttServer, url: ttBase } = await serveStatic(root, {
    'content-security-policy': `${CSP}; require-trusted-types-for 'script'; trusted-types 'none'`,
  }));

  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
  cspServer?.close();
  ttServer?.close();
});

/** Opens a page and records what a webmaster would see in the console. */
async function open(url: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors, warnings };
}

/** The banner line as a screen reader gets it (Playwright's locators pierce shadow roots). */
const spoken = (page: Page, selector: string) =>
  page.locator(`${selector} [part=text]:not([aria-hidden])`).textContent({ timeout: 5000 });

describe('the script-tag file in a plain HTML page', () => {
  it("shows the seed page's banner and the national one with no bundler and no console error", async () => {
    const { page, errors, warnings } = await open(`${base}/test/fixtures/script-tag.html`);
    expect(await spoken(page, '#seed')).toBe(SEED_LINE);
    expect(await page.getByRole('button', { name: 'Tạm dừng' }).count()).toBe(1);
    expect(await spoken(page, '#national')).toContain(
      '50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it("works under Content-Security-Policy: script-src 'self'; style-src 'self'", async () => {
    const { page, errors } = await open(`${cspBase}/test/fixtures/script-tag.html`);
    expect(await spoken(page, '#seed')).toBe(SEED_LINE);
    const band = page.locator('#seed [part=base]');
    expect(await band.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(218, 37, 29)');
    expect(await band.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(255, 255, 0)');
    // The loop's duration is set through the CSSOM, which CSP allows; a blocked inline style would leave 60s.
    const duration = await page
      .locator('#seed [part=text]')
      .first()
      .evaluate((el) => getComputedStyle(el.parentElement!).animationDuration);
    expect(duration).not.toBe('60s');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works with Trusted Types enforced, and loads only the chunks a one-banner page needs', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    const loaded: string[] = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    page.on('pageerror', (e) => violations.push(e.message));
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${ttBase}/test/fixtures/script-tag.html`);
    expect(await spoken(page, '#seed')).toBe(SEED_LINE);
    expect(violations).toEqual([]);
    // The loader, the banner and the shared chunks it imports; none of the on-demand chunks nor other elements.
    const scripts = [
      ...new Set(loaded.filter((path) => path.endsWith('.js')).map((path) => path.replace(/chunk-\w+/, 'chunk-*'))),
    ];
    expect(scripts.sort()).toEqual([
      '/dist/cdn/anniversary-banner.js',
      '/dist/cdn/chunk-*.js',
      '/dist/cdn/vnportal-widgets.js',
    ]);
    await page.close();
  });

  it("requests the banner's shared chunk while the banner's own file is still on its way (no waterfall)", async () => {
    const page = await browser.newPage();
    const chunk = new Promise<void>((resolve) =>
      page.on('request', (r) => /\/chunk-\w+\.js$/.test(r.url()) && resolve()),
    );
    let chunkWhileHeld = false;
    // Hold the banner's file until the shared chunk is requested: a loader that waits for the banner's file to
    // find its imports asks for the chunk only after, so the wait runs out.
    await page.route(/\/anniversary-banner\.js$/, async (route) => {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000));
      chunkWhileHeld = await Promise.race([chunk.then(() => true), timeout]);
      await route.continue();
    });
    await page.goto(`${base}/test/fixtures/script-tag.html`);
    expect(await spoken(page, '#seed')).toBe(SEED_LINE);
    expect(chunkWhileHeld).toBe(true);
    await page.close();
  });

  it('keeps the height the page reserved for it before the script ran (no layout shift)', async () => {
    const before = await open(`${base}/test/fixtures/no-script.html`);
    const reserved = (await before.page.locator('#seed').boundingBox())!.height;
    await before.page.close();
    const after = await open(`${base}/test/fixtures/script-tag.html`);
    await spoken(after.page, '#seed');
    const rendered = (await after.page.locator('#seed').boundingBox())!.height;
    await after.page.close();
    expect(Math.abs(rendered - reserved)).toBeLessThan(1);
  });

  it('is harmless when the page loads the file twice', async () => {
    const { page, errors, warnings } = await open(`${base}/test/fixtures/twice.html`);
    expect(await spoken(page, 'vnp-anniversary-banner')).toBe(SEED_LINE);
    expect(await page.locator('vnp-anniversary-banner [part=base]').count()).toBe(1);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('leaves another version in place and says so once', async () => {
    const { page, errors, warnings } = await open(`${base}/test/fixtures/other-version.html`);
    expect(await page.locator('vnp-anniversary-banner').getAttribute('data-owner')).toBe('old');
    // The sentence comes from the messages chunk, loaded on demand: wait for it, then check it came once.
    await expect.poll(() => warnings.length, { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    expect(warnings).toEqual([
      expect.stringMatching(/already defined by @vnportal\/widgets 0\.0\.1-old; this copy \(\d/),
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
