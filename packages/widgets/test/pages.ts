import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';
import { serveStatic } from './static-server.ts';

/** The package folder: the static servers serve it, so `/dist/cdn/…` and `/test/fixtures/…` resolve. */
export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The one line a webmaster pastes, with the self-hosted path the test servers serve. */
export const LOADER_TAG = '<script src="/dist/cdn/vnportal-widgets.js"></script>';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** What a webmaster would see in the console of `page`, collected as it comes. */
export interface Console {
  warnings: string[];
  errors: string[];
}

export function watchConsole(page: Page): Console {
  const seen: Console = { warnings: [], errors: [] };
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('pageerror', (e) => seen.errors.push(e.message));
  return seen;
}

/** A plain Vietnamese page: `head` (the script tag by default) and `body` as written, nothing else. */
export const plainPage = (body: string, head = LOADER_TAG): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">${head}</head><body>${body}</body></html>`;

/** A served copy of the package folder where tests also put pages of their own (see `openHtml`). */
export interface Site {
  url: string;
  server: Server;
  pages: Map<string, { html: string; headers?: Record<string, string> }>;
}

export async function serveSite(headers: Record<string, string> = {}): Promise<Site> {
  const pages: Site['pages'] = new Map();
  return { ...(await serveStatic(PACKAGE_ROOT, headers, pages)), pages };
}

/**
 * For a test file (or the bench): one Chromium and one served site for all its tests, started before them and
 * stopped after. Read `browser` and `site` inside the tests.
 */
export function chromiumAndSite(): { browser: Browser; site: Site } {
  const env = {} as { browser: Browser; site: Site };
  beforeAll(async () => {
    env.site = await serveSite();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}

let opened = 0;

/**
 * Serves `html` from `site` at a fresh path (so `/dist/cdn/…` is same-origin), opens it in a new page of
 * `where` and records its console from the first line on. `headers` go with the HTML, e.g. a CSP.
 */
export async function openHtml(
  where: Browser | BrowserContext,
  site: Site,
  html: string,
  options: { headers?: Record<string, string>; before?: (page: Page) => Promise<unknown> } = {},
): Promise<{ page: Page } & Console> {
  const page = await where.newPage();
  const seen = watchConsole(page);
  await options.before?.(page);
  const path = `/generated-${++opened}.html`;
  site.pages.set(path, { html, headers: options.headers });
  await page.goto(`${site.url}${path}`);
  return { page, ...seen };
}

/** The banner line as a screen reader gets it (Playwright's locators pierce shadow roots). */
export const spokenLine = (page: Page, selector = 'vnp-anniversary-banner', timeout = 15_000) =>
  page.locator(`${selector} [part=text]:not([aria-hidden])`).first().textContent({ timeout });
