import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../vitest.shared.ts';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const BAC_HO = '{ "id": "radi-site", "name": "ngày Bác Hồ ra đi tìm đường cứu nước", "date": "1911-06-05" }';
let browser: Browser;
let server: Server;
let base: string;
let pages = 0;
/** Files a test serves from the static server itself (path → body), streamed as any web host sends them. */
const files = new Map<string, { html: string; headers?: Record<string, string> }>();

beforeAll(async () => {
  ({ server, url: base } = await serveStatic(root, {}, files));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * A plain page that loads the built script tag in its head, with `body` as a webmaster wrote it; returns the
 * page and what its console said once the banners settled.
 */
async function open(
  body: string,
  options: { init?: string; before?: (page: Page) => Promise<unknown> } = {},
): Promise<{ page: Page; warnings: string[]; errors: string[] }> {
  const page = await browser.newPage();
  await options.before?.(page);
  const warnings: string[] = [];
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const url = `${base}/generated-${++pages}.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">${options.init ? `<script>${options.init}</script>` : ''}<script src="/dist/cdn/vnportal-widgets.js"></script></head><body>${body}</body></html>`,
    }),
  );
  await page.goto(url);
  await page.waitForFunction(() => customElements.get('vnp-anniversary-banner'));
  await page.waitForTimeout(400);
  return { page, warnings, errors };
}

const spoken = (page: Page, selector = 'vnp-anniversary-banner') =>
  page.locator(`${selector} [part=text]:not([aria-hidden])`).first().textContent({ timeout: 5000 });

describe('each mistake a webmaster can make logs exactly one warning naming it, Vietnamese first', () => {
  const cases: [string, string, RegExp][] = [
    [
      'an attribute typo',
      `<vnp-anniversary-banner nationa date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> không có thuộc tính "nationa"; có phải bạn muốn viết "national"\?[\s\S]*\(English\) unknown attribute "nationa"; did you mean "national"\?/,
    ],
    [
      'another typo',
      `<vnp-anniversary-banner national days-afer="60" date="2024-06-01"></vnp-anniversary-banner>`,
      /did you mean "days-after"\?/,
    ],
    [
      'national="false"',
      `<vnp-anniversary-banner national="false" date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> national="false": thuộc tính bật\/tắt[\s\S]*remove "national" to switch it off/,
    ],
    [
      'a child script without the JSON type',
      `<vnp-anniversary-banner national date="2024-06-01"><script>[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /needs type="application\/json"; without it the browser runs the list as JavaScript/,
    ],
    [
      'a made-up national id, next to a site list',
      `<vnp-anniversary-banner national="bac-ho-ra-đi" date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> national="bac-ho-ra-đi": "bac-ho-ra-đi" không phải mã ngày hay mã nhóm của danh mục quốc gia; có phải bạn muốn viết "radi" thay cho "bac-ho-ra-đi"\? Xem[\s\S]*\(English\) national="bac-ho-ra-đi": "bac-ho-ra-đi" is not a catalog or group id; did you mean "radi" for "bac-ho-ra-đi"\? See/,
    ],
    [
      'no source at all',
      '<vnp-anniversary-banner date="2024-06-01"></vnp-anniversary-banner>',
      /^<vnp-anniversary-banner> chưa có nguồn ngày kỷ niệm[\s\S]*no source of commemorations/,
    ],
    [
      'a self-closing tag',
      '<vnp-anniversary-banner national date="2024-06-01" /><main><h1>Tin tức</h1></main>',
      /probably a self-closing "<vnp-anniversary-banner … \/>"/,
    ],
    [
      'a typo in one optional field',
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[{ "id": "a", "name": "ngày Bác Hồ ra đi tìm đường cứu nước", "date": "1911-06-05", "pined": true }]</script></vnp-anniversary-banner>`,
      /\[0\]: pined: is not a field[\s\S]*The entry still shows without pined/,
    ],
    [
      'a trailing comma',
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[\n  ${BAC_HO},\n]</script></vnp-anniversary-banner>`,
      /JSON syntax error at line 3, column 1 [\s\S]*Showing the 1 entry that could be read/,
    ],
    [
      'an out-of-range number',
      `<vnp-anniversary-banner days-after="40000" date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /days-after="40000" is not a whole number from 0 to 366; using the default, 30/,
    ],
    [
      'national="false" and no other source',
      '<vnp-anniversary-banner national="false" date="2024-06-01"></vnp-anniversary-banner>',
      /^<vnp-anniversary-banner> national="false": thuộc tính bật\/tắt/,
    ],
    [
      'a child script without a type, and no other source',
      `<vnp-anniversary-banner date="2024-06-01"><script>[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> thẻ <script> bên trong phải có type="application\/json"/,
    ],
    [
      'a child script type="text/json", and no other source',
      `<vnp-anniversary-banner date="2024-06-01"><script type="text/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> thẻ <script type="text\/json"> bên trong phải có type="application\/json"/,
    ],
    [
      'a typo of mourning-from',
      '<vnp-anniversary-banner national date="2024-06-01" mourning-form="2024-06-01" mourning-to="2024-06-02" mourning-message="Quốc tang"></vnp-anniversary-banner>',
      /^<vnp-anniversary-banner> không có thuộc tính "mourning-form"; có phải bạn muốn viết "mourning-from"\?/,
    ],
    [
      'a typo of national and no other source',
      '<vnp-anniversary-banner nationl date="2024-06-01"></vnp-anniversary-banner>',
      /^<vnp-anniversary-banner> không có thuộc tính "nationl"; có phải bạn muốn viết "national"\?/,
    ],
    [
      'a typo of endpoint on the visit box',
      '<vnp-anniversary-banner national date="2024-06-01"></vnp-anniversary-banner><vnp-visit-stats site="so-gd.tinh.gov.vn" endpont="https://thongke.tinh.gov.vn"></vnp-visit-stats>',
      /^<vnp-visit-stats> không có thuộc tính "endpont"; có phải bạn muốn viết "endpoint"\?/,
    ],
    [
      'one entry without [ ]',
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">${BAC_HO}</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> JSON trong <script type="application\/json">: .*\[ \][\s\S]*\(English\) .*wrap the entry in \[ \]/,
    ],
    [
      'single quotes in the JSON',
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[${BAC_HO.replaceAll('"', "'")}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> JSON trong <script type="application\/json">: JSON sai cú pháp ở dòng 1, cột 4 [\s\S]*straight double quotes ", not '/,
    ],
    [
      "Word's curly quotes in the JSON",
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[${BAC_HO.replace(/"([^"]*)"/g, '“$1”')}]</script></vnp-anniversary-banner>`,
      /^<vnp-anniversary-banner> JSON trong <script type="application\/json">: JSON sai cú pháp ở dòng 1, cột 4 \(.*dùng dấu nháy kép thẳng " thay “[\s\S]*straight double quotes ", not “/,
    ],
    [
      'a half-filled mourning period (a blank message)',
      '<vnp-anniversary-banner national date="2024-07-20" mourning-from="2024-07-20" mourning-to="2024-07-21" mourning-message="   "></vnp-anniversary-banner>',
      /^<vnp-anniversary-banner> Quốc tang cần đủ ba thuộc tính[\s\S]*mourning-message[\s\S]*\(English\) mourning needs/,
    ],
  ];
  for (const [mistake, body, expected] of cases) {
    it(`warns once about ${mistake}`, async () => {
      const { page, warnings, errors } = await open(body);
      await expect.poll(() => warnings, { timeout: 5000 }).toContainEqual(expect.stringMatching(expected));
      await page.waitForTimeout(300);
      expect(warnings).toEqual([expect.stringMatching(expected)]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows what the mistakes leave: the entry with a bad optional field, the list before a trailing comma', async () => {
    const { page } = await open(
      `<vnp-anniversary-banner id="a" date="2024-06-01"><script type="application/json">[{ "id": "a", "name": "ngày A", "date": "1911-06-05", "pined": true }]</script></vnp-anniversary-banner>
       <vnp-anniversary-banner id="b" date="2024-06-01"><script type="application/json">[${BAC_HO},]</script></vnp-anniversary-banner>`,
    );
    expect(await spoken(page, '#a')).toBe('Nhiệt liệt chào mừng kỷ niệm 113 năm ngày A (5/6/1911 - 5/6/2024)');
    expect(await spoken(page, '#b')).toContain('113 năm ngày Bác Hồ ra đi');
    await page.close();
  });

  it('keeps the page content a self-closing tag swallowed visible', async () => {
    const { page } = await open('<vnp-anniversary-banner national date="2024-06-01" /><main><h1>Tin tức</h1></main>');
    expect(await page.getByRole('heading', { name: 'Tin tức' }).isVisible()).toBe(true);
    await page.close();
  });

  it('falls back to the default window for an out-of-range number, showing what the default shows', async () => {
    const list = `<script type="application/json">[${BAC_HO}]</script>`;
    const { page } = await open(
      `<vnp-anniversary-banner id="bad" days-after="40000" date="2024-05-10">${list}</vnp-anniversary-banner>
       <vnp-anniversary-banner id="default" date="2024-05-10">${list}</vnp-anniversary-banner>`,
    );
    expect(await spoken(page, '#bad')).toBe(await spoken(page, '#default'));
    expect(await spoken(page, '#bad')).toContain('113 năm');
    await page.close();
  });

  it('ignores enumerable keys an old polyfill put on Object.prototype', async () => {
    const { page, warnings } = await open(
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      { init: 'Object.prototype.extend = function () {};' },
    );
    expect(await spoken(page)).toContain('113 năm ngày Bác Hồ');
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('keeps el.prefix set by a page script before the element is defined', async () => {
    const { page, errors } = await open(
      `<vnp-anniversary-banner date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>
       <script>"use strict"; document.querySelector('vnp-anniversary-banner').prefix = 'Chào mừng';</script>`,
    );
    expect(await spoken(page)).toBe('Chào mừng 113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a half-filled mourning period never shows the festive line on its days', () => {
  const festive = /Nhiệt liệt chào mừng/;
  const text = (page: Page) => page.locator('vnp-anniversary-banner').evaluate((el) => el.shadowRoot!.textContent);

  it('shows no festive line during a period whose message is blank or missing, and says what is missing once', async () => {
    for (const message of [' mourning-message="   "', '']) {
      const { page, warnings } = await open(
        `<vnp-anniversary-banner id="q" national date="2024-07-20" mourning-from="2024-07-20" mourning-to="2024-07-21"${message}></vnp-anniversary-banner>
         <vnp-anniversary-banner id="after" national date="2024-07-22" mourning-from="2024-07-20" mourning-to="2024-07-21"${message}></vnp-anniversary-banner>`,
      );
      // The day after the period, the same banner celebrates again: the festive line is there to be kept off.
      expect(await spoken(page, '#after')).toMatch(festive);
      expect(await page.locator('#q').evaluate((el) => el.shadowRoot!.textContent)).not.toMatch(festive);
      // One warning for each of the two banners: the same mistake on each.
      const incomplete = expect.stringMatching(/^<vnp-anniversary-banner> Quốc tang cần đủ[\s\S]*mourning-message/);
      expect(warnings).toEqual([incomplete, incomplete]);
      await page.close();
    }
  });

  it('does the same for a src file whose mourning has no message', async () => {
    files.set('/mourning-no-message.json', {
      html: `{ "commemorations": [${BAC_HO}], "mourning": { "from": "2024-06-01", "to": "2024-06-02" } }`,
      headers: { 'content-type': 'application/json' },
    });
    const { page, warnings } = await open(
      '<vnp-anniversary-banner national date="2024-06-01" src="/mourning-no-message.json"></vnp-anniversary-banner>',
    );
    await expect.poll(() => warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^<vnp-anniversary-banner> src="\/mourning-no-message.json": "mourning" cần dạng/);
    expect(await text(page)).not.toMatch(festive);
    await page.close();
  });
});

describe('a src that is not JSON', () => {
  it('says that a web page served as the src file is HTML, not JSON, in one warning', async () => {
    // A host's "not found" page with status 200, or a URL that leads to a page of the site.
    files.set('/not-found-page.json', {
      html: '<!doctype html><html><head><title>Không tìm thấy trang</title></head><body><h1>404</h1></body></html>',
    });
    const { page, warnings } = await open(
      '<vnp-anniversary-banner date="2024-06-01" src="/not-found-page.json"></vnp-anniversary-banner>',
    );
    await expect.poll(() => warnings).toHaveLength(1);
    await page.waitForTimeout(300);
    expect(warnings).toEqual([
      expect.stringMatching(
        /^<vnp-anniversary-banner> không tải được src="\/not-found-page.json" \(HTML ≠ JSON\); kiểm tra đường dẫn[\s\S]*\(English\) could not load src="\/not-found-page.json" \(HTML ≠ JSON\); check the URL/,
      ),
    ]);
    await page.close();
  });
});

describe('inline JSON and src over a real network', () => {
  it('reads inline JSON that arrives in two network chunks once the parser has it all, with no false warning', async () => {
    const chunked = createServer((req, res) => {
      if (req.url !== '/') return serveFile(req.url ?? '', res);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(
        `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script src="/dist/cdn/vnportal-widgets.js"></script></head><body><vnp-anniversary-banner date="2024-06-01"><script type="application/json">[{ "id": "radi-site", "name": "ngày Bác Hồ ra đi`,
      );
      setTimeout(
        () => res.end(' tìm đường cứu nước", "date": "1911-06-05" }]</script></vnp-anniversary-banner></body></html>'),
        600,
      );
    });
    const serveFile = async (path: string, res: import('node:http').ServerResponse) => {
      const response = await fetch(`${base}${path}`);
      res.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'text/plain' });
      res.end(Buffer.from(await response.arrayBuffer()));
    };
    await new Promise<void>((resolve) => chunked.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`http://127.0.0.1:${(chunked.address() as AddressInfo).port}/`);
    expect(await spoken(page)).toBe(
      'Nhiệt liệt chào mừng kỷ niệm 113 năm ngày Bác Hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)',
    );
    await page.waitForTimeout(300);
    expect(warnings).toEqual([]);
    await page.close();
    chunked.close();
  });

  it('retries a src that failed (a 503) when it is set again', async () => {
    let requests = 0;
    const { page, warnings } = await open(
      '<vnp-anniversary-banner date="2024-06-01" src="/flaky.json"></vnp-anniversary-banner>',
      {
        before: (page) =>
          page.route(`${base}/flaky.json`, (route) =>
            // The first request meets a 503; the file is there from the second on.
            route.fulfill(
              ++requests === 1
                ? { status: 503, body: 'busy' }
                : { contentType: 'application/json', body: `[${BAC_HO}]` },
            ),
          ),
      },
    );
    await expect
      .poll(() => warnings)
      .toEqual([expect.stringMatching(/could not load src="\/flaky.json" \(HTTP 503\)/)]);
    await page.evaluate(() => {
      const el = document.querySelector('vnp-anniversary-banner')!;
      el.setAttribute('src', '/flaky.json');
    });
    expect(await spoken(page)).toContain('113 năm ngày Bác Hồ');
    await page.close();
  });

  it('says that a src longer than the length limit is too long, in one warning, and shows the entries before it', async () => {
    // 400 entries, then a name pasted from a 5 MB document: longer than LIMITS.jsonLength, fewer than 1,000 entries.
    const entries = Array.from({ length: 400 }, (_, i) => BAC_HO.replace('radi-site', `e${i}`));
    const huge = BAC_HO.replace('radi-site', 'huge').replace('ngày Bác Hồ', 'x'.repeat(5_000_000));
    files.set('/long.json', {
      html: `[${[...entries, huge].join(',')}]`,
      headers: { 'content-type': 'application/json' },
    });
    // Read piece by piece, the text stops a little past the limit, inside that name: it used to be a syntax error.
    const { page, warnings } = await open(
      '<vnp-anniversary-banner date="2024-06-01" src="/long.json"></vnp-anniversary-banner>',
    );
    expect(await spoken(page)).toContain('113 năm ngày Bác Hồ ra đi');
    await page.waitForTimeout(300);
    expect(warnings).toEqual([
      '<vnp-anniversary-banner> src="/long.json": dài quá giới hạn 1500000 ký tự; chỉ đọc 1500000 ký tự đầu, hiện 400 mục trọn vẹn trong đó.\n(English) src="/long.json": longer than the limit of 1500000 characters; reading the first 1500000, showing the 400 whole entries in them.',
    ]);
    await page.close();
  });
});

describe("when the warnings' own file (messages.js) cannot be loaded", () => {
  it('says each problem in one line anyway, and the next warning loads the sentences again', async () => {
    let requests = 0;
    const { page, warnings } = await open(
      `<vnp-anniversary-banner days-after="40000" date="2024-06-01"><script type="application/json">[${BAC_HO}]</script></vnp-anniversary-banner>`,
      {
        before: (page) =>
          // A self-hosted folder that lacked messages.js for a moment (a deploy in progress, a network error).
          page.route(/\/dist\/cdn\/messages\.js/, (route) =>
            ++requests === 1 ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
          ),
      },
    );
    await expect.poll(() => warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^<vnp-anniversary-banner> không tải được messages\.js \(.+\); để tệp này cùng thư mục với vnportal-widgets\.js\. Lỗi cần sửa: \{"code":"whole","name":"days-after","value":"40000".*\}\n\(English\) could not load messages\.js/,
    );
    await page.evaluate(() => document.querySelector('vnp-anniversary-banner')!.setAttribute('max', '999'));
    await expect.poll(() => warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(
      /^<vnp-anniversary-banner> max="999" không phải số nguyên từ 1 đến 50; đang dùng giá trị mặc định 5\./,
    );
    // One line per problem: the first problem is not said a second time once the sentences are there.
    await page.waitForTimeout(300);
    expect(warnings).toHaveLength(2);
    expect(requests).toBe(2);
    await page.close();
  });
});
