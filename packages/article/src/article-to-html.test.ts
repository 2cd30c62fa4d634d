import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedCaptions, seedHtml, seedMeta, seedTitle } from '../test/seed.js';
import {
  type Article,
  articleFromHtml,
  articleToHtml,
  blocksToHtml,
  bylineHtml,
  escapeHtml,
  parseArticle,
} from './index.js';

const seed = articleFromHtml(seedHtml, seedMeta);

describe('articleToHtml', () => {
  const html = articleToHtml(seed);

  it('wraps the article in <article lang> with the title as <h1>', () => {
    expect(html.startsWith('<article lang="vi">\n<header>\n')).toBe(true);
    expect(html).toContain(`<h1>${seedTitle}</h1>`);
    expect(html.endsWith('</article>')).toBe(true);
  });

  it('writes the dateline in a <time> with the machine-readable instant', () => {
    expect(html).toContain(
      '<p class="dateline"><time datetime="2023-07-03T08:00:00+07:00">Thứ hai, 03/07/2023</time></p>',
    );
  });

  it('writes each photo as a <figure> with its <figcaption>', () => {
    expect(html).toContain(
      `<figure><img src="https://dangbokhoi.ninhbinh.gov.vn/uploads/dangbokhoi/2023_07/hoi-nghi-chuyen-de-phat-trien-dang-vien.jpg" alt="" width="700" height="466" loading="lazy"><figcaption>${seedCaptions[0]}</figcaption></figure>`,
    );
    expect(html).toContain(`<figcaption>${seedCaptions[1]}</figcaption>`);
  });

  it('ends with the byline in a <footer>', () => {
    expect(html).toContain(
      '<footer>\n<p class="byline"><span class="author">Ngọc Hà</span></p>\n</footer>\n</article>',
    );
  });

  it('keeps bold lead-ins as <strong>', () => {
    expect(html).toContain('<p><strong>Một là,</strong> Tiếp tục quán triệt');
  });

  it('leaves out the header for a page that lays out its own', () => {
    const bare = articleToHtml(seed, { header: false, footer: false });
    expect(bare).not.toContain('<h1>');
    expect(bare).not.toContain('<footer>');
    expect(bare).toContain('<figcaption>');
  });

  it('adds Vietnam time to the dateline on request', () => {
    expect(articleToHtml(seed, { time: true })).toContain('>Thứ hai, 03/07/2023 08:00</time>');
  });

  it('writes links, marks, line breaks, lists, quotes and tables', () => {
    expect(
      blocksToHtml([
        {
          type: 'paragraph',
          content: [{ text: 'a\nb', marks: ['bold', 'italic'], href: 'https://x.example/?a=1&b=2' }],
        },
        { type: 'heading', level: 3, content: [{ text: 'Mục' }] },
        { type: 'list', ordered: false, items: [[{ text: 'một' }], [{ text: 'hai' }]] },
        { type: 'quote', paragraphs: [[{ text: 'Câu.' }]], attribution: 'Bác Hồ' },
        {
          type: 'table',
          caption: 'Bảng',
          rows: [[{ content: [{ text: 'Số' }], header: true, colSpan: 2 }], [{ content: [] }, { content: [] }]],
        },
      ]),
    ).toBe(
      [
        '<p><a href="https://x.example/?a=1&amp;b=2"><strong><em>a<br>b</em></strong></a></p>',
        '<h3>Mục</h3>',
        '<ul><li>một</li><li>hai</li></ul>',
        '<blockquote><p>Câu.</p><footer>Bác Hồ</footer></blockquote>',
        '<table><caption>Bảng</caption><tbody><tr><th colspan="2">Số</th></tr><tr><td></td><td></td></tr></tbody></table>',
      ].join('\n'),
    );
  });

  it('links authors that have a URL with rel="author" and prints the source credit', () => {
    expect(
      bylineHtml({
        authors: [{ name: 'Minh Anh', url: 'https://x.example/minh-anh' }],
        sourceCredit: 'Theo Báo Ninh Bình',
      }),
    ).toBe(
      '<footer>\n<p class="byline"><a rel="author" href="https://x.example/minh-anh">Minh Anh</a></p>\n<p class="source-credit">Theo Báo Ninh Bình</p>\n</footer>',
    );
  });

  it('escapes markup in every text, attribute and URL', () => {
    const article = parseArticle({
      id: '1',
      url: 'https://x.example/a',
      slug: 'a',
      title: '</h1><script>alert(1)</script>',
      lead: '"><img src=x onerror=alert(1)>',
      body: [
        { type: 'image', image: { src: '/a.jpg?"onload="alert(1)', alt: '" onerror="alert(1)', caption: '<b>x</b>' } },
      ],
      datePublished: '2023-07-03T08:00:00+07:00',
      authors: [{ name: '<i>Ngọc Hà</i>' }],
    });
    const out = articleToHtml(article);
    expect(out).not.toMatch(/<script|<img src=x|<b>|<i>/);
    expect(out).toContain('<h1>&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(out).toContain('src="/a.jpg?&quot;onload=&quot;alert(1)" alt="&quot; onerror=&quot;alert(1)"');
  });

  it('prints an unsafe link as plain text and leaves an unsafe image out, for unvalidated data', () => {
    const article = {
      ...seed,
      lang: '"><script>',
      body: [
        { type: 'paragraph', content: [{ text: 'x', href: 'javascript:alert(1)' }] },
        { type: 'image', image: { src: 'data:text/html,<script>alert(1)</script>', alt: '' } },
        { type: 'video', src: 'javascript:alert(1)' },
      ],
      authors: [{ name: 'A', url: 'javascript:alert(1)' }],
    } as unknown as Article;
    const out = articleToHtml(article);
    expect(out).toContain('<article lang="&quot;&gt;&lt;script&gt;">');
    expect(out).toContain('<p>x</p>');
    expect(out).not.toMatch(/javascript:|data:|<script/);
  });

  it('never writes a <script element, whatever the text (property)', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('<script>', '</p><script>', '"><svg onload=x>', '\u0000<'));
    fc.assert(
      fc.property(text, text, text, text, (title, para, caption, name) => {
        const article = {
          ...seed,
          title,
          lead: para,
          body: [
            { type: 'paragraph', content: [{ text: para, href: para }] },
            { type: 'image', image: { src: caption, alt: caption, caption, credit: name } },
          ],
          authors: [{ name, url: name }],
          sourceCredit: name,
        } as Article;
        const out = articleToHtml(article);
        expect(out).not.toMatch(/<script|<svg/i);
      }),
    );
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters and drops control characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&\u0000</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
