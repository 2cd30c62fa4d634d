import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, tagSoup } from '../../test/arbitraries.js';
import { hostileHtml } from '../../test/hostile-html.js';
import { from, meta } from '../../test/read-html.js';
import { seedHtml } from '../../test/seed.js';
import { type Block, htmlToBlocks, parseArticle } from '../index.js';

/**
 * `articleFromHtml` validates the meta, not the blocks the reader builds: these are valid by construction. So the
 * reader's blocks, given to `parseArticle`, must pass and come back unchanged (same text in NFC, same keys in the
 * same order), whatever the HTML.
 */
function expectValidAsRead(html: string): void {
  let blocks: Block[];
  try {
    ({ blocks } = htmlToBlocks(html, { baseUrl: meta.url }));
  } catch {
    return; // past a limit: refused with ArticleError, checked elsewhere
  }
  const article = parseArticle({ ...meta, title: 'Bài', slug: 'bai', body: blocks });
  expect(JSON.stringify(article.body)).toBe(JSON.stringify(blocks));
}

/** URLs with what browsers strip or refuse inside them, and text that NFC composes across the reader's joins. */
const awkward = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<a href="https://a.example/a\tb">',
        '<a href="https://a.example/\na">',
        '<a href="https://a.example/a\u0001b">',
        '<a href="/a\u0001b">',
        '<a href="mailto:a@b.example\u007f">',
        '<img src="https://a.example/a\tb.jpg">',
        '<img src="https://a.example/a\u0002b.jpg">',
        '<img src="/a\u0085.jpg" alt=" e&#1;\u0301 ">',
        '<img src="/a.jpg">',
        '<p><em>',
        '</em>',
        '<b>',
        '</b>',
        '</a>',
        '<p>',
        '</p>',
        '<figure><img src="/f.jpg"><figcaption>',
        '</figcaption></figure>',
        '<table><caption>',
        '</caption><tr><td>',
        '</td></tr></table>',
        '<ul><li>',
        '</li></ul>',
        '(Ảnh: )',
        '(Ảnh:  x )',
        'Ảnh: ',
        'e',
        '\u0301',
        '&#1;',
        '&#13;',
        ' ',
      ),
      anyText,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe("the reader's blocks are valid articles as they are", () => {
  it('for the seed article and every attack of the corpus', () => {
    expectValidAsRead(seedHtml);
    for (const { html } of hostileHtml) expectValidAsRead(html);
  });

  it('for random tag soup (property)', () => {
    fc.assert(fc.property(tagSoup, expectValidAsRead), { numRuns: 1500 });
  });

  it('for URLs with tabs and controls inside, empty credits and marks split from their letter (property)', () => {
    fc.assert(fc.property(awkward, expectValidAsRead), { numRuns: 1500 });
  });

  it('drops a tab or newline inside a URL, as browsers do, rather than refusing the article', () => {
    const article = from(
      '<p><a href="https://a.example/a\tb">x</a> y</p><p><img src="https://a.example/c\nd.jpg"></p>',
    );
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      content: [{ text: 'x', href: 'https://a.example/ab' }, { text: ' y' }],
    });
    expect(article.body[1]).toEqual({ type: 'image', image: { src: 'https://a.example/cd.jpg', alt: '' } });
  });

  it('keeps the text of a link whose URL holds another control character, without the link', () => {
    expect(from('<p><a href="https://a.example/a\u0001b">x</a> y</p><p>z</p>').body[0]).toEqual({
      type: 'paragraph',
      content: [{ text: 'x y' }],
    });
  });

  it('reads "(Ảnh: )" under a photo as a caption without a credit', () => {
    const article = from('<p><img src="/a.jpg"></p><p><em>Hội nghị (Ảnh: )</em></p><p>Đoạn sau.</p>');
    expect(article.body[0]).toEqual({
      type: 'image',
      image: { src: 'https://portal.example/a.jpg', alt: '', caption: 'Hội nghị (Ảnh: )' },
    });
  });
});
