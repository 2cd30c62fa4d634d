import type { Server } from 'node:http';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openHtml, PACKAGE_ROOT, plainPage, type Site, serveSite, spokenLine } from './pages.ts';
import { serveStatic } from './static-server.ts';

const BANNER = `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[{ "id": "radi-site", "name": "ngày Bác Hồ ra đi tìm đường cứu nước", "date": "1911-06-05" }]</script></vnp-anniversary-banner>`;
const LINE = 'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)';

let browser: Browser;
let site: Site;
let cdn: Server;
let cdnBase: string;
let bareCdn: Server;
let bareCdnBase: string;

beforeAll(async () => {
  // The portal and the CDN: two origins (two ports). Public npm CDNs (jsDelivr, unpkg) answer with
  // Access-Control-Allow-Origin: *, which module scripts from another origin need.
  // The portal's pages come from its own server, as on a real host: Chromium blocks a page Playwright made
  // up (page.route) from reaching 127.0.0.1 on another port (Local Network Access), which made this time out.
  site = await serveSite();
  ({ server: cdn, url: cdnBase } = await serveStatic(PACKAGE_ROOT, { 'access-control-allow-origin': '*' }));
  ({ server: bareCdn, url: bareCdnBase } = await serveStatic(PACKAGE_ROOT));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const server of [site?.server, cdn, bareCdn]) server?.close();
});

const fromCdn = (cdnOrigin: string) => `<script src="${cdnOrigin}/dist/cdn/vnportal-widgets.js"></script>`;

describe('the script tag loaded from a CDN on another origin', () => {
  it("loads the banner's chunks from beside the loader, under script-src for that origin and enforced Trusted Types", async () => {
    const csp = `script-src 'self' ${cdnBase}; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'`;
    const requested: string[] = [];
    const { page, warnings, errors } = await openHtml(browser, site, plainPage(BANNER, fromCdn(cdnBase)), {
      headers: { 'content-security-policy': csp },
      before: (page) => Promise.resolve(page.on('request', (r) => requested.push(r.url()))),
    });
    expect(await spokenLine(page)).toBe(LINE);
    const scripts = requested.filter((url) => url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const url of scripts) expect(url.startsWith(`${cdnBase}/dist/cdn/`), url).toBe(true);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('says in one warning which file it could not load when the CDN sends no CORS header', async () => {
    const { page, warnings, errors } = await openHtml(browser, site, plainPage(BANNER, fromCdn(bareCdnBase)));
    await expect.poll(() => warnings, { timeout: 15_000 }).toHaveLength(1);
    // It names the file and the browser's reason; the guide's §1 says that another origin needs CORS.
    expect(warnings[0]).toMatch(
      /^<vnp-anniversary-banner> không tải được anniversary-banner\.js \(Failed to fetch dynamically imported module: http:\/\/127\.0\.0\.1:\d+\/dist\/cdn\/anniversary-banner\.js\)/,
    );
    // The console's own CORS error is Chromium's, not ours: nothing else is thrown into the page.
    expect(errors.filter((e) => !/CORS|Failed to load module script|net::ERR_FAILED/.test(e))).toEqual([]);
    await page.close();
  });
});
