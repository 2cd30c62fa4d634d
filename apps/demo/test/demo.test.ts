import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  // The built static folder, served as any web server would (port 0: a free one).
  server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}${path}`);
  return { page, errors };
}

describe('demo page', () => {
  it('renders the banner element from the script-tag file and the dateline, with no console error', async () => {
    const { page, errors } = await open('/?date=2024-06-01');
    await expect.poll(() => page.locator('vnp-anniversary-banner [part=base]').count()).toBe(1);
    expect(await page.locator('#app').innerText()).toBe('Thứ hai, 03/07/2023');
    await page.screenshot({ path: `${shots}desktop.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
