import { describe, expect, it } from 'vitest';
import { guideSnippets } from './guide.ts';
import { chromiumAndSite, LOADER_TAG, openHtml, plainPage } from './pages.ts';

// A day the guide's examples all have something to show on: the national days of late July, the unit's
// founding day (17/7) still within its 7 days, and the mourning example's period (20–21/7/2024).
const TODAY = new Date('2024-07-20T09:00:00+07:00');
const CDN = 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js';
// A snippet that shows a mistake says so in a comment: <!-- cảnh báo: words of the one warning it gives -->.
const EXPECTED_WARNING = /<!-- cảnh báo: (.+?) -->/;

const env = chromiumAndSite();

const snippets = guideSnippets();

describe('every ```html snippet of HUONG-DAN.md, pasted into a plain page', () => {
  it('finds the snippets: the embed line, a unit list, mourning, the fallback line and the reserved height', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5);
    expect(snippets[0]!.html).toContain(CDN);
  });

  for (const [index, { section, html }] of snippets.entries()) {
    it(`runs as written: snippet ${index + 1} (${section})`, async () => {
      // Only the CDN address changes, to the same files served here; a snippet without the script tag gets it
      // in the head, where §1 says it goes.
      const body = html.replaceAll(CDN, '/dist/cdn/vnportal-widgets.js');
      const head = body === html ? LOADER_TAG : '';
      const { page, warnings, errors } = await openHtml(env.browser, env.site, plainPage(body, head), {
        before: (page) => page.clock.setFixedTime(TODAY),
      });
      for (const banner of await page.locator('vnp-anniversary-banner').all()) {
        const line = banner.locator('[part=text]:not([aria-hidden])').first();
        // During the mourning example's period the line is its message; otherwise some anniversary.
        const mourning = await banner.getAttribute('mourning-message');
        expect(await line.textContent({ timeout: 15_000 })).toMatch(mourning ? new RegExp(`^${mourning}$`) : /\S/);
      }
      // A warning comes with the messages chunk: once the network is quiet, every warning has been said.
      await page.waitForLoadState('networkidle');
      const expected = EXPECTED_WARNING.exec(html)?.[1];
      expect(warnings).toEqual(expected ? [expect.stringContaining(expected)] : []);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
