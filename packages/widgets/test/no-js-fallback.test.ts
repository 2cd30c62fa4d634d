import type { Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { guideReservedHeight } from './guide.ts';
import { chromiumAndSite, openHtml, plainPage, spokenLine } from './pages.ts';

// Two of the seed page's commemorations; on 13/6/2024 the first has been over for more than 7 days.
const LIST = `<script type="application/json">[
  { "id": "bac-ho-ra-di", "name": "ngày Bác Hồ ra đi tìm đường cứu nước", "date": "1911-06-05" },
  { "id": "loi-keu-goi-thi-dua", "name": "ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc", "date": "1948-06-11" }
]</script>`;
const TODAY =
  'Nhiệt liệt chào mừng kỷ niệm 76 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)';
// What the CLI printed into the page the day before (12/6/2024), still there when the page is read on the 13th.
const YESTERDAY =
  'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 76 năm ngày Chủ tịch Hồ Chí Minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)';
// The reserved height from HUONG-DAN.md §6, as a webmaster copies it into the head.
const RESERVE = guideReservedHeight();

/** A news page with the banner at the top holding `fallback`, and content below it that a shift would move. */
const page = (fallback: string, withScript = true) =>
  plainPage(
    `<vnp-anniversary-banner date="2024-06-13">${fallback}${LIST}</vnp-anniversary-banner>
     <main><h1>Kết quả công tác kết nạp đảng viên 6 tháng đầu năm 2024</h1><p>Thứ năm, 13/06/2024</p></main>`,
    `${RESERVE}${withScript ? '<script src="/dist/cdn/vnportal-widgets.js"></script>' : ''}`,
  );

/** Every layout shift since the page started, as the CLS metric counts them (buffered observer). */
const recordShifts = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { shifts: number[] };
    w.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** Two frames after the banner is drawn: any shift its drawing caused has been reported by then. */
const settled = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

const env = chromiumAndSite();

describe('the fallback line inside the element', () => {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`is what a visitor with JavaScript off reads, whole, at ${width}px wide`, async () => {
      const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width, height } });
      const { page: tab } = await openHtml(context, env.site, page(TODAY));
      const banner = tab.locator('vnp-anniversary-banner');
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.innerText()).toBe(TODAY);
      // Nothing of it is cut off: the box is as tall and as wide as the text needs.
      const box = await banner.evaluate((el) => [el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth]);
      expect(box).toEqual([0, 0]);
      expect(await tab.evaluate(() => customElements.get('vnp-anniversary-banner'))).toBeUndefined();
      await context.close();
    });
  }

  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ] as const) {
    it(`is replaced by the banner with no layout shift at ${width}px wide`, async () => {
      const context = await env.browser.newContext({ viewport: { width, height } });
      const {
        page: tab,
        warnings,
        errors,
      } = await openHtml(context, env.site, page(TODAY), {
        before: recordShifts,
      });
      expect(await spokenLine(tab)).toBe(TODAY);
      await settled(tab);
      expect(await tab.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
      expect(warnings).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it("is corrected when it is yesterday's line: the reader sees and hears only today's", async () => {
    const { page: tab, warnings } = await openHtml(env.browser, env.site, page(YESTERDAY));
    expect(await spokenLine(tab)).toBe(TODAY);
    // The stale words are still in the light DOM for crawlers, but they have no box on screen any more.
    const staleBoxes = await tab.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('vnp-anniversary-banner')!.firstChild!);
      return { text: range.toString(), boxes: range.getClientRects().length };
    });
    expect(staleBoxes).toEqual({ text: YESTERDAY, boxes: 0 });
    expect(await tab.locator('vnp-anniversary-banner').ariaSnapshot()).not.toContain('Bác Hồ ra đi');
    expect(warnings).toEqual([]);
    await tab.close();
  });
});
