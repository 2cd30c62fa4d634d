import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  ({ server, url: base } = await serveStatic(root));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('the script-tag file in a plain HTML page', () => {
  it('renders the banner with no bundler and no console error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/test/fixtures/script-tag.html`);
    await expect
      .poll(() =>
        page
          .locator('vnp-anniversary-banner')
          .textContent()
          .catch(() => ''),
      )
      .toBeDefined();
    const text = await page.locator('vnp-anniversary-banner [part=base]').innerText();
    expect(text).toContain('Nhiệt liệt chào mừng kỷ niệm');
    expect(errors).toEqual([]);
    await page.close();
  });
});
