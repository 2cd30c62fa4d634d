import { describe, expect, it } from 'vitest';
import { bannerPage, type Measurement, measure } from './measure.ts';
import { chromiumAndSite } from './pages.ts';

// Issue 10: 20 banners with the same attributes on one page, the script in the head (as the guide says) and before
// `</body>` (where every element upgrades at once). CPU time from Chromium's trace, as in long-tasks.test.ts.
const env = chromiumAndSite();

/** Up to three cold loads, stopping at the first with no task over 50 ms of CPU (a loaded machine stretches one). */
async function bestOfThree(at: 'head' | 'body-end'): Promise<Measurement> {
  let m = await measure(env.browser, env.site, bannerPage(20, at));
  for (let attempt = 1; attempt < 3 && m.cpuLongTasks.length; attempt++)
    m = await measure(env.browser, env.site, bannerPage(20, at));
  return m;
}

describe('20 banners on a page never make a task over 50 ms of CPU', () => {
  for (const at of ['head', 'body-end'] as const) {
    it(`script ${at === 'head' ? 'in the head' : 'before </body>'}`, async () => {
      const m = await bestOfThree(at);
      expect(m.warnings).toEqual([]);
      expect(m.cpuLongTasks).toEqual([]);
    });
  }
});
