import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import './visit-stats.js';
import type { VnpVisitStats } from './visit-stats.component.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    startVisits: () => Promise<string>;
    stopVisits: () => Promise<void>;
    closeVisits: () => Promise<void>;
    addVisitsSite: (site: string, origin: string, startTotal: number) => Promise<unknown>;
    visitsOf: (site: string) => Promise<{ visits: number; pageviews: number } | undefined>;
    useDesktopUserAgent: () => Promise<void>;
  }
}

// The seed page's figure: "Số lượt truy cập 411594".
const SEED_TOTAL = 411594;
let endpoint: string;
let sites = 0;
const mounted: Element[] = [];

// PGlite creates its database on first start: about 3 s on a quiet machine, a minute on a loaded CI box.
const SERVICE_START_MS = 180_000;

beforeAll(async () => {
  performance.setResourceTimingBufferSize(100_000);
  await commands.useDesktopUserAgent();
  endpoint = await commands.startVisits();
}, SERVICE_START_MS);
afterAll(() => commands.closeVisits());
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  vi.restoreAllMocks();
});

/** A site at the real service that accepts hits from this page, with the seed's starting total. */
async function newSite(startTotal = SEED_TOTAL): Promise<string> {
  const site = `widgets-${++sites}-${Date.now() % 1_000_000}`;
  await commands.addVisitsSite(site, location.origin, startTotal);
  return site;
}

function mount(html: string): VnpVisitStats {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const el = holder.firstElementChild as VnpVisitStats;
  document.body.append(el);
  mounted.push(el);
  return el;
}

/** The rows as a reader sees them: label and figure. */
function rows(el: Element): string[][] {
  return [...(el.shadowRoot?.querySelectorAll('dl > div') ?? [])].map((row) => [
    row.querySelector('dt')?.textContent ?? '',
    row.querySelector('dd')?.textContent ?? '',
  ]);
}

/** Requests this page made for a site's figures. */
const statsRequests = (site: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/sites/${site}/stats`)).length;

const warnings = () => vi.mocked(console.warn).mock.calls.map((call) => String(call[0]));

describe('<vnp-visit-stats> against the real counter service', () => {
  it("shows the four labelled rows with this page's own visit counted, grouped the Vietnamese way", async () => {
    vi.spyOn(console, 'warn');
    const site = await newSite();
    // refresh="5": on a loaded machine the service's batch may land after the element's first re-read.
    const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}" refresh="5"></vnp-visit-stats>`);
    await expect
      .poll(() => rows(el), { timeout: 15_000 })
      .toEqual([
        ['Số lượt truy cập', '411.595'],
        ['Trực tuyến', '1'],
        ['Hôm nay', '1'],
        ['Hôm qua', '0'],
      ]);
    const box = el.shadowRoot!.querySelector('section')!;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).toBe('Thống kê truy cập');
    expect(el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)).toBe(heading);
    expect(box.lang).toBe('vi');
    expect(warnings()).toEqual([]);
  }, 40_000);

  it('reports the page view once per page load: not on re-render, re-connect or for a second box', async () => {
    const site = await newSite();
    const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}"></vnp-visit-stats>`);
    await expect.poll(() => rows(el)[0]?.[1], { timeout: 10_000 }).toBe('411.595');
    el.lang = 'en';
    await el.updateComplete;
    el.lang = 'vi';
    el.remove();
    document.body.append(el);
    mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}"></vnp-visit-stats>`);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await commands.visitsOf(site)).toEqual({ visits: 1, pageviews: 1 });
  });

  it('with no-count shows the figures and reports nothing', async () => {
    const site = await newSite();
    const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}" no-count></vnp-visit-stats>`);
    await expect.poll(() => rows(el)[0]?.[1], { timeout: 10_000 }).toBe('411.594');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await commands.visitsOf(site)).toEqual({ visits: 0, pageviews: 0 });
    expect(rows(el)[0]).toEqual(['Số lượt truy cập', '411.594']);
  });

  it('speaks English with lang="en", digits grouped the English way', async () => {
    const site = await newSite(1_234_567);
    const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}" lang="en" no-count></vnp-visit-stats>`);
    await expect
      .poll(() => rows(el), { timeout: 10_000 })
      .toEqual([
        ['Total visits', '1,234,567'],
        ['Online now', '0'],
        ['Today', '0'],
        ['Yesterday', '0'],
      ]);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('Visit statistics');
    expect(el.shadowRoot!.querySelector('section')!.lang).toBe('en');
  });

  it('shows its own fallback until the first figures, and keeps it with one warning when the service is unreachable', async () => {
    vi.spyOn(console, 'warn');
    const el = mount(
      '<vnp-visit-stats site="demo" endpoint="http://127.0.0.1:9" refresh="5"><p>Số lượt truy cập: 411.594</p></vnp-visit-stats>',
    );
    await expect.poll(() => warnings().length, { timeout: 15_000 }).toBe(1);
    expect(warnings()[0]).toMatch(
      /^<vnp-visit-stats> không lấy được số liệu từ http:\/\/127\.0\.0\.1:9\/api\/sites\/demo\/stats .*\n\(English\) could not get the figures/,
    );
    const fallback = el.querySelector('p')!;
    expect(fallback.checkVisibility()).toBe(true);
    expect(fallback.getBoundingClientRect().height).toBeGreaterThan(0);
    expect(rows(el)).toEqual([]);
  });

  it(
    'keeps the last figures while the service is stopped, warns once, and recovers when it is back',
    async () => {
      vi.spyOn(console, 'warn');
      const site = await newSite();
      const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}" refresh="5"></vnp-visit-stats>`);
      await expect.poll(() => rows(el)[0]?.[1], { timeout: 10_000 }).toBe('411.595');
      const shown = rows(el);
      const box = () => el.shadowRoot!.querySelector('section')!.getAttribute('part');
      await commands.stopVisits();
      await expect
        .poll(warnings, { timeout: 15_000 })
        .toEqual([expect.stringMatching(/^<vnp-visit-stats> không lấy được số liệu .*Vẫn hiện số liệu cũ,/)]);
      expect(box()).toBe('base stale');
      // A second failed refresh says nothing new.
      await new Promise((resolve) => setTimeout(resolve, 6000));
      expect(warnings()).toHaveLength(1);
      expect(rows(el)).toEqual(shown);
      await commands.startVisits();
      await expect.poll(box, { timeout: 15_000 }).toBe('base');
      expect(rows(el)).toEqual(shown);
      expect(warnings()).toHaveLength(1);
    },
    60_000 + SERVICE_START_MS,
  );

  it('refreshes while the tab is visible and asks nothing while it is hidden', async () => {
    const site = await newSite();
    const el = mount(`<vnp-visit-stats site="${site}" endpoint="${endpoint}" refresh="5" no-count></vnp-visit-stats>`);
    await expect.poll(() => rows(el).length, { timeout: 10_000 }).toBe(4);
    await expect.poll(() => statsRequests(site), { timeout: 10_000 }).toBe(2);
    // What the browser does when the visitor switches tabs.
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await new Promise((resolve) => setTimeout(resolve, 6500));
    expect(statsRequests(site)).toBe(2);
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    // Overdue: at once, not after another 5 s.
    await expect.poll(() => statsRequests(site), { timeout: 1500 }).toBe(3);
  }, 60_000);

  it('says each attribute mistake once, in Vietnamese first, and asks the service nothing', async () => {
    vi.spyOn(console, 'warn');
    const fetchSpy = vi.spyOn(window, 'fetch');
    const el = mount(
      '<vnp-visit-stats sit="demo" endpoint="ftp://thongke" no-count="false"><p>…</p></vnp-visit-stats>',
    );
    el.lang = 'vi';
    await el.updateComplete;
    await expect.poll(warnings).toEqual([
      expect.stringMatching(
        /^<vnp-visit-stats> không có thuộc tính "sit"; có phải bạn muốn viết "site"\?.*\n\(English\) unknown attribute "sit"/s,
      ),
      expect.stringMatching(/^<vnp-visit-stats> no-count="false": thuộc tính bật\/tắt không nhận giá trị/),
      // "sit" is the missing site: its "did you mean" says so, with no second warning about site.
      expect.stringMatching(/^<vnp-visit-stats> endpoint="ftp:\/\/thongke" không hợp lệ: ghi địa chỉ http\(s\)/),
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(el.querySelector('p')!.checkVisibility()).toBe(true);
  });

  it('takes its colours from --vnp-* custom properties and ::part rules of the page', async () => {
    const site = await newSite();
    const style = document.createElement('style');
    style.textContent =
      '.themed { --vnp-stats-title-background: rgb(0, 0, 128); } .themed::part(value) { color: rgb(0, 128, 0); } .themed::part(online) { font-style: italic; }';
    document.head.append(style);
    const el = mount(
      `<vnp-visit-stats class="themed" site="${site}" endpoint="${endpoint}" no-count></vnp-visit-stats>`,
    );
    await expect.poll(() => rows(el).length, { timeout: 10_000 }).toBe(4);
    const root = el.shadowRoot!;
    expect(getComputedStyle(root.querySelector('h2')!).backgroundColor).toBe('rgb(0, 0, 128)');
    expect(getComputedStyle(root.querySelector('dd')!).color).toBe('rgb(0, 128, 0)');
    expect(getComputedStyle(root.querySelectorAll('dl > div')[1]!).fontStyle).toBe('italic');
    expect(getComputedStyle(root.querySelectorAll('dl > div')[0]!).fontStyle).toBe('normal');
    style.remove();
  });
});
