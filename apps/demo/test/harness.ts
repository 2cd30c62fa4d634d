import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';
import { DEMO_SITE, type RunningDemo, serveDemo } from '../serve.mjs';

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** Desktop browsers' user agents: headless Chrome says "HeadlessChrome", which isbot (and so the counter) ignores. */
export const USER_AGENTS = {
  chrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0',
  phone:
    'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36',
} as const;

export interface Demo {
  demo: RunningDemo;
  browser: Browser;
  /** The page's address without the trailing slash, e.g. `http://127.0.0.1:41234`. */
  base: string;
  close(): Promise<void>;
}

/**
 * The demo as `npm start` serves it (the built page, the counter service on a fresh data folder, the /api/
 * proxy), on free ports, and a headless Chromium to look at it.
 */
export async function startDemo(): Promise<Demo> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vnp-demo-e2e-'));
  const demo = await serveDemo({ port: 0, visitsPort: 0, dataDir, logLevel: 'silent' });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  return {
    demo,
    browser,
    base: demo.url.replace(/\/$/, ''),
    close: async () => {
      await browser.close();
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Everything a page said or failed at that a reader or a webmaster would notice. */
export function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on(
    'console',
    (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`${m.type()}: ${m.text()}`),
  );
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  return problems;
}

/** A new browser context (another visitor: its own user agent), its page opened at `path`. */
export async function openAs(
  demo: Demo,
  path: string,
  options: { userAgent?: string; viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await demo.browser.newContext({
    userAgent: options.userAgent ?? USER_AGENTS.chrome,
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${demo.base}${path}`, { waitUntil: 'networkidle' });
  return { context, page, problems };
}

/** The four figures the live box shows, read from its shadow DOM as text; undefined while it shows the fallback. */
export async function liveFigures(page: Page): Promise<Record<string, string> | undefined> {
  return page.locator('#thong-ke').evaluate((el) => {
    const rows = el.shadowRoot?.querySelectorAll('[part~="row"]');
    if (!rows?.length) return undefined;
    return Object.fromEntries(
      [...rows].map((row) => [
        row.querySelector('dt')?.textContent ?? '',
        (row.querySelector('dd')?.textContent ?? '').replace(/\s/g, ''),
      ]),
    );
  });
}

/** Visits and page views the service has written for the demo site (after it flushes what it holds). */
export async function counted(demo: Demo): Promise<{ visits: number; pageviews: number }> {
  const response = await fetch(`${demo.demo.visitsUrl}/api/admin/sites`, {
    headers: { authorization: `Bearer ${demo.demo.adminToken}` },
  });
  if (!response.ok) throw new Error(`GET /api/admin/sites: HTTP ${response.status}`);
  const sites = (await response.json()) as { site: string; visits: number; pageviews: number }[];
  const site = sites.find((s) => s.site === DEMO_SITE);
  if (!site) throw new Error('the demo site is not registered at the counter service');
  return { visits: site.visits, pageviews: site.pageviews };
}

/** Waits until both elements have upgraded and show their content (banner line, list items, live figures) and the fonts are in. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#banner')?.shadowRoot?.querySelector('[part~="item"]') &&
      document.querySelector('#national')?.shadowRoot?.querySelector('li') &&
      document.querySelector('#thong-ke')?.shadowRoot?.querySelector('[part~="row"]'),
    null,
    { timeout: 45_000 },
  );
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every layout shift since navigation (buffered), each with the elements that moved, as "tag#id.class". */
export async function layoutShifts(page: Page): Promise<{ value: number; moved: string[] }[]> {
  return page.evaluate(() => {
    interface Shift extends PerformanceEntry {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
    }
    const observer = new PerformanceObserver(() => {});
    observer.observe({ type: 'layout-shift', buffered: true });
    const entries = observer.takeRecords() as Shift[];
    observer.disconnect();
    const name = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
        : String(node?.nodeName);
    return entries
      .filter((e) => !e.hadRecentInput)
      .map((e) => ({
        value: e.value,
        moved: e.sources.map(
          (s) =>
            `${name(s.node)} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`,
        ),
      }));
  });
}
