import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { formatBanner, nationalCommemorations, parseCommemorations, selectForBanner } from '@vnportal/anniversary';
import { todayInVietnam } from '@vnportal/calendar';
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, type Demo, liveFigures, openAs, startDemo } from './harness.ts';

const SEED_BANNER =
  'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024); 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 76 năm ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)';
const CAPTIONS = [
  'Hội nghị chuyên đề về công tác phát triển đảng viên là công nhân, lao động trong các loại hình doanh nghiệp',
  'Lễ kết nạp đảng viên là học sinh tại Chi bộ Trường PTTH sư phạm Tràng An trực thuộc Đảng bộ Trường Đại học Hoa Lư',
];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let demo: Demo;
let base: string;

beforeAll(async () => {
  // The built page as `npm start` serves it, with the counter service beside it, on free ports.
  demo = await startDemo();
  base = demo.base;
}, 180_000);
afterAll(async () => {
  await demo?.close();
});

async function open(path: string, viewport = DESKTOP): Promise<{ page: Page; problems: string[] }> {
  const { context, page, problems } = await openAs(demo, path, { viewport });
  // A page closed after the browser is gone has no context left to close: nothing to report.
  page.once('close', () => void context.close().catch(() => {}));
  return { page, problems };
}

/** The banner's text as a screen reader gets it: the accessibility tree, where the loop's copy is hidden. */
async function bannerText(page: Page, selector: string): Promise<string> {
  const snapshot = await page.locator(selector).ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*(text:\s*)?/, '').replace(/^"|"$/g, ''))
    .filter((line) => line && !/^(button|img)\b/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('the demo portal page', () => {
  it('shows the seed banner line word for word with ?date=2024-06-01', async () => {
    const { page, problems } = await open('/?date=2024-06-01');
    await expect.poll(() => bannerText(page, '#banner')).toBe(SEED_BANNER);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("fills the line from the national catalog on a day without the site's own anniversaries (25/8/2025)", async () => {
    const { page } = await open('/?date=2025-08-25');
    await expect
      .poll(() => bannerText(page, '#banner'))
      .toBe(
        'Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam (2/9/1945 - 2/9/2025); 95 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2025); 71 năm Ngày Giải phóng Thủ đô (10/10/1954 - 10/10/2025); 95 năm Ngày thành lập Hội Nông dân Việt Nam (14/10/1930 - 14/10/2025)',
      );
    await page.close();
  });

  it("shows today's anniversaries in Vietnam without ?date: the site's list, then the national catalog", async () => {
    const own = parseCommemorations(
      readFileSync(new URL('../../../fixtures/seed/seed-events.json', import.meta.url), 'utf8'),
    );
    const ids = new Set(own.map((c) => c.id));
    const list = [...own, ...nationalCommemorations.filter((c) => !ids.has(c.id))];
    const options = { daysBefore: 0, daysAfter: 60, max: 4, order: 'given' } as const;
    const expected = formatBanner(selectForBanner(list, { ...options, today: todayInVietnam() }));
    // The catalog leaves no 60-day window empty (checked for every day of 2025–2098), so neither may the page.
    expect(expected).toMatch(/^Nhiệt liệt chào mừng kỷ niệm \d+ năm /);
    const { page, problems } = await open('/');
    await expect.poll(() => bannerText(page, '#banner')).toBe(expected);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the article: title, dateline, both captions on their images, the byline', async () => {
    const { page, problems } = await open('/?date=2024-06-01');
    const article = page.locator('main article');
    await expect
      .poll(() => article.locator('h1').innerText())
      .toMatch(/^Kết quả công tác kết nạp đảng viên 6 tháng đầu năm 2023/);
    expect(await article.locator('time').first().innerText()).toBe('Thứ hai, 03/07/2023');
    const captions = await article.locator('figure figcaption').allInnerTexts();
    expect(captions).toEqual(CAPTIONS);
    for (const figure of await article.locator('figure').all()) {
      expect(
        await figure.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      ).toBe(true);
    }
    expect(await article.innerText()).toContain('75,6%');
    expect(await article.innerText()).toMatch(/Ngọc Hà\s*$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows the seed's visit figures, with Vietnamese digit grouping, to a reader without JavaScript", async () => {
    const { context, page } = await openAs(demo, '/', { javaScriptEnabled: false });
    const stats = await page.locator('#thong-ke').innerText();
    expect(stats).toMatch(/^Thống kê truy cập/i);
    expect(stats).toMatch(/Số lượt truy cập\s*411\.594/);
    expect(stats).toMatch(/Trực tuyến\s*4/);
    expect(stats).toMatch(/Hôm nay\s*17/);
    expect(stats).toMatch(/Hôm qua\s*678/);
    await context.close();
  });

  it('carries the article as NewsArticle JSON-LD in the head', async () => {
    const { page } = await open('/');
    const blocks = await page.locator('head script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0] ?? '');
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toMatch(/^Kết quả công tác kết nạp đảng viên/);
    expect(data.datePublished).toBe('2023-07-03T08:00:00+07:00');
    expect(JSON.stringify(data.author)).toContain('Ngọc Hà');
    await page.close();
  });

  it('carries the Dublin Core metadata TT 24/2011 requires in the head', async () => {
    const { page } = await open('/');
    const dc = await page
      .locator('head meta[name^="DC."]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('name'), el.getAttribute('content')]));
    const names = new Set(dc.map(([name]) => name));
    for (const required of ['DC.title', 'DC.creator', 'DC.date', 'DC.description', 'DC.publisher', 'DC.identifier']) {
      expect(names).toContain(required);
    }
    expect(dc).toContainEqual(['DC.creator', 'Ngọc Hà']);
    expect(dc).toContainEqual(['DC.date', '2023-07-03T08:00:00+07:00']);
    expect(await page.locator('head link[rel="schema.DC"]').getAttribute('href')).toBe(
      'http://purl.org/dc/elements/1.1/',
    );
    await page.close();
  });

  it('serves the RSS, Atom and JSON feeds it links from the head', async () => {
    const { page } = await open('/');
    const links = await page
      .locator('head link[rel=alternate]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('type'), el.getAttribute('href')]));
    expect(links.map(([type]) => type)).toEqual([
      'application/rss+xml',
      'application/atom+xml',
      'application/feed+json',
    ]);
    for (const [type, href] of links) {
      const res = await page.request.get(`${base}${href}`);
      expect(res.status()).toBe(200);
      const body = await res.text();
      if (type === 'application/feed+json') {
        const feed = JSON.parse(body);
        expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
        expect(feed.items[0].authors[0].name).toBe('Ngọc Hà');
      } else {
        const parsed = await page.evaluate((xml) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName };
        }, body);
        expect(parsed).toEqual({ error: null, root: type === 'application/rss+xml' ? 'rss' : 'feed' });
        expect(body).toContain('Ngọc Hà');
      }
    }
    await page.close();
  });

  it('shows the national catalog box and the copy-paste embed snippet', async () => {
    const { page } = await open('/?date=2024-06-01');
    await expect.poll(() => bannerText(page, '#national')).toContain('năm Ngày Báo chí cách mạng Việt Nam');
    const snippet = await page.locator('#nhung-banner pre').innerText();
    expect(snippet).toContain(
      '<script src="https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js"></script>',
    );
    expect(snippet).toContain('<vnp-anniversary-banner');
    await page.close();
  });

  it('has no serious or critical axe-core violation, with the live visit box in place', async () => {
    const { page } = await open('/?date=2024-06-01');
    await expect.poll(() => liveFigures(page), { timeout: 30_000 }).toBeDefined();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
      const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v: { id: string; nodes: { target: string[] }[] }) =>
            `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
    });
    expect(violations).toEqual([]);
    // The box a screen reader meets: its heading and the four labelled figures.
    const box = await page.locator('#thong-ke').ariaSnapshot();
    expect(box).toMatch(/heading "Thống kê truy cập"/);
    for (const label of ['Số lượt truy cập', 'Trực tuyến', 'Hôm nay', 'Hôm qua']) expect(box).toContain(label);
    await page.close();
  });
});
