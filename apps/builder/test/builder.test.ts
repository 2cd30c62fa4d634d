import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommemorations } from '@vnportal/anniversary';
import { unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import { type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';

// The seed portal page's banner line, as the demo's test has it (one space where the seed typed two).
const SEED_BANNER =
  'Nhiệt liệt chào mừng kỷ niệm 5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024); 113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024); 76 năm ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024); 55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)';
// The seed's four, typed as an editor would: the three national ones under the catalog's ids.
const SEED = [
  { id: 'dang-bo-khoi', name: 'thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh', date: '17/7/2019' },
  { id: 'radi', name: 'ngày bác hồ ra đi tìm đường cứu nước', date: '5/6/1911' },
  { id: 'thidua', name: 'ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc', date: '11/6/1948' },
  { id: 'cpcm', name: 'thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam', date: '6/6/1969' },
];
// The script-tag file's own URL: the loader fetches its chunks beside it (`…/dist/cdn/anniversary-banner.js`).
const CDN_DIR = 'https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/';
const CDN = `${CDN_DIR}vnportal-widgets.js`;

const root = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const shots = fileURLToPath(new URL('../screenshots/', import.meta.url));
const cdnDir = join(dirname(createRequire(import.meta.url).resolve('@vnportal/widgets/package.json')), 'dist', 'cdn');
const scriptTagFile = readFileSync(join(root, 'dist', 'vendor', 'vnportal-widgets.js'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  // The built static folder (`npm run build`), served as any web server would, on a free port.
  server = await preview({ root, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  base = server.resolvedUrls?.local[0] ?? '';
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** A fresh browser profile; its locale is en-US, as many editors' browsers are, to show dates stay Vietnamese. */
async function open(url = base, viewport = { width: 1280, height: 900 }): Promise<Opened> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(base).origin });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, context, problems };
}

/** The banner's text as a screen reader gets it: the accessibility tree, where the loop's copy is hidden. */
async function bannerText(page: Page, selector = '#xem-truoc'): Promise<string> {
  const snapshot = await page.locator(selector).ariaSnapshot();
  return snapshot
    .split('\n')
    .map((line) => line.replace(/^\s*-\s*(text:\s*)?/, '').replace(/^"|"$/g, ''))
    .filter((line) => line && !/^(button|img)\b/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Adds a day with the keyboard: Enter on the Add button, then the name, Tab to the date, type it. */
async function addDay(page: Page, row: number, day: { name: string; date: string; id?: string }): Promise<void> {
  await page.getByRole('button', { name: 'Thêm ngày kỷ niệm' }).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`d${row}-name`);
  // One input event for the name (as a paste or an IME gives it); the date key by key.
  await page.keyboard.insertText(day.name);
  await page.keyboard.press('Tab');
  await page.keyboard.type(day.date);
  if (day.id) await page.locator(`#d${row}-id`).fill(day.id);
}

/** Types the preview day the Vietnamese way, key by key: `2024-06-01` is typed as `1/6/2024`. */
async function setPreviewDay(page: Page, day: string): Promise<void> {
  const [year, month, date] = day.split('-').map(Number);
  await page.locator('#preview-day').fill('');
  await page.locator('#preview-day').pressSequentially(`${date}/${month}/${year}`);
  await expect.poll(() => page.locator('#xem-truoc').getAttribute('date')).toBe(day);
}

/** Presses Tab until the element with `id` has the focus, as a keyboard user reaches it. */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached #${id}`);
}

/** Every national tick on the page: each box's id, whether it is ticked, and whether it shows "some". */
async function ticks(page: Page): Promise<[string, boolean, boolean][]> {
  return page
    .locator('.catalog input[type=checkbox]')
    .evaluateAll((boxes) =>
      boxes.map((b) => [b.id, (b as HTMLInputElement).checked, (b as HTMLInputElement).indeterminate]),
    );
}

const nationalAttribute = async (page: Page) =>
  /<vnp-anniversary-banner( national(="[^"]*")?)?/.exec(await snippetText(page))?.[1] ?? '';

/** The seed's four through the form, with the seed's window (0 days after, 60 before, 4 items, as entered). */
async function enterSeed(page: Page): Promise<void> {
  for (const [row, day] of SEED.entries()) await addDay(page, row, day);
  await page.getByLabel('Giữ sau ngày kỷ niệm (ngày)').fill('0');
  await page.getByLabel('Hiện trước ngày kỷ niệm (ngày)').fill('60');
  await page.getByLabel('Tối đa số mục').fill('4');
  await page.getByLabel('Thứ tự').selectOption('given');
  await setPreviewDay(page, '2024-06-01');
}

async function snippetText(page: Page): Promise<string> {
  return page.locator('textarea#snippet').inputValue();
}

describe('the banner builder', () => {
  it("shows the seed's banner line word for word for the seed's four days entered through the form on 1/6/2024", async () => {
    const { page, problems } = await open();
    await enterSeed(page);
    await expect.poll(() => bannerText(page)).toBe(SEED_BANNER);
    expect(problems).toEqual([]);
    await page.screenshot({ path: join(shots, 'desktop.png'), fullPage: true });
    await page.context().close();
  });

  it('gives a snippet that shows the same line on a plain HTML page with the script-tag file', async () => {
    const { page } = await open();
    await enterSeed(page);
    await page.getByRole('button', { name: 'Sao chép mã nhúng' }).click();
    await expect.poll(() => page.locator('#copy-status').innerText()).toBe('Đã sao chép.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await snippetText(page));
    expect(copied.split('\n')[0]).toBe(`<script defer src="${CDN}"></script>`);

    const plain = await browser.newPage();
    const warnings: string[] = [];
    plain.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    // The CDN is not reachable here: jsDelivr's real paths for the package's script-tag folder are answered
    // from the build's folder, and anything else is a 404, as jsDelivr gives (so a wrong base fails here).
    const cdnFiles = new Set(readdirSync(cdnDir));
    const notFound: string[] = [];
    await plain.route('https://cdn.jsdelivr.net/**', (route) => {
      const url = route.request().url();
      const name = url.startsWith(CDN_DIR) ? url.slice(CDN_DIR.length) : '';
      if (!cdnFiles.has(name)) {
        notFound.push(url);
        return route.fulfill({ status: 404, body: 'Not found' });
      }
      return route.fulfill({ body: readFileSync(join(cdnDir, name)), contentType: 'text/javascript' });
    });
    await plain.clock.setFixedTime(new Date('2024-06-01T08:00:00+07:00'));
    await plain.setContent(
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body>${copied}</body></html>`,
      {
        waitUntil: 'networkidle',
      },
    );
    await expect.poll(() => bannerText(plain, 'vnp-anniversary-banner')).toBe(SEED_BANNER);
    expect(notFound).toEqual([]);
    expect(warnings).toEqual([]);
    await plain.close();
    await page.context().close();
  });

  it('restores the same form from the pasted snippet, in a browser that has never seen it', async () => {
    const first = await open();
    await enterSeed(first.page);
    const code = await snippetText(first.page);
    await first.context.close();

    const { page, context } = await open();
    await page.getByLabel('Mã nhúng hoặc JSON').fill(code);
    await page.getByRole('button', { name: 'Nạp' }).click();
    await expect
      .poll(() => page.locator('#paste-status').innerText())
      .toBe('Đã nạp vào biểu mẫu: 4 ngày của đơn vị, 50 ngày lễ quốc gia.');
    for (const [row, day] of SEED.entries()) {
      expect(await page.locator(`#d${row}-name`).inputValue()).toBe(day.name);
      expect(await page.locator(`#d${row}-date`).inputValue()).toBe(day.date);
      expect(await page.locator(`#d${row}-id`).inputValue()).toBe(day.id);
    }
    expect(await page.locator('.draft').count()).toBe(4);
    expect(await page.getByLabel('Giữ sau ngày kỷ niệm (ngày)').inputValue()).toBe('0');
    expect(await page.getByLabel('Hiện trước ngày kỷ niệm (ngày)').inputValue()).toBe('60');
    expect(await page.getByLabel('Tối đa số mục').inputValue()).toBe('4');
    expect(await page.getByLabel('Thứ tự').inputValue()).toBe('given');
    await setPreviewDay(page, '2024-06-01');
    expect(await snippetText(page)).toBe(code);
    await context.close();
  });

  it('loads what it can from a pasted snippet, keeps what the form does not edit, says what it dropped, and undoes', async () => {
    const { page, context, problems } = await open();
    await addDay(page, 0, { name: 'thành lập Chi bộ', date: '1/1/2000' });
    await addDay(page, 1, { name: 'thành lập Công đoàn', date: '2/2/2001' });
    const paste = async (text: string) => {
      await page.getByLabel('Mã nhúng hoặc JSON').fill(text);
      await page.getByRole('button', { name: 'Nạp' }).click();
      return page.locator('#paste-status').innerText();
    };
    // A script with no JSON type is still the list; round-only and the mourning period are not in the form.
    let status = await paste(
      '<vnp-anniversary-banner national round-only mourning-from="2024-07-20" mourning-to="2024-07-21" mourning-message="Quốc tang">\n' +
        '<script>[{"id":"so-tu-phap","name":"thành lập Sở Tư pháp","date":"2020-08-10"}]</script></vnp-anniversary-banner>',
    );
    expect(await page.locator('.draft').count()).toBe(1);
    expect(await page.locator('#d0-name').inputValue()).toBe('thành lập Sở Tư pháp');
    expect(await page.locator('#d0-date').inputValue()).toBe('10/8/2020');
    expect(await page.locator('#d0-id').inputValue()).toBe('so-tu-phap');
    expect(status).toBe(
      'Đã nạp vào biểu mẫu: 1 ngày của đơn vị, 50 ngày lễ quốc gia. Giữ nguyên trong mã nhúng (biểu mẫu không sửa được): round-only, mourning-from="2024-07-20", mourning-to="2024-07-21", mourning-message="Quốc tang". Thẻ <script> chứa danh sách thiếu type="application/json" nên banner bỏ qua nó; mã nhúng mới đã ghi thêm. Đã thay 2 ngày đang có trong biểu mẫu; nhấn “Hoàn tác” để lấy lại.',
    );
    let code = await snippetText(page);
    expect(code).toContain(
      '<vnp-anniversary-banner national round-only mourning-from="2024-07-20" mourning-to="2024-07-21" mourning-message="Quốc tang">',
    );
    expect(code).toContain('<script type="application/json">');
    // The preview has the kept attributes too: on 20/7/2024 it is the mourning line.
    await setPreviewDay(page, '2024-07-20');
    await expect.poll(() => bannerText(page)).toBe('Quốc tang');

    // "Hoàn tác" gives the two rows back, as they were.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await page.locator('.draft').count()).toBe(2);
    expect(await page.locator('#d1-name').inputValue()).toBe('thành lập Công đoàn');
    expect(await page.locator('#paste-status').innerText()).toBe('Đã hoàn tác: biểu mẫu trở lại như trước khi nạp.');
    expect(await snippetText(page)).not.toContain('round-only');

    // The script's address, src, prefix, list mode, speed and colours the browser reads are all carried over;
    // a number the banner refuses is named, not silently dropped.
    status = await paste(
      '<script defer src="/vnp/vnportal-widgets.js"></script>\n' +
        '<vnp-anniversary-banner src="/su-kien.json" prefix="Chào mừng" mode="list" speed="40" days-before="999" onmouseover="alert(1)" style="--vnp-banner-background: red; --vnp-banner-color: #ff0; font-size: 20px"></vnp-anniversary-banner>',
    );
    expect(status).toBe(
      'Đã nạp vào biểu mẫu: 0 ngày của đơn vị, 0 ngày lễ quốc gia. Giữ nguyên trong mã nhúng (biểu mẫu không sửa được): src="/su-kien.json", prefix="Chào mừng", speed="40", style="font-size: 20px" (xem trước không tải tệp src). Không nạp được: onmouseover (mã lệnh gắn vào thẻ, không phải thiết lập của banner; trình tạo không ghi); days-before="999" (banner chỉ nhận số nguyên từ 0 đến 366; để trống, dùng mặc định). Đã thay 2 ngày đang có trong biểu mẫu; nhấn “Hoàn tác” để lấy lại.',
    );
    expect(await page.getByLabel('Kiểu hiển thị').inputValue()).toBe('list');
    expect(await page.getByLabel('Màu nền').inputValue()).toBe('#ff0000');
    expect(await page.getByLabel('Màu chữ').inputValue()).toBe('#ffff00');
    expect(await page.getByLabel('Địa chỉ tệp script').inputValue()).toBe('/vnp/vnportal-widgets.js');
    code = await snippetText(page);
    expect(code.split('\n').slice(0, 2)).toEqual([
      '<script defer src="/vnp/vnportal-widgets.js"></script>',
      '<vnp-anniversary-banner mode="list" style="--vnp-banner-background: #ff0000; --vnp-banner-color: #ffff00; font-size: 20px" src="/su-kien.json" prefix="Chào mừng" speed="40">',
    ]);

    // The shared file's format: its list and its mourning period.
    status = await paste(
      '{"mourning":{"from":"2024-07-20","to":"2024-07-21","message":"Quốc tang"},"commemorations":[{"id":"so-tu-phap","name":"thành lập Sở Tư pháp","date":"2020-08-10"}]}',
    );
    expect(status).toContain('Đã nạp vào biểu mẫu: 1 ngày của đơn vị, 0 ngày lễ quốc gia.');
    expect(await page.locator('#d0-id').inputValue()).toBe('so-tu-phap');
    expect(await snippetText(page)).toContain(
      'mourning-from="2024-07-20" mourning-to="2024-07-21" mourning-message="Quốc tang"',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks for the English name by the field when the banner is in English, and keeps the preview and timeline', async () => {
    const { page, context, problems } = await open();
    await addDay(page, 0, { name: 'thành lập Sở Tư pháp', date: '2/5/2020' });
    await setPreviewDay(page, '2024-05-01');
    await page.getByLabel('Ngôn ngữ banner').selectOption('en');
    await expect
      .poll(() => page.locator('#d0-nameEn-problem').innerText())
      .toBe(
        'Banner đang đặt tiếng Anh: hãy nhập tên tiếng Anh cho ngày này (banner tiếng Anh không có chữ nào khác để hiện nó).',
      );
    expect(await page.locator('#d0-nameEn').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('textarea#snippet').count()).toBe(0);
    // The national days are still previewed in English, and the twelve months are still there.
    await expect.poll(() => bannerText(page)).toMatch(/^Celebrating .*International Workers/);
    expect(await page.locator('#timeline > li').count()).toBe(12);
    await page.locator('#d0-nameEn').fill('founding of the Department of Justice');
    await expect
      .poll(() => bannerText(page))
      .toContain('the 4th anniversary of founding of the Department of Justice (2/5/2020 - 2/5/2024)');
    expect(await page.locator('#d0-nameEn-problem').count()).toBe(0);
    expect(await snippetText(page)).toContain('"nameEn": "founding of the Department of Justice"');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses, by the field, the numbers the banner refuses, and a link’s max of 0', async () => {
    const { page, context } = await open();
    const cases: [string, string, string][] = [
      [
        'Giữ sau ngày kỷ niệm (ngày)',
        '36600',
        'Banner chỉ nhận số nguyên từ 0 đến 366; số này chưa được dùng (banner dùng mặc định 7).',
      ],
      [
        'Hiện trước ngày kỷ niệm (ngày)',
        '367',
        'Banner chỉ nhận số nguyên từ 0 đến 366; số này chưa được dùng (banner dùng mặc định 30).',
      ],
      ['Tối đa số mục', '60', 'Banner chỉ nhận số nguyên từ 1 đến 50; số này chưa được dùng (banner dùng mặc định 5).'],
    ];
    for (const [label, value, message] of cases) {
      const field = page.getByLabel(label);
      await field.fill(value);
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const problem = page.locator(`#${await field.getAttribute('aria-describedby')}`);
      expect(await problem.innerText()).toBe(message);
    }
    expect(await snippetText(page)).toMatch(/^<vnp-anniversary-banner national>$/m);
    await page.getByLabel('Tối đa số mục').fill('50');
    await expect.poll(() => snippetText(page)).toContain('<vnp-anniversary-banner national max="50">');
    expect(await page.getByLabel('Tối đa số mục').getAttribute('aria-invalid')).toBe('false');
    await context.close();

    // A link that says max 0 (the banner's minimum is 1): the field is empty and the snippet has no max.
    const work = { drafts: [], national: [], settings: { max: 0, daysBefore: 36_600 } };
    const link = `${base}#b=${Buffer.from(JSON.stringify(work)).toString('base64url')}`;
    const other = await open(link);
    expect(await other.page.getByLabel('Tối đa số mục').inputValue()).toBe('');
    expect(await snippetText(other.page)).toMatch(/^<vnp-anniversary-banner>$/m);
    await other.context.close();
  });

  it('asks before a shared link replaces the work saved in this browser, and refuses a link’s foreign script', async () => {
    const { page, context } = await open();
    await addDay(page, 0, SEED[0]!);
    const saved = await page.evaluate(() => localStorage.getItem('vnportal-builder'));
    const linkTo = (settings: Record<string, unknown>) => {
      const work = { drafts: [{ name: 'thành lập Sở Tư pháp', date: '10/8/2020' }], national: [], settings };
      return `${base}#b=${Buffer.from(JSON.stringify(work)).toString('base64url')}`;
    };
    const openIn = async (url: string) => {
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'networkidle' });
      return tab;
    };
    let tab = await openIn(linkTo({}));
    expect(await tab.locator('#link-replaces').innerText()).toBe(
      'Liên kết này mở một công việc khác với công việc đã lưu trong trình duyệt này (1 ngày kỷ niệm của đơn vị; liên kết có 1). Công việc đã lưu chưa bị thay: hãy chọn giữ nó hay dùng công việc từ liên kết (thay công việc đã lưu).',
    );
    expect(await tab.evaluate(() => document.activeElement?.id)).toBe('link-notice-title');
    expect(await tab.evaluate(() => localStorage.getItem('vnportal-builder'))).toBe(saved);
    await tab.getByRole('button', { name: 'Giữ công việc đã lưu' }).click();
    expect(await tab.locator('#d0-name').inputValue()).toBe(SEED[0]!.name);
    expect(await tab.locator('#link-replaces').count()).toBe(0);
    await tab.close();

    tab = await openIn(linkTo({}));
    await tab.getByRole('button', { name: 'Dùng công việc từ liên kết' }).click();
    expect(await tab.locator('#d0-name').inputValue()).toBe('thành lập Sở Tư pháp');
    await expect
      .poll(() => tab.evaluate(() => localStorage.getItem('vnportal-builder')))
      .toContain('thành lập Sở Tư pháp');
    await tab.close();

    // A script URL the builder does not offer: the CDN's instead, and said at the top of the page.
    tab = await openIn(linkTo({ scriptSrc: 'https://evil.example/x.js' }));
    expect(await tab.locator('#link-refused-script').innerText()).toContain('“https://evil.example/x.js”');
    expect(await tab.getByLabel('Địa chỉ tệp script').inputValue()).toBe(CDN);
    expect((await snippetText(tab)).split('\n')[0]).toBe(`<script defer src="${CDN}"></script>`);
    await tab.close();
    // A self-hosted path is what the builder offers: kept, with nothing to say about it.
    tab = await openIn(linkTo({ scriptSrc: '/vnportal-widgets/vnportal-widgets.js' }));
    expect(await tab.getByLabel('Địa chỉ tệp script').inputValue()).toBe('/vnportal-widgets/vnportal-widgets.js');
    expect(await tab.locator('#link-refused-script').count()).toBe(0);
    await context.close();
  });

  it('keeps the work across a reload and in the shareable link', async () => {
    const { page, context } = await open();
    await addDay(page, 0, SEED[0]!);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#d0-name').inputValue()).toBe(SEED[0]!.name);
    const link = await page.locator('#share-link').inputValue();
    // The address bar becomes the shareable link once typing pauses.
    await expect.poll(() => page.url()).toBe(link);
    // A reload straight after a keystroke, before the address bar has the new link: the work typed last is
    // there, and the page does not ask about its own older link as if someone had sent it.
    await page.locator('#d0-name').press('End');
    await page.keyboard.type(' mới');
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('#d0-name').inputValue()).toBe(`${SEED[0]!.name} mới`);
    expect(await page.locator('#link-replaces').count()).toBe(0);
    await page.locator('#d0-name').fill(SEED[0]!.name);
    await context.close();
    const other = await open(link);
    expect(await other.page.locator('#d0-date').inputValue()).toBe('17/7/2019');
    expect(await other.page.locator('#d0-id').inputValue()).toBe('dang-bo-khoi');
    await other.context.close();
  });

  it('places a lunar day, a leap-month lunar day, a month-only day and a yearly day on their solar days in the timeline', async () => {
    const { page, context } = await open();
    await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    // Hand-checked: lunar 10/3 Giáp Thìn is 18/4/2024 (Giỗ Tổ); lunar 1/2 Giáp Thìn is 10/3/2024, so the
    // regular month's 10th (where leap 10/2/2023 is kept) is 19/3/2024; a 12/1958 date falls on 1/12.
    await addDay(page, 0, { name: 'ngày âm lịch', date: '10/3/1930', id: 'am-lich' });
    await page.locator('#d0-calendar-lunar').check();
    await addDay(page, 1, { name: 'ngày tháng nhuận', date: '10/2/2023', id: 'nhuan' });
    await page.locator('#d1-calendar-lunar').check();
    await page.locator('#d1-leap').check();
    await addDay(page, 2, { name: 'ngày chỉ biết tháng', date: '12/1958', id: 'thang' });
    await addDay(page, 3, { name: 'ngày hằng năm', date: '17/7', id: 'hang-nam' });
    await setPreviewDay(page, '2024-01-15');
    const dayOf = (id: string) => page.locator(`#timeline li[data-id="${id}"]`).getAttribute('data-day');
    expect(await dayOf('am-lich')).toBe('2024-04-18');
    expect(await dayOf('nhuan')).toBe('2024-03-19');
    expect(await dayOf('thang')).toBe('2024-12-01');
    expect(await page.locator('#timeline li[data-id="thang"] time').getAttribute('datetime')).toBe('2024-12');
    expect(await page.locator('#timeline li[data-id="hang-nam"] time').getAttribute('datetime')).toBe('2024-07-17');
    expect(await dayOf('hang-nam')).toBe('2024-07-17');
    expect(await page.locator('#timeline li[data-id="nhuan"]').innerText()).toBe(
      '19/3/2024 1 năm ngày tháng nhuận (10/2 nhuận/2023 - 10/2/2024 âm lịch)',
    );
    expect(await page.locator('#timeline > li h4').allInnerTexts()).toHaveLength(12);
    await context.close();
  });

  it('shows each invalid entry’s Vietnamese message by its field and gives no snippet with it', async () => {
    const { page, context } = await open();
    type Entry = { name?: string; date: string; lunar?: boolean; leap?: boolean; retyped?: string };
    const cases: [string, Entry, string, string][] = [
      ['date', { date: '31/2/2024' }, '#d0-date-problem', 'Không có ngày 31/2/2024: tháng 2 năm 2024 chỉ có 29 ngày.'],
      ['date', { date: '29/2/2023' }, '#d0-date-problem', 'Không có ngày 29/2/2023: tháng 2 năm 2023 chỉ có 28 ngày.'],
      ['date', { date: '0/5/2020' }, '#d0-date-problem', 'Không có ngày 0: ngày từ 1 đến 31.'],
      [
        'leap',
        // Leap month 2 is offered for 2023; the editor ticks it, then changes the year to 2024, which has none.
        { date: '10/2/2023', lunar: true, leap: true, retyped: '10/2/2024' },
        '#d0-leap-problem',
        'Năm âm lịch 2024 (Giáp Thìn) không có tháng nhuận. Bỏ đánh dấu “Tháng nhuận” hoặc sửa ngày.',
      ],
      [
        'name',
        { name: '', date: '17/7/2019' },
        '#d0-name-problem',
        'Hãy nhập tên: cụm từ đứng sau “N năm” trên banner, ví dụ “thành lập Đảng bộ Khối”.',
      ],
      [
        'name',
        { name: 'a'.repeat(2000), date: '17/7/2019' },
        '#d0-name-problem',
        'Tên dài 2.000 ký tự; hãy rút gọn còn tối đa 300 ký tự.',
      ],
      [
        'date',
        { date: '10/3/1899', lunar: true },
        '#d0-date-problem',
        'Ngày âm lịch chỉ tính được từ năm 1900 đến năm 2100; năm 1899 nằm ngoài khoảng đó.',
      ],
    ];
    await addDay(page, 0, { name: 'thành lập Chi bộ', date: '1/1/2000' });
    await expect.poll(() => page.locator('textarea#snippet').count()).toBe(1);
    for (const [field, entry, where, message] of cases) {
      await page.locator('#d0-calendar-solar').check();
      await page.locator('#d0-name').fill(entry.name ?? 'thành lập Chi bộ');
      // The date is typed key by key, as an editor does; the message follows each key.
      await page.locator('#d0-date').fill('');
      await page.locator('#d0-date').pressSequentially(entry.date);
      if (entry.lunar) await page.locator('#d0-calendar-lunar').check();
      if (entry.leap) await page.locator('#d0-leap').check();
      if (entry.retyped) {
        await page.locator('#d0-date').fill('');
        await page.locator('#d0-date').pressSequentially(entry.retyped);
      }
      await expect.poll(() => page.locator(where).innerText()).toBe(message);
      const input = page.locator(`#d0-${field}`);
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await input.getAttribute('aria-describedby')).toContain(where.slice(1));
      await expect.poll(() => page.locator('textarea#snippet').count()).toBe(0);
      await expect
        .poll(() => page.locator('#snippet').innerText())
        .toBe('Chưa có mã nhúng: hãy sửa các lỗi được đánh dấu ở mục 2.');
      await expect.poll(() => page.locator('#download-events').count()).toBe(0);
      expect(await page.locator('#download-ics').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Sao chép mã nhúng' }).isDisabled()).toBe(true);
      // Unticked, the box goes away (2024 offers no leap month): click, not uncheck, which checks it stays.
      if (entry.leap) await page.locator('#d0-leap').click();
    }
    await context.close();
  });

  it('downloads an events.json that parseCommemorations accepts, and a CLI line that prints the same banner', async () => {
    const { page, context } = await open();
    await enterSeed(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-events').click()]);
    expect(download.suggestedFilename()).toBe('events.json');
    const dir = mkdtempSync(join(tmpdir(), 'vnp-builder-'));
    const file = join(dir, 'events.json');
    await download.saveAs(file);
    const list = parseCommemorations(readFileSync(file, 'utf8'));
    expect(list.map((c) => [c.id, c.name])).toEqual(SEED.map((d) => [d.id, d.name]));
    expect(list.map((c) => c.date)).toEqual(['2019-07-17', '1911-06-05', '1948-06-11', '1969-06-06']);

    const command = await page.locator('#cli').innerText();
    const [npx, , pkg, bin, ...args] = command.trim().split(' ');
    expect([npx, pkg, bin]).toEqual(['npx', '@vnportal/anniversary', 'vnportal-banner']);
    // The same command, run with the workspace's own build of that bin instead of fetching it.
    const printed = execFileSync(process.execPath, [join(repo, 'packages/anniversary/dist/cli.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(printed.trim()).toBe(SEED_BANNER);
    await context.close();
  });

  it('downloads an .ics that ical.js reads as the chosen days on their 2024 dates, the years in each summary', async () => {
    const { page, context } = await open();
    await enterSeed(page);
    const link = page.locator('#download-ics');
    expect(await link.innerText()).toBe('Tải lịch ngay-ky-niem-2024.ics (cho lịch của cơ quan)');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('ngay-ky-niem-2024.ics');
    const file = join(mkdtempSync(join(tmpdir(), 'vnp-builder-')), 'lich.ics');
    await download.saveAs(file);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const byUid = new Map(events.map((e) => [e.uid, e]));
    const event = (id: string, day: string) => {
      const found = byUid.get(`${id}-${day}@vnportal`);
      expect(found, `${id} on ${day}`).toBeDefined();
      expect(found!.startDate.isDate).toBe(true);
      expect(found!.startDate.toString()).toBe(day);
      expect(found!.endDate.toString()).toBe(new Date(Date.parse(day) + 86_400_000).toISOString().slice(0, 10));
      return found!.summary;
    };
    // The seed's four, in the editor's words, with their years.
    expect(event('dang-bo-khoi', '2024-07-17')).toBe(
      '5 năm thành lập Đảng bộ khối cơ quan và Doanh nghiệp tỉnh (17/7/2019 - 17/7/2024)',
    );
    expect(event('radi', '2024-06-05')).toBe('113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
    expect(event('thidua', '2024-06-11')).toBe(
      '76 năm ngày chủ tịch hồ chí minh ra lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2024)',
    );
    expect(event('cpcm', '2024-06-06')).toBe(
      '55 năm thành lập chính phủ cách mạng lâm thời cộng hòa miền nam việt nam (6/6/1969 - 6/6/2024)',
    );
    // National days ticked by default: lunar ones on Vietnam's 2024 calendar (hand-checked: 10/3 Giáp Thìn is
    // 18/4/2024, Tết Giáp Thìn 10/2/2024), a leader's birthday only in its round year (Trần Phú, 120 in 2024).
    expect(event('gioto', '2024-04-18')).toBe('Giỗ Tổ Hùng Vương (18/4/2024)');
    expect(event('tet', '2024-02-10')).toBe('Tết Nguyên đán (10/2/2024)');
    expect(event('tranphu', '2024-05-01')).toMatch(/^120 năm .*Trần Phú \(1\/5\/1904 - 1\/5\/2024\)$/);
    expect(events.some((e) => e.uid.startsWith('tdt-'))).toBe(false);
    // The whole calendar year 2024 and nothing else, each day once.
    expect(events.every((e) => e.startDate.year === 2024)).toBe(true);
    expect(byUid.size).toBe(events.length);
    await context.close();
  });

  it('ticks a whole group with the keyboard and one day with the mouse; the snippet, the preview and paste-back follow', async () => {
    const { page, context } = await open();
    await setPreviewDay(page, '2024-05-01');
    expect(await nationalAttribute(page)).toBe(' national');
    const major = page.getByRole('checkbox', { name: 'Ngày lễ lớn (Nghị định 145/2013/NĐ-CP, Điều 4)' });
    // Keyboard only: Tab to the group's box, Space unticks its eight days.
    await tabTo(page, 'group-major');
    await page.keyboard.press('Space');
    await expect.poll(() => major.isChecked()).toBe(false);
    await expect.poll(() => nationalAttribute(page)).toBe(' national="-major"');
    expect(await page.locator('tbody[data-group=major] input:checked').count()).toBe(0);
    await expect
      .poll(() => bannerText(page))
      .toBe(
        'Nhiệt liệt chào mừng kỷ niệm 138 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2024); 120 năm Ngày sinh đồng chí Trần Phú (1/5/1904 - 1/5/2024); 83 năm Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh (15/5/1941 - 15/5/2024)',
      );
    // Space again ticks the group back; the focus stays on its box.
    await page.keyboard.press('Space');
    await expect.poll(() => nationalAttribute(page)).toBe(' national');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('group-major');
    await page.keyboard.press('Space');
    await expect.poll(() => nationalAttribute(page)).toBe(' national="-major"');

    // The mouse: one day of the group → the group's box shows "some".
    await page.getByLabel('Hiện Ngày Chiến thắng Điện Biên Phủ', { exact: true }).click();
    await expect.poll(() => major.evaluate((b) => (b as HTMLInputElement).indeterminate)).toBe(true);
    expect(await major.isChecked()).toBe(false);
    expect(await page.locator('tbody[data-group=major] .group-count').innerText()).toBe('(1/8)');
    expect(await nationalAttribute(page)).toBe(' national="dbp history leaders organisations sectors international"');
    await expect
      .poll(() => bannerText(page))
      .toBe(
        'Nhiệt liệt chào mừng kỷ niệm 138 năm Ngày Quốc tế Lao động (1/5/1886 - 1/5/2024); 120 năm Ngày sinh đồng chí Trần Phú (1/5/1904 - 1/5/2024); 70 năm Ngày Chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024); 83 năm Ngày thành lập Đội Thiếu niên Tiền phong Hồ Chí Minh (15/5/1941 - 15/5/2024)',
      );
    // The CLI line over the downloaded events.json (the picked days copied in) prints the same line.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-events').click()]);
    const dir = mkdtempSync(join(tmpdir(), 'vnp-builder-'));
    await download.saveAs(join(dir, 'events.json'));
    const [, , , , ...args] = (await page.locator('#cli').innerText()).trim().split(' ');
    const printed = execFileSync(process.execPath, [join(repo, 'packages/anniversary/dist/cli.js'), ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(printed.trim()).toBe(await bannerText(page));

    // Paste-back in a browser that has never seen it: the same ticks, box by box.
    const before = await ticks(page);
    const code = await snippetText(page);
    await context.close();
    const other = await open();
    expect((await ticks(other.page)).every(([, on]) => on)).toBe(true);
    await other.page.getByLabel('Mã nhúng hoặc JSON').fill(code);
    await other.page.getByRole('button', { name: 'Nạp' }).click();
    await expect.poll(() => ticks(other.page)).toEqual(before);
    expect(await other.page.locator('.draft').count()).toBe(0);

    // The mouse on the "some" box ticks the whole group; "Bỏ chọn tất cả" leaves no national days at all.
    await other.page.getByRole('checkbox', { name: 'Ngày lễ lớn (Nghị định 145/2013/NĐ-CP, Điều 4)' }).click();
    await expect.poll(() => nationalAttribute(other.page)).toBe(' national');
    await other.page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    await expect.poll(() => nationalAttribute(other.page)).toBe('');
    expect(await other.page.locator('.catalog input:checked').count()).toBe(0);
    expect(await other.page.locator('#picked-count').innerText()).toBe('Đã chọn 0/50 ngày.');
    await other.context.close();
  });

  it('reads and shows the preview day the Vietnamese way (dd/mm/yyyy) in a browser set to en-US', async () => {
    const { page, context } = await open();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const field = page.getByLabel('Ngày xem trước');
    expect(await field.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await field.fill('');
    await field.pressSequentially('2/9/2025');
    await expect.poll(() => page.locator('#xem-truoc').getAttribute('date')).toBe('2025-09-02');
    expect(await page.locator('#preview-day-long').innerText()).toBe('Thứ ba, 02/09/2025');
    expect(await page.locator('#timeline > li h4').first().innerText()).toBe('Tháng 9/2025');
    // 9/2/2025 is the ninth of February here, never September the 2nd as en-US would read it.
    await field.fill('');
    await field.pressSequentially('9/2/2025');
    await expect.poll(() => page.locator('#xem-truoc').getAttribute('date')).toBe('2025-02-09');
    // A day that does not exist: the message by the field, and the preview keeps the last good day.
    await field.fill('');
    await field.pressSequentially('31/2/2024');
    await expect
      .poll(() => page.locator('#preview-day-problem').innerText())
      .toBe('Không có ngày 31/2/2024: tháng 2 năm 2024 chỉ có 29 ngày.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#xem-truoc').getAttribute('date')).toBe('2025-02-09');
    // The browser's date picker (opened by the calendar button) writes back in the same form.
    await page.locator('#preview-day-calendar').fill('2024-06-01', { force: true });
    await expect.poll(() => field.inputValue()).toBe('01/06/2024');
    expect(await page.locator('#preview-day-problem').count()).toBe(0);
    await page.getByRole('button', { name: 'Hôm nay' }).click();
    await expect.poll(() => field.inputValue()).not.toBe('01/06/2024');
    expect(await field.inputValue()).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await context.close();
  });

  it('refuses a preview day the banner refuses (after 31/12/2099), and puts a clash of automatic ids on the name', async () => {
    const { page, context } = await open();
    await setPreviewDay(page, '2099-12-31');
    const field = page.getByLabel('Ngày xem trước');
    await field.fill('');
    await field.pressSequentially('1/1/2100');
    await expect
      .poll(() => page.locator('#preview-day-problem').innerText())
      .toBe('Ngày xem trước phải từ 1/1/1901 đến 31/12/2099 (những ngày banner nhận).');
    expect(await page.locator('#xem-truoc').getAttribute('date')).toBe('2099-12-31');
    expect(await page.locator('#preview-day-calendar').getAttribute('max')).toBe('2099-12-31');

    await addDay(page, 0, { name: 'thành lập Sở', date: '1/1/2000' });
    await addDay(page, 1, { name: 'Thành lập Sở', date: '2/2/2001' });
    await expect
      .poll(() => page.locator('#d1-name-problem').innerText())
      .toBe(
        'Tên này cho cùng mã tự động “thanh-lap-so” với ngày kỷ niệm 1. Nếu là một ngày, hãy xóa dòng này; nếu là hai ngày khác nhau, hãy đổi tên hoặc ghi mã riêng ở ô “Mã (id)”.',
      );
    expect(await page.locator('#d1-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#d1-id').getAttribute('aria-invalid')).toBe('false');
    await page.locator('#d1-id').fill('thanh-lap-so-2');
    await expect.poll(() => page.locator('#d1-name-problem').count()).toBe(0);
    await context.close();
  });

  it('downloads the self-hosting files: the script-tag folder with Vietnamese instructions', async () => {
    const { page, context } = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-self-host').click()]);
    const dir = mkdtempSync(join(tmpdir(), 'vnp-builder-'));
    await download.saveAs(join(dir, 'files.zip'));
    const files = unzipSync(readFileSync(join(dir, 'files.zip')));
    expect(Object.keys(files).sort()).toEqual(
      ['HUONG-DAN.txt', 'LICENSE', ...readdirSync(cdnDir)].map((f) => `vnportal-widgets/${f}`).sort(),
    );
    expect(Buffer.from(files['vnportal-widgets/vnportal-widgets.js']!).equals(scriptTagFile)).toBe(true);
    expect(new TextDecoder().decode(files['vnportal-widgets/HUONG-DAN.txt'])).toMatch(/Địa chỉ tệp script/);
    await context.close();
  });

  it('previews in static mode with the site’s colours, and the snippet carries them', async () => {
    const { page, context } = await open();
    await enterSeed(page);
    await page.getByLabel('Kiểu hiển thị').selectOption('static');
    await page.getByLabel('Màu nền').fill('#003399');
    await expect.poll(() => page.locator('#xem-truoc').getAttribute('mode')).toBe('static');
    const band = page.locator('#xem-truoc').locator('[part=base]');
    expect(await band.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 51, 153)');
    expect(await page.locator('#xem-truoc button').count()).toBe(0);
    expect(await snippetText(page)).toContain('mode="static" style="--vnp-banner-background: #003399"');
    await context.close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`has no serious, critical or landmark-unique axe-core violation in ${lang === 'vi' ? 'Vietnamese' : 'English'}`, async () => {
      const { page, context } = await open();
      await enterSeed(page);
      await addDay(page, 4, { name: '', date: '31/2/2024' });
      if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document);
        // Two landmarks with one name (a moderate rule) leave a screen reader's landmark list ambiguous.
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'landmark-unique')
          .map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations).toEqual([]);
      expect(await page.locator('.skip-link').innerText()).toBe(
        lang === 'vi' ? 'Bỏ qua, đến nội dung chính' : 'Skip to the main content',
      );
      if (lang === 'en') await page.screenshot({ path: join(shots, 'desktop-en.png'), fullPage: true });
      await context.close();
    });
  }

  it('works at a phone’s width with no sideways scroll, in both languages', async () => {
    const { page, context } = await open(base, { width: 360, height: 780 });
    await enterSeed(page);
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    // What an editor sees first: the top of the page, above the fold.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'phone.png'), fullPage: false });
    await page.screenshot({ path: join(shots, 'phone-full.png'), fullPage: true });
    writeFileSync(join(shots, 'phone-snippet.txt'), await snippetText(page));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await overflow()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'phone-en.png'), fullPage: false });
    await context.close();
  });
});
