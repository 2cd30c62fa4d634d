import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { hostileHtml } from '../test/hostile-html.js';
import { type Article, articleFromHtml, articleToHtml, type Block } from './index.js';

const meta = {
  id: 'x',
  url: 'https://portal.example/tin-tuc/bai.html',
  title: 'Bài',
  datePublished: '2023-07-03T08:00:00+07:00',
};

/** Every element articleToHtml may write. */
const OUTPUT_TAGS = new Set(
  'article header footer h1 h2 h3 h4 h5 h6 p time figure img figcaption span a strong em u s code sub sup br ul ol li blockquote table caption tbody tr th td'.split(
    ' ',
  ),
);
const OUTPUT_ATTRIBUTES = new Set([
  'colSpan',
  'rowSpan',
  'lang',
  'className',
  'dateTime',
  'href',
  'rel',
  'src',
  'alt',
  'width',
  'height',
  'loading',
]);
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|#|\/)/i;

/** Reads the HTML back as a browser would and lists anything that could run, load or restyle. */
function activeParts(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children as RootContent[]) {
      if (child.type === 'comment') found.push('comment');
      if (child.type !== 'element') continue;
      if (!OUTPUT_TAGS.has(child.tagName)) found.push(`<${child.tagName}>`);
      for (const [name, value] of Object.entries(child.properties)) {
        if (!OUTPUT_ATTRIBUTES.has(name)) found.push(`${child.tagName}[${name}]`);
        if ((name === 'href' || name === 'src') && !SAFE_URL.test(String(value))) {
          found.push(`${child.tagName}[${name}=${String(value)}]`);
        }
      }
      visit(child);
    }
  };
  visit(fromHtml(html, { fragment: true }));
  return found;
}

function blockUrls(blocks: Block[]): string[] {
  return JSON.stringify(blocks).match(/"(?:href|src)":"[^"]*"/g) ?? [];
}

describe('hostile HTML corpus', () => {
  it('holds at least 80 attacks', () => {
    expect(hostileHtml.length).toBeGreaterThanOrEqual(80);
  });

  for (const { name, html, payloadAsText } of hostileHtml) {
    it(`leaves "${name}" inert`, () => {
      const article: Article = articleFromHtml(html, meta);
      const blocks = JSON.stringify(article.body);
      if (!payloadAsText) expect(blocks).not.toMatch(/alert|javascript|vbscript|data:|expression\(/i);
      for (const url of blockUrls(article.body)) expect(url).toMatch(/^"(href|src)":"(https:\/\/|mailto:|tel:)/);
      const out = articleToHtml(article);
      expect(out).not.toMatch(/<script|javascript:|\son\w+=/i);
      if (!payloadAsText) expect(out).not.toContain('alert');
      expect(activeParts(out)).toEqual([]);
    });
  }

  it('keeps script-like text as escaped text, never as markup', () => {
    const article = articleFromHtml(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p><img src="https://ok.example/a.jpg" alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
      meta,
    );
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      content: [{ text: '<script>alert(1)</script> <img src=x onerror=alert(1)>' }],
    });
    const out = articleToHtml(article);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(activeParts(out)).toEqual([]);
  });

  it('keeps the text and safe links that sit among the attacks', () => {
    const article = articleFromHtml(
      '<p onclick=alert(1)>Đảng bộ <a href="javascript:alert(1)">Khối</a> <a href="https://ok.example/" onclick=alert(1)>tỉnh</a></p>',
      meta,
    );
    expect(article.body).toEqual([
      { type: 'paragraph', content: [{ text: 'Đảng bộ Khối ' }, { text: 'tỉnh', href: 'https://ok.example/' }] },
    ]);
  });

  it('turns any string of HTML into inert output (property)', () => {
    const pieces = fc.constantFrom(
      ...hostileHtml.map((h) => h.html),
      '<p>',
      '</p>',
      '<img src="/a.jpg">',
      '<em>',
      '</em>',
      '<a href="/x">',
      '</a>',
      '<figure>',
      '<figcaption>',
      '<table><tr><td>',
      '"',
      "'",
      '<',
      '>',
      '&',
      'Đảng bộ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 12 }), (parts) => {
        const out = articleToHtml(articleFromHtml(parts.join(''), meta));
        expect(activeParts(out)).toEqual([]);
        expect(out).not.toMatch(/<script/i);
      }),
      { numRuns: 200 },
    );
  });
});
