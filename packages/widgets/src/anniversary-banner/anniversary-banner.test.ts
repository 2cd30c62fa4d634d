import axe from 'axe-core';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import seed from '../../../../fixtures/seed/seed-events.json';
import seedUrl from '../../../../fixtures/seed/seed-events.json?url';
import './anniversary-banner.js';
import { BannerChangeEvent, type VnpAnniversaryBanner } from '../index.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateReducedMotion: (reduce: boolean) => Promise<void>;
  }
}

const SEED_LINE =
  'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024); 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 76 năm ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)';
const SEED_ATTRS = 'date="2024-06-01" days-after="60" order="given"';
const BAC_HO = [{ id: 'bac-ho', name: 'ngày bác hồ ra đi tìm đường cứu nước', date: '1911-06-05', calendar: 'solar' }];

let warn: MockInstance<typeof console.warn>;
let pageErrors: unknown[];
const onError = (e: ErrorEvent | PromiseRejectionEvent) => pageErrors.push('reason' in e ? e.reason : e.error);

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  pageErrors = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
});
afterEach(async () => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onError);
  document.body.replaceChildren();
  vi.useRealTimers();
  warn.mockRestore();
  await commands.emulateReducedMotion(false);
});

function json(list: unknown): string {
  return `<script type="application/json">${JSON.stringify(list)}</script>`;
}

/** Mounts markup in a <main> (pages have landmarks) and returns its last banner once rendered. */
async function mount(markup: string): Promise<VnpAnniversaryBanner> {
  const main = document.createElement('main');
  main.innerHTML = markup;
  document.body.append(main);
  const banners = main.querySelectorAll('vnp-anniversary-banner');
  const el = banners[banners.length - 1]!;
  await el.updateComplete;
  return el;
}

const shadow = (el: Element) => el.shadowRoot!;
/** The line as a screen reader gets it: the copy not hidden from assistive technology. */
const spoken = (el: Element) => shadow(el).querySelector('[part=text]:not([aria-hidden])')?.textContent ?? '';
const button = (el: Element) => shadow(el).querySelector('button');
/** The CSS animations running in the banner: what makes it move. */
const motion = (el: Element) => shadow(el).querySelector('[part=base]')?.getAnimations({ subtree: true }) ?? [];
const warnings = () => warn.mock.calls.map((args) => String(args[0]));
/** The warnings once said: their sentences come from a chunk loaded on the first problem. */
async function said(): Promise<string[]> {
  await import('../internal/messages.js');
  await new Promise((resolve) => setTimeout(resolve, 30));
  return warnings();
}

describe('<vnp-anniversary-banner> content', () => {
  it("shows the seed page's four items for 2024-06-01, 60 days ahead, in the given order", async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    expect(spoken(el)).toBe(SEED_LINE);
    expect([...shadow(el).querySelectorAll('[part=text]:not([aria-hidden]) [part=item]')].length).toBe(4);
    expect(await said()).toEqual([]);
  });

  it('orders by day without order="given"', async () => {
    const el = await mount(
      `<vnp-anniversary-banner date="2024-06-01" days-after="60">${json(seed)}</vnp-anniversary-banner>`,
    );
    const years = [...shadow(el).querySelectorAll('[part=text]:not([aria-hidden]) [part=item]')].map(
      (item) => item.textContent!.split(' ')[0],
    );
    expect(years).toEqual(['113', '55', '76', '5']);
  });

  it('loads the same items from a src URL', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} src="${seedUrl}"></vnp-anniversary-banner>`);
    await expect.poll(() => spoken(el)).toBe(SEED_LINE);
  });

  it('fetches a src once however many banners name it', async () => {
    const src = `${seedUrl}?once`;
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} src="${src}"></vnp-anniversary-banner>
      <vnp-anniversary-banner ${SEED_ATTRS} mode="static" src="${src}"></vnp-anniversary-banner>`);
    const [first] = document.querySelectorAll('vnp-anniversary-banner');
    await expect.poll(() => [spoken(first!), spoken(el)]).toEqual([SEED_LINE, SEED_LINE]);
    const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src));
    expect(requests).toHaveLength(1);
  });

  it('combines inline items with a src, keeping the first of two with the same id', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} src="${seedUrl}">
      ${json([{ ...BAC_HO[0], id: 'radi', name: 'ngày Bác Hồ ra đi tìm đường cứu nước' }])}</vnp-anniversary-banner>`);
    await expect.poll(() => shadow(el).querySelectorAll('[part=text]:not([aria-hidden]) [part=item]').length).toBe(4);
    expect(spoken(el)).toContain('113 năm ngày Bác Hồ ra đi');
    expect(spoken(el)).not.toContain('ngày bác hồ');
  });

  it('picks up a JSON child added after the element', async () => {
    const el = await mount(`<vnp-anniversary-banner date="2024-06-01"></vnp-anniversary-banner>`);
    expect(spoken(el)).toBe('');
    el.insertAdjacentHTML('beforeend', json(BAC_HO));
    await expect.poll(() => spoken(el)).toContain('113 năm ngày bác hồ');
  });

  it('shows names as text, never as HTML', async () => {
    (window as { pwned?: boolean }).pwned = false;
    const hostile = [
      { id: 'a', name: '<img src=x onerror="window.pwned=true">', date: '1911-06-05' },
      { id: 'b', name: '<b>đậm</b> &amp; "quoted"', date: '1911-06-06' },
    ];
    const el = await mount(`<vnp-anniversary-banner date="2024-06-01"></vnp-anniversary-banner>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(hostile);
    el.append(script);
    await expect.poll(() => spoken(el)).toContain('<img src=x onerror="window.pwned=true">');
    expect(spoken(el)).toContain('<b>đậm</b> &amp; "quoted"');
    expect(shadow(el).querySelector('img, b')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { pwned?: boolean }).pwned).toBe(false);
  });

  it('uses prefix and round-only', async () => {
    const el = await mount(
      `<vnp-anniversary-banner ${SEED_ATTRS} prefix="Chào mừng" round-only>${json(seed)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe(
      'Chào mừng 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)',
    );
  });

  it('shows the items alone with an empty prefix', async () => {
    const el = await mount(
      `<vnp-anniversary-banner date="2024-06-01" prefix="">${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe('113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
  });

  it('keeps to max and reacts to properties set from script', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} max="2">${json(seed)}</vnp-anniversary-banner>`);
    expect(shadow(el).querySelectorAll('[part=text]:not([aria-hidden]) [part=item]')).toHaveLength(2);
    el.max = null;
    el.daysAfter = 5;
    await el.updateComplete;
    expect(spoken(el)).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)',
    );
  });

  it('speaks English with lang="en", leaving out items without nameEn', async () => {
    const list = [
      { ...BAC_HO[0], nameEn: "Uncle Ho's departure to find a way to save the country" },
      { id: 'x', name: 'chỉ có tiếng Việt', date: '1950-06-10' },
    ];
    const el = await mount(
      `<vnp-anniversary-banner lang="en" date="2024-06-01">${json(list)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe(
      "Celebrating the 113th anniversary of Uncle Ho's departure to find a way to save the country (5/6/1911 - 5/6/2024)",
    );
    expect(button(el)?.getAttribute('aria-label')).toBe('Pause');
    expect(await said()).toEqual([expect.stringContaining('"x" has no nameEn')]);
  });

  it('takes no space when there is nothing to show', async () => {
    const el = await mount(`<vnp-anniversary-banner date="2024-01-01">${json(seed)}</vnp-anniversary-banner>`);
    expect(shadow(el).textContent).toBe('');
    expect(el.getBoundingClientRect().height).toBe(0);
  });
});

describe('<vnp-anniversary-banner> national catalog', () => {
  it('adds the national catalog with the national attribute', async () => {
    const el = await mount(
      '<vnp-anniversary-banner national date="2025-04-20" mode="static"></vnp-anniversary-banner>',
    );
    expect(spoken(el)).toMatch(
      /^Nhiệt liệt chào mừng kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước \(30\/4\/1975 - 30\/4\/2025\); /,
    );
    expect(spoken(el)).toContain('71 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2025)');
    el.national = false;
    await el.updateComplete;
    expect(spoken(el)).toBe('');
  });

  it('counts max among English items only, and lets the catalog stand in for a site entry with no nameEn', async () => {
    const own = [
      { id: 'local', name: 'thành lập Chi bộ', date: '2000-09-01' },
      { id: '2-9', name: 'Quốc khánh (tên của trang)', date: '1945-09-02' },
    ];
    const el = await mount(
      `<vnp-anniversary-banner national lang="en" max="1" order="given" date="2025-09-01" days-before="0" days-after="1">${json(own)}</vnp-anniversary-banner>`,
    );
    await expect.poll(() => spoken(el)).toMatch(/^Celebrating the 80th anniversary of .*\(2\/9\/1945 - 2\/9\/2025\)$/);
    expect(await said()).toEqual([
      expect.stringContaining('"local" has no nameEn'),
      expect.stringContaining('"2-9" has no nameEn'),
    ]);
  });

  it('uses the English names of the catalog with lang="en"', async () => {
    const el = await mount(
      '<vnp-anniversary-banner national lang="en" date="2025-09-02" days-before="0" days-after="0"></vnp-anniversary-banner>',
    );
    await expect
      .poll(() => spoken(el))
      .toBe(
        'Celebrating the 80th anniversary of the National Day of the Socialist Republic of Viet Nam (2/9/1945 - 2/9/2025)',
      );
    expect(await said()).toEqual([]);
  });

  it('places lunar commemorations of the catalog on their solar day', async () => {
    const el = await mount(
      '<vnp-anniversary-banner national date="2025-04-07" days-before="0" days-after="0"></vnp-anniversary-banner>',
    );
    expect(spoken(el)).toBe('Nhiệt liệt chào mừng kỷ niệm Giỗ Tổ Hùng Vương (7/4/2025)');
  });

  it('places a lunar entry in a window that starts in 1899, with no warning, instead of showing nothing', async () => {
    // 1901-01-01 less 366 days is 1899-12-31: the lunar table reaches that window's lunar years 1899 and 1900.
    const gioTo = { id: 'gio-to-local', name: 'Giỗ Tổ', date: '--03-10', calendar: 'lunar' };
    const el = await mount(
      `<vnp-anniversary-banner date="1901-01-01" days-before="366" days-after="0">${json([gioTo])}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe('Nhiệt liệt chào mừng kỷ niệm Giỗ Tổ (9/4/1900)');
    expect(await said()).toEqual([]);
  });

  it("adds a site's own items to the catalog's", async () => {
    const el = await mount(
      `<vnp-anniversary-banner national date="2024-06-01" days-after="60" max="10">${json(seed.slice(0, 1))}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toContain('5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)');
    expect(spoken(el)).toContain('113 năm Ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
  });
});

describe('<vnp-anniversary-banner> "today"', () => {
  it("rolls over at Vietnam's midnight on a page left open", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2024-06-04T16:59:30Z')); // 23:59:30 on 4/6 in Vietnam
    const el = await mount(
      `<vnp-anniversary-banner days-before="0" days-after="0">${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    const events: BannerChangeEvent[] = [];
    el.addEventListener('vnp-banner-change', (e) => events.push(e));
    expect(spoken(el)).toBe('');

    vi.advanceTimersByTime(30_000);
    await el.updateComplete;
    expect(spoken(el)).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)',
    );
    expect(events.map((e) => e.anniversaries.map((a) => a.day))).toEqual([['2024-06-05']]);

    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    await el.updateComplete;
    expect(spoken(el)).toBe('');
    expect(events).toHaveLength(2);
  });

  it('counts to today in Vietnam when date is not set', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2024-06-04T17:00:00Z')); // already 5/6 in Vietnam, still 4/6 in UTC
    const el = await mount(
      `<vnp-anniversary-banner days-before="0" days-after="0">${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toContain('113 năm');
  });
});

describe('<vnp-anniversary-banner> motion', () => {
  it('scrolls by a CSS animation, with the loop copy hidden from screen readers', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    expect(motion(el).map((a) => a.playState)).toEqual(['running']);
    const copies = shadow(el).querySelectorAll('[part=text]');
    expect(copies).toHaveLength(2);
    expect(copies[1]!.getAttribute('aria-hidden')).toBe('true');
    expect(copies[1]!.textContent).toBe(SEED_LINE);
  });

  it('paces the loop at `speed` pixels a second: speed="30" takes twice as long as speed="60"', async () => {
    const duration = (el: VnpAnniversaryBanner) =>
      Number.parseFloat(shadow(el).querySelector<HTMLElement>('.t')!.style.getPropertyValue('--d'));
    const fast = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} speed="60">${json(seed)}</vnp-anniversary-banner>`);
    const slow = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} speed="30">${json(seed)}</vnp-anniversary-banner>`);
    expect(duration(fast)).toBeGreaterThan(1);
    expect(duration(slow) / duration(fast)).toBeCloseTo(2, 5);
  });

  it('starts moving when a banner first drawn inside a hidden container is shown', async () => {
    const el = await mount(
      `<div hidden><vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner></div>`,
    );
    const track = shadow(el).querySelector<HTMLElement>('.t')!;
    el.parentElement!.hidden = false;
    await expect.poll(() => Number.parseFloat(track.style.getPropertyValue('--d'))).toBeGreaterThan(1);
    const start = getComputedStyle(track).transform;
    await expect.poll(() => getComputedStyle(track).transform).not.toBe(start);
  });

  it('does not move under prefers-reduced-motion: reduce and shows the whole line once', async () => {
    await commands.emulateReducedMotion(true);
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    expect(motion(el)).toEqual([]);
    const [copy, loop] = shadow(el).querySelectorAll<HTMLElement>('[part=text]');
    expect(copy!.checkVisibility()).toBe(true);
    expect(loop!.checkVisibility()).toBe(false);
    expect(button(el)!.checkVisibility()).toBe(false);
    expect(copy!.getBoundingClientRect().right).toBeLessThanOrEqual(el.getBoundingClientRect().right);
  });

  it('pauses and resumes with its button, labelled in Vietnamese', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    const pause = button(el)!;
    expect(pause.getAttribute('aria-label')).toBe('Tạm dừng');
    await userEvent.click(pause);
    await el.updateComplete;
    await userEvent.unhover(pause);
    pause.blur();
    expect(pause.getAttribute('aria-label')).toBe('Tiếp tục');
    expect(motion(el).map((a) => a.playState)).toEqual(['paused']);

    pause.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    pause.blur();
    expect(pause.getAttribute('aria-label')).toBe('Tạm dừng');
    expect(motion(el).map((a) => a.playState)).toEqual(['running']);
  });

  it('keeps keyboard focus on the same pause button while it toggles, and keeps the line', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    const pause = button(el)!;
    const line = shadow(el).querySelector('[part=text]')!;
    pause.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(button(el)).toBe(pause);
    expect(shadow(el).activeElement).toBe(pause);
    expect(shadow(el).querySelector('[part=text]')).toBe(line);
    expect(pause.getAttribute('aria-label')).toBe('Tạm dừng');
  });

  it('pauses while hovered, but not while its button merely has focus', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    const base = shadow(el).querySelector<HTMLElement>('[part=base]')!;
    await userEvent.hover(base);
    expect(motion(el).map((a) => a.playState)).toEqual(['paused']);
    await userEvent.unhover(base);
    expect(motion(el).map((a) => a.playState)).toEqual(['running']);
    button(el)!.focus();
    expect(motion(el).map((a) => a.playState)).toEqual(['running']);
  });

  it('lays the items out as wrapped text in static mode, with no button', async () => {
    const el = await mount(
      `<div style="width:300px"><vnp-anniversary-banner ${SEED_ATTRS} mode="static">${json(seed)}</vnp-anniversary-banner></div>`,
    );
    expect(spoken(el)).toBe(SEED_LINE);
    expect(shadow(el).querySelectorAll('[part=text]')).toHaveLength(1);
    expect(button(el)).toBeNull();
    expect(motion(el)).toEqual([]);
    expect(el.getBoundingClientRect().width).toBe(300);
    expect(el.getBoundingClientRect().height).toBeGreaterThan(100);
  });
});

describe('<vnp-anniversary-banner> vnp-banner-change', () => {
  it('fires with the selected anniversaries when they change, bubbling out of shadow roots', async () => {
    const events: BannerChangeEvent[] = [];
    const listener = (e: BannerChangeEvent) => events.push(e);
    document.addEventListener('vnp-banner-change', listener);
    try {
      const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
      expect(events).toHaveLength(1);
      const [event] = events;
      expect(event).toBeInstanceOf(BannerChangeEvent);
      expect(event!.bubbles && event!.composed).toBe(true);
      expect(event!.anniversaries.map((a) => [a.commemoration.id, a.years])).toEqual([
        ['dang-bo-khoi', 5],
        ['radi', 113],
        ['thidua', 76],
        ['cpcm', 55],
      ]);
      expect(event!.text).toBe(SEED_LINE);

      button(el)!.click(); // pausing changes nothing shown
      await el.updateComplete;
      expect(events).toHaveLength(1);

      el.setAttribute('days-after', '4');
      await el.updateComplete;
      expect(events).toHaveLength(2);
      expect(events[1]!.anniversaries.map((a) => a.years)).toEqual([113]);
    } finally {
      document.removeEventListener('vnp-banner-change', listener);
    }
  });
});

describe('<vnp-anniversary-banner> vnp-banner-change with banners that share one line', () => {
  it('hands each event its own anniversaries: a listener that changes them changes no other banner', async () => {
    // Two banners with the same list and attributes share one computed line; a page script edits what it is given.
    const reported: string[] = [];
    const listener = (e: BannerChangeEvent) => {
      reported.push(JSON.stringify(e.anniversaries.map((a) => [a.commemoration.name, a.day, a.years])));
      for (const a of e.anniversaries) {
        a.day = '2000-01-01';
        a.years = 0;
        a.commemoration.name = 'đã bị sửa';
      }
    };
    document.addEventListener('vnp-banner-change', listener);
    try {
      const second = await mount(
        `<vnp-anniversary-banner mode="list" date="2024-06-01">${json(BAC_HO)}</vnp-anniversary-banner>
         <vnp-anniversary-banner mode="list" date="2024-06-01">${json(BAC_HO)}</vnp-anniversary-banner>`,
      );
      const original = JSON.stringify([['ngày bác hồ ra đi tìm đường cứu nước', '2024-06-05', 113]]);
      expect(reported).toEqual([original, original]);
      // The second banner drew its list after the first one's listener ran: it still shows the real day.
      expect(shadow(second).querySelector('time')?.getAttribute('datetime')).toBe('2024-06-05');
      expect(spoken(second)).toBe('5/6/2024113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
      expect(warnings()).toEqual([]);
    } finally {
      document.removeEventListener('vnp-banner-change', listener);
    }
  });
});

describe('<vnp-anniversary-banner> in a page it does not own', () => {
  it('warns once about bad JSON and shows the other sources', async () => {
    const el = await mount(`<vnp-anniversary-banner date="2024-06-01">
      <script type="application/json">[{"id": "a", "name": "oops",]</script>${json(BAC_HO)}</vnp-anniversary-banner>`);
    expect(spoken(el)).toContain('113 năm');
    el.setAttribute('max', '3');
    await el.updateComplete;
    // The JSON-recovery and messages chunks load on demand: give them the time a loaded machine needs.
    await expect
      .poll(() => warnings(), { timeout: 15_000 })
      .toContainEqual(expect.stringMatching(/JSON syntax error at line 1, column \d+ .*Showing the 0 entries/));
    expect(pageErrors).toEqual([]);
  });

  it('keeps the valid entries of a list with a bad one, and says which field to fix', async () => {
    const el = await mount(
      `<vnp-anniversary-banner date="2024-06-01">${json([{ id: 'z', name: 'sai', date: '1911-6-5' }, ...BAC_HO])}</vnp-anniversary-banner>`,
    );
    // A list with a mistake is read by the precise reader, a chunk loaded on demand: wait for it.
    await expect.poll(() => spoken(el), { timeout: 10_000 }).toContain('113 năm');
    expect(await said()).toEqual([expect.stringContaining('[0]: date: "1911-6-5" is not')]);
  });

  it('warns once when src fails and shows the rest', async () => {
    const el = await mount(
      `<vnp-anniversary-banner date="2024-06-01" src="/test/fixtures/no-such-events.json">${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    // The 404 and then the on-demand messages chunk: two round trips a loaded machine can stretch past 1 s.
    await expect
      .poll(() => warnings(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('could not load src="/test/fixtures/no-such-events.json" (HTTP 404)')]);
    el.setAttribute('max', '3');
    await el.updateComplete;
    expect(spoken(el)).toContain('113 năm');
    expect(await said()).toHaveLength(1);
    expect(pageErrors).toEqual([]);
  });

  it('warns once per unknown attribute value, saying what to use, and falls back', async () => {
    const el = await mount(
      `<vnp-anniversary-banner date="2024-13-01" mode="fast" order="random" lang="fr" days-after="soon" max="0" speed="-3">${json(seed)}</vnp-anniversary-banner>`,
    );
    el.requestUpdate();
    await el.updateComplete;
    expect(await said()).toHaveLength(7);
    expect(await said()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('date="2024-13-01" is not a day like 2024-06-01'),
        expect.stringContaining('mode="fast" is not one of "marquee", "static", "list"; using "marquee"'),
        expect.stringContaining('order="random" is not one of "default", "given"'),
        expect.stringContaining('lang="fr" is not "vi" or "en"'),
        expect.stringContaining('days-after="soon" is not a whole number from 0 to 366; using the default, 30'),
        expect.stringContaining('max="0" is not a whole number from 1 to 50; using the default, 5'),
        expect.stringContaining('speed="-3" is not a whole number from 1 to 1000; using the default, 60'),
      ]),
    );
    expect(warnings().every((w) => w.startsWith('<vnp-anniversary-banner>'))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("is not restyled by the host page's CSS and does not restyle it", async () => {
    const el = await mount(`<style>*{text-transform:uppercase;letter-spacing:9px;line-height:5;font:italic 30px serif}
      span{display:none}</style><span class="c">light</span><button>light</button>
      <vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    const text = getComputedStyle(shadow(el).querySelector('[part=text]')!);
    expect([text.textTransform, text.letterSpacing, text.fontStyle, text.display]).toEqual([
      'none',
      'normal',
      'normal',
      'block',
    ]);
    const lightButton = getComputedStyle(document.querySelector('main > button')!);
    expect(lightButton.borderRadius).not.toBe('50%');
  });

  it('takes its colours, font and look from --vnp-banner-* properties and ::part()s', async () => {
    const el = await mount(`<style>
      .theme{--vnp-banner-background:rgb(0, 0, 128);--vnp-banner-color:rgb(255, 255, 255);--vnp-banner-font-size:20px}
      vnp-anniversary-banner::part(base){text-transform:uppercase}
      vnp-anniversary-banner::part(item){font-style:italic}</style>
      <div class="theme"><vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner></div>`);
    const base = getComputedStyle(shadow(el).querySelector('[part=base]')!);
    expect([base.backgroundColor, base.color, base.fontSize, base.textTransform]).toEqual([
      'rgb(0, 0, 128)',
      'rgb(255, 255, 255)',
      '20px',
      'uppercase',
    ]);
    expect(getComputedStyle(shadow(el).querySelector('[part=item]')!).fontStyle).toBe('italic');
  });

  it('has no axe-core accessibility violations, scrolling or static', async () => {
    await mount(`<h1>Cổng thông tin</h1><vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>
      <vnp-anniversary-banner ${SEED_ATTRS} mode="static">${json(seed)}</vnp-anniversary-banner>`);
    const results = await axe.run(document, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

/** The track's current horizontal offset: what a visitor sees move. */
const offset = (el: Element) => new DOMMatrix(getComputedStyle(shadow(el).querySelector('.t')!).transform).m41;
const frames = (n: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

describe('<vnp-anniversary-banner> pause and resume restart the motion', () => {
  it('moves again after "Tạm dừng" then "Tiếp tục" by mouse, though the button keeps focus and the pointer', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    const pause = button(el)!;
    await userEvent.click(pause);
    await el.updateComplete;
    const still = offset(el);
    await frames(10);
    expect(offset(el)).toBe(still);
    await userEvent.click(pause);
    await el.updateComplete;
    expect(shadow(el).activeElement).toBe(pause);
    const resumed = offset(el);
    await frames(10);
    expect(offset(el)).not.toBe(resumed);
  });

  it('moves again after pausing and resuming with the keyboard', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS}>${json(seed)}</vnp-anniversary-banner>`);
    button(el)!.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const still = offset(el);
    await frames(10);
    expect(offset(el)).toBe(still);
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    const resumed = offset(el);
    await frames(10);
    expect(offset(el)).not.toBe(resumed);
  });
});

describe('<vnp-anniversary-banner> choosing national days', () => {
  const ON_1_5 = 'days-before="0" days-after="0" mode="static"';

  it("shows a site entry that reuses a catalog id once, in the site's wording", async () => {
    const own = [{ id: 'radi', name: 'ngày Bác Hồ ra đi tìm đường cứu nước', date: '1911-06-05' }];
    const el = await mount(
      `<vnp-anniversary-banner national date="2025-06-05" ${ON_1_5}>${json(own)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 114 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2025)',
    );
  });

  it("shows leaders' birthdays only in round years, unless the site observes one every year", async () => {
    const round = await mount(
      `<vnp-anniversary-banner national="leaders" date="2024-05-01" ${ON_1_5}></vnp-anniversary-banner>`,
    );
    expect(spoken(round)).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 120 năm Ngày sinh đồng chí Trần Phú (1/5/1904 - 1/5/2024)',
    );
    const ordinary = await mount(
      `<vnp-anniversary-banner national="leaders" date="2025-05-01" ${ON_1_5}></vnp-anniversary-banner>`,
    );
    expect(spoken(ordinary)).toBe('');
    const yearly = [{ id: 'tranphu', name: 'Ngày sinh đồng chí Trần Phú', date: '1904-05-01', observance: 'yearly' }];
    const site = await mount(
      `<vnp-anniversary-banner national="leaders" date="2025-05-01" ${ON_1_5}>${json(yearly)}</vnp-anniversary-banner>`,
    );
    expect(spoken(site)).toContain('121 năm Ngày sinh đồng chí Trần Phú');
  });

  it('takes only some groups or ids, or all but some', async () => {
    const all = await mount(`<vnp-anniversary-banner national date="2024-05-01" ${ON_1_5}></vnp-anniversary-banner>`);
    expect(spoken(all)).toContain('Ngày Quốc tế Lao động');
    expect(spoken(all)).toContain('Trần Phú');
    const without = await mount(
      `<vnp-anniversary-banner national="-tranphu" date="2024-05-01" ${ON_1_5}></vnp-anniversary-banner>`,
    );
    expect(spoken(without)).toContain('Ngày Quốc tế Lao động');
    expect(spoken(without)).not.toContain('Trần Phú');
    const only = await mount(
      `<vnp-anniversary-banner national="1-5" date="2024-05-01" ${ON_1_5}></vnp-anniversary-banner>`,
    );
    expect(spoken(only)).toBe('Nhiệt liệt chào mừng kỷ niệm 138 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2024)');
    expect(await said()).toEqual([]);
  });

  it('warns once about an unknown national id and leaves the catalog out', async () => {
    const el = await mount(
      `<vnp-anniversary-banner national="tranphuu" date="2024-05-01" ${ON_1_5}>${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe('');
    expect(await said()).toEqual([
      expect.stringContaining('national="tranphuu": "tranphuu" is not a catalog or group id'),
    ]);
  });
});

describe('<vnp-anniversary-banner> mourning (Quốc tang)', () => {
  it('shows the sober message during the period, with no marquee, and goes back by itself when it ends', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2024-07-21T16:59:00Z')); // 23:59 on 21/7 in Vietnam, the period's last day
    const el = await mount(
      `<vnp-anniversary-banner mourning-from="2024-07-20" mourning-to="2024-07-21" mourning-message="Quốc tang Tổng Bí thư Nguyễn Phú Trọng" days-after="60">${json(BAC_HO)}</vnp-anniversary-banner>`,
    );
    expect(spoken(el)).toBe('Quốc tang Tổng Bí thư Nguyễn Phú Trọng');
    expect(spoken(el)).not.toContain('Nhiệt liệt chào mừng');
    expect(button(el)).toBeNull();
    expect(motion(el)).toEqual([]);
    vi.advanceTimersByTime(60_000);
    await el.updateComplete;
    expect(spoken(el)).toBe('');
    el.setAttribute('date', '2024-06-01');
    await el.updateComplete;
    expect(spoken(el)).toContain('Nhiệt liệt chào mừng kỷ niệm 113 năm');
    expect(button(el)).not.toBeNull();
  });

  it('takes a shared mourning period from a src file', async () => {
    const el = await mount(
      '<vnp-anniversary-banner date="2024-07-20" src="/test/fixtures/mourning.json"></vnp-anniversary-banner>',
    );
    await expect.poll(() => spoken(el)).toBe('Tỉnh ủy thông báo: Quốc tang từ 20/7 đến 21/7/2024');
  });
});

describe('<vnp-anniversary-banner> list mode', () => {
  it('shows one item per line with its day, for a sidebar box', async () => {
    const el = await mount(`<vnp-anniversary-banner ${SEED_ATTRS} mode="list">${json(seed)}</vnp-anniversary-banner>`);
    const items = [...shadow(el).querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('time')!.textContent)).toEqual([
      '17/7/2024',
      '5/6/2024',
      '11/6/2024',
      '6/6/2024',
    ]);
    expect(items[1]!.textContent).toBe('5/6/2024113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
    expect(new Set(items.map((li) => Math.round(li.getBoundingClientRect().left))).size).toBe(1);
    expect(button(el)).toBeNull();
  });

  it("dates a day known only by its month with the whole month, and keeps it on the month's later days", async () => {
    // dbpk: "Hà Nội - Điện Biên Phủ trên không", 12/1972 in the national catalog.
    const el = await mount(
      '<vnp-anniversary-banner national="dbpk" mode="list" date="2026-12-18"></vnp-anniversary-banner>',
    );
    const items = [...shadow(el).querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('time')!.textContent)).toEqual(['1/12/2026 - 31/12/2026']);
    // For machines (search engines, calendars): HTML's month string, not the month's first day.
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-12');
    expect(items[0]!.textContent).toContain('(12/1972 - 12/2026)');
  });
});
