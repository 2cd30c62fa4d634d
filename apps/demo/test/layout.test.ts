import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type Demo, layoutShifts, openAs, PHONE, settled, startDemo, USER_AGENTS } from './harness.ts';

const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
let demo: Demo;

beforeAll(async () => {
  demo = await startDemo();
  mkdirSync(shots, { recursive: true });
}, 180_000);
afterAll(async () => {
  await demo?.close();
});

describe('the demo page does not shift while it loads (CLS 0)', () => {
  for (const [width, viewport, userAgent] of [
    ['desktop', DESKTOP, USER_AGENTS.chrome],
    ['phone', PHONE, USER_AGENTS.phone],
  ] as const) {
    for (const path of ['/?date=2024-06-01', '/']) {
      it(`at ${width} width (${viewport.width}×${viewport.height}), ${path}`, async () => {
        const { context, page } = await openAs(demo, path, { viewport, userAgent });
        await settled(page);
        const shifts = await layoutShifts(page);
        expect(shifts).toEqual([]);
        await context.close();
      });
    }
  }
});

describe('the page at a phone width (390×844)', () => {
  it('shows every navigation link on screen, reachable by Tab, with no sideways scrolling', async () => {
    const { context, page } = await openAs(demo, '/?date=2024-06-01', {
      viewport: PHONE,
      userAgent: USER_AGENTS.phone,
    });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const links = page.locator('.site-nav a');
    const names = await links.allInnerTexts();
    expect(names).toEqual([
      'Trang chủ',
      'Tin tức - Sự kiện',
      'Ngày lễ lớn',
      'Thống kê truy cập',
      'Nhúng banner',
      'Tạo banner',
    ]);
    for (const link of await links.all()) {
      const box = await link.boundingBox();
      expect(box, await link.innerText()).not.toBeNull();
      // Wholly inside the screen as it first shows: nothing cut off at the side or below the fold.
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
    }
    // By keyboard: the skip link, then each navigation link in order, each in view when it has focus.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính');
    for (const name of names) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const r = el.getBoundingClientRect();
        return {
          text: el.textContent,
          inView: r.left >= 0 && r.right <= innerWidth && r.top >= 0 && r.bottom <= innerHeight,
        };
      });
      expect(focused).toEqual({ text: name, inView: true });
    }
    await context.close();
  });

  it('puts the sidebar (visit box, holidays) right after the article, before the embed snippet and footer', async () => {
    const { context, page } = await openAs(demo, '/?date=2024-06-01', {
      viewport: PHONE,
      userAgent: USER_AGENTS.phone,
    });
    await settled(page);
    const y = await page.evaluate(() => {
      const top = (s: string) => document.querySelector(s)!.getBoundingClientRect().top + scrollY;
      const bottom = (s: string) => document.querySelector(s)!.getBoundingClientRect().bottom + scrollY;
      return {
        articleEnd: bottom('main'),
        sidebar: top('.sidebar'),
        holidays: top('#ngay-le'),
        embed: top('#nhung-banner'),
        page: document.documentElement.scrollHeight,
      };
    });
    console.log(
      `phone: article ends at y=${Math.round(y.articleEnd)}, sidebar at y=${Math.round(y.sidebar)} (screen ${(y.sidebar / PHONE.height + 1).toFixed(1)}), holidays at y=${Math.round(y.holidays)}, page ${Math.round(y.page)} px`,
    );
    // The rule: straight after the article (one grid gap, 1.5rem), ahead of the snippet for webmasters.
    expect(y.sidebar - y.articleEnd).toBeGreaterThan(0);
    expect(y.sidebar - y.articleEnd).toBeLessThanOrEqual(24);
    expect(y.sidebar).toBeLessThan(y.embed);
    // And one tap away from the top: the navigation's "Ngày lễ lớn" brings the holiday box into view.
    await page.locator('.site-nav a[href="#ngay-le"]').click();
    await expect
      .poll(() => page.locator('#ngay-le').evaluate((el) => el.getBoundingClientRect().top))
      .toBeLessThan(PHONE.height / 2);
    await context.close();
  });

  it('writes desktop and phone screenshots (screenshots/desktop.png, phone.png, their first screens and sidebars) to look at', async () => {
    for (const [name, viewport, userAgent] of [
      ['desktop', DESKTOP, USER_AGENTS.chrome],
      ['phone', PHONE, USER_AGENTS.phone],
    ] as const) {
      const { context, page } = await openAs(demo, '/?date=2024-06-01', { viewport, userAgent });
      await settled(page);
      await page.screenshot({ path: `${shots}${name}.png`, fullPage: true });
      await page.screenshot({ path: `${shots}${name}-first-screen.png` });
      await page.locator('.sidebar').screenshot({ path: `${shots}${name}-sidebar.png` });
      await context.close();
    }
  });
});
