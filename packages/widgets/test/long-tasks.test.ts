import { describe, expect, it } from 'vitest';
import { hugeListPage, hugeNamePage, type Measurement, measure, type Scenario } from './measure.ts';
import { chromiumAndSite } from './pages.ts';

// The quick version of `npm run bench`'s oversized-data rows. CPU time from Chromium's trace, not wall-clock
// long tasks: on a loaded 2-core CI machine the wall clock of any task stretches, ours or the browser's.
const env = chromiumAndSite();

/**
 * Up to three cold loads, stopping at the first whose longest task (of `kind`) is within 50 ms: even CPU time
 * grows by a third when every core is shared (measured here at load 20), so one load may cross the line by
 * chance; a real block (issue 10 measured 400–650 ms) crosses it every time.
 */
async function bestOfThree(scenario: Scenario, kind: 'cpuLongTasks' | 'scriptLongTasks'): Promise<Measurement> {
  let m = await measure(env.browser, env.site, scenario);
  for (let attempt = 1; attempt < 3 && m[kind]?.length; attempt++) m = await measure(env.browser, env.site, scenario);
  return m;
}

describe('oversized data from src never blocks the main thread for 50 ms', () => {
  it('a 1 MB name: shown cut to its limit, with one warning, and no task over 50 ms of CPU', async () => {
    const m = await bestOfThree(hugeNamePage('src'), 'cpuLongTasks');
    expect(m.warnings).toEqual([expect.stringMatching(/1000000 characters, over the limit of 300/)]);
    expect(m.cpuLongTasks).toEqual([]);
  });

  it('a 100,000-entry list: the first 1,000 read, with one warning, and no task over 50 ms of CPU', async () => {
    const m = await bestOfThree(hugeListPage('src'), 'cpuLongTasks');
    expect(m.warnings).toEqual([expect.stringMatching(/entries, over the limit of 1000; reading the first 1000/)]);
    // The 5.5 MB response is read piece by piece and only up to LIMITS.jsonLength: no task decodes it whole
    // (response.text() did, in one or two tasks of 55–110 ms CPU on this machine).
    expect(m.cpuLongTasks).toEqual([]);
  });
});
