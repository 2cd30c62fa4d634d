import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';

const CDN = new URL('../dist/cdn/', import.meta.url);
const PACKAGE = '/npm/@vnportal/widgets@0';
let browser: Browser;
let server: Server;
let origin: string;
const requested: string[] = [];

/**
 * A host that answers only where jsDelivr does: the package root (the file its package.json names), the files
 * under it, and the webmaster's page in a folder of its own. Anything else is a 404, as a chunk asked for beside
 * the page would be.
 */
function answer(path: string): { type: string; body: string | Buffer } | undefined {
  if (path === '/mang-xa-hoi/widgets.js' || path === '/giao-dien/vnportal-theme.js') {
    return { type: 'text/javascript; charset=utf-8', body: '' };
  }
  const page = /^\/tin-tuc\/(\w+)\.html$/.exec(path);
  if (page) return { type: 'text/html; charset=utf-8', body: PAGES[page[1]!] ?? '' };
  const file =
    path === PACKAGE
      ? 'vnportal-widgets.js'
      : path.startsWith(`${PACKAGE}/dist/cdn/`) && path.slice(`${PACKAGE}/dist/cdn/`.length);
  if (!file || file.includes('/') || !existsSync(new URL(file, CDN))) return undefined;
  return { type: 'text/javascript; charset=utf-8', body: readFileSync(new URL(file, CDN)) };
}

const BANNER = '<vnp-anniversary-banner national date="2024-06-01"></vnp-anniversary-banner>';
const page = (script: string) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">${script}</head><body>${BANNER}</body></html>`;
const PAGES: Record<string, string> = {
  module: page(`<script type="module" src="${PACKAGE}/dist/cdn/vnportal-widgets.js"></script>`),
  short: page(`<script src="${PACKAGE}"></script>`),
  shortmodule: page(`<script type="module" src="${PACKAGE}"></script>`),
  // Another site's widgets.js earlier on the page (as a social network's embed script is): not the loader's tag.
  othermodule: page(
    `<script src="/mang-xa-hoi/widgets.js"></script><script type="module" src="${PACKAGE}/dist/cdn/vnportal-widgets.js"></script>`,
  ),
  // A version the webmaster added to beat a cache, after the package root or after the file.
  shortquery: page(`<script src="${PACKAGE}?v=2"></script>`),
  filequery: page(`<script type="module" src="${PACKAGE}/dist/cdn/vnportal-widgets.js?v=2.js"></script>`),
  // The site's own script whose name also says vnportal (a theme, say), earlier on the page.
  othervnportal: page(
    `<script src="/giao-dien/vnportal-theme.js"></script><script type="module" src="${PACKAGE}/dist/cdn/vnportal-widgets.js"></script>`,
  ),
};

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requested.push(path);
    const found = answer(decodeURIComponent(path));
    if (!found) res.writeHead(404).end('not found');
    else res.writeHead(200, { 'content-type': found.type }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the loader finds its own folder however the script tag names it', () => {
  const cases: [string, string][] = [
    ['loaded as a module (document.currentScript is null)', 'module'],
    ['named by the package root, as jsDelivr and unpkg allow', 'short'],
    ['named by the package root and loaded as a module', 'shortmodule'],
    ["loaded as a module after another site's widgets.js", 'othermodule'],
    ["loaded as a module after the site's own vnportal-theme.js", 'othervnportal'],
    ['named by the package root with a ?v=2 for the cache', 'shortquery'],
    ['named by its file with a query, as a module', 'filequery'],
  ];
  for (const [how, name] of cases) {
    it(`shows the banner with no warning when ${how}`, async () => {
      const tab = await browser.newPage();
      const warnings: string[] = [];
      tab.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
      requested.length = 0;
      await tab.goto(`${origin}/tin-tuc/${name}.html`);
      const text = tab.locator('vnp-anniversary-banner [part=text]:not([aria-hidden])').first();
      expect(await text.textContent({ timeout: 5000 })).toContain('Nhiệt liệt chào mừng kỷ niệm');
      expect(warnings).toEqual([]);
      expect(requested.filter((path) => path.startsWith('/tin-tuc/') && !path.endsWith('.html'))).toEqual([]);
      await tab.close();
    });
  }
});
