import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleError, type Block, HTML_LIMITS, htmlToBlocks } from '../index.js';
import { blocksToTexts } from '../text.js';

const texts = (blocks: Block[]) => blocksToTexts(blocks).join('');
const nest = (open: string, close: string, depth: number, inner: string) =>
  open.repeat(depth) + inner + close.repeat(depth);
const tables = (depth: number) => nest('<table><tr><td>', '</td></tr></table>', depth, 'Ô trong cùng');

/** What the limit error says: the argument, and the limit by name. */
const DEPTH_ERROR =
  /^html: ".*"… \(\d+ characters\) nests elements \d+ deep, past the limit of 512 \(HTML_LIMITS\.maxDepth\)$/s;

describe('nesting', () => {
  it('reads the innermost cell of two nested tables once', () => {
    expect(texts(htmlToBlocks(tables(2)).blocks)).toBe('Ô trong cùng');
  });

  it('reads 17 nested tables (596 bytes) into one cell of text, not 65,536 copies', () => {
    const html = tables(17);
    const { blocks } = htmlToBlocks(html);
    expect(texts(blocks)).toBe('Ô trong cùng');
    expect(blocks.length).toBeLessThanOrEqual(17);
  });

  it('reads 18 and 100 nested tables without running out of stack', () => {
    expect(texts(htmlToBlocks(tables(18)).blocks)).toBe('Ô trong cùng');
    expect(texts(htmlToBlocks(tables(100)).blocks)).toBe('Ô trong cùng');
  });

  it.each([
    ['1,800 nested <ul><li>', nest('<ul><li>', '</li></ul>', 1800, 'x')],
    ['2,300 nested <blockquote>', nest('<blockquote>', '</blockquote>', 2300, 'x')],
    ['3,500 nested <b>', nest('<b>', '</b>', 3500, 'x')],
    ['200 nested tables', tables(200)],
    ['20,000 nested <div>', nest('<div>', '</div>', 20_000, 'x')],
  ])('refuses %s with ArticleError naming the depth limit, not a RangeError', { timeout: 60_000 }, (_name, html) => {
    expect(() => htmlToBlocks(html)).toThrow(ArticleError);
    expect(() => htmlToBlocks(html)).toThrow(DEPTH_ERROR);
  });

  it.each([
    ['<div>', '</div>', 1],
    ['<ul><li>', '</li></ul>', 2],
    ['<blockquote>', '</blockquote>', 1],
    ['<b>', '</b>', 1],
    ['<table><tbody><tr><td>', '</td></tr></tbody></table>', 4],
    ['<figure>', '</figure>', 1],
  ])('reads %s nested right up to the limit', (open, close, perLevel) => {
    const depth = Math.floor((HTML_LIMITS.maxDepth - 1) / perLevel);
    expect(texts(htmlToBlocks(nest(open, close, depth, '<p>Chữ</p>')).blocks)).toBe('Chữ');
  });
});

describe('size', () => {
  it('refuses HTML longer than HTML_LIMITS.maxLength, naming the limit', () => {
    const html = `<p>${'a'.repeat(HTML_LIMITS.maxLength)}</p>`;
    expect(() => htmlToBlocks(html)).toThrow(/^html: .* is longer than the limit of 10485760 characters$/s);
  });

  it('refuses HTML that gives more blocks than HTML_LIMITS.maxBlocks, naming the limit', { timeout: 60_000 }, () => {
    const html = '<p>a</p>'.repeat(HTML_LIMITS.maxBlocks + 1);
    expect(() => htmlToBlocks(html)).toThrow(/gives 20001 blocks, past the limit of 20000 \(HTML_LIMITS\.maxBlocks\)$/);
  });

  it('reads a paragraph of 100,000 alternating whitespace marks without running out of stack', {
    timeout: 60_000,
  }, () => {
    const spans = '<b> </b><i> </i>'.repeat(25_000);
    expect(htmlToBlocks(`<p>${spans}chữ${spans}</p>`).blocks).toEqual([
      { type: 'paragraph', content: [{ text: 'chữ' }] },
    ]);
  });
});

/** Wrappers whose parsed depth is known: what each adds to the nesting. */
const WRAPPERS: readonly [string, string, number][] = [
  ['<div>', '</div>', 1],
  ['<section class="sapo">', '</section>', 1],
  ['<blockquote>', '</blockquote>', 1],
  ['<ul><li>', '</li></ul>', 2],
  ['<ol start="2"><li>', '</li></ol>', 2],
  ['<table><tbody><tr><td>', '</td></tr></tbody></table>', 4],
  ['<figure>', '</figure>', 1],
  ['<b>', '</b>', 1],
  ['<em>', '</em>', 1],
  ['<a href="/x">', '</a>', 1],
  ['<span style="font-weight:bold">', '</span>', 1],
  ['<h3>', '</h3>', 1],
];
const level = fc.record({
  wrapper: fc.constantFrom(...WRAPPERS),
  before: fc.constantFrom('', 'Chữ ', '<img src="/a.jpg">', '<p>Đoạn</p>', '<br>'),
  after: fc.constantFrom('', ' đây', '<p><em>Chú thích</em></p>'),
});
/** Random nested markup, as deep as the limit allows. */
const nestedMarkup = fc.array(level, { maxLength: HTML_LIMITS.maxDepth }).map((levels) => {
  let budget = HTML_LIMITS.maxDepth - 1;
  let html = '<p>Lõi</p>';
  for (const { wrapper, before, after } of levels) {
    const [open, close, adds] = wrapper;
    if (budget < adds) break;
    budget -= adds;
    html = `${open}${before}${html}${after}${close}`;
  }
  return html;
});

describe('bounds (properties)', () => {
  it('reads random nested markup up to the limit without copying text, in time linear in its size', () => {
    fc.assert(
      fc.property(nestedMarkup, (html) => {
        const started = performance.now();
        const { blocks } = htmlToBlocks(html);
        const elapsed = performance.now() - started;
        // No text is read twice: the blocks hold no more letters than the markup does.
        const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
        expect(letters(texts(blocks))).toBeLessThanOrEqual(letters(html.replace(/<[^>]*>/g, '')));
        // Generous for a loaded machine, yet far below the seconds an exponential walk took at 600 bytes.
        expect(elapsed).toBeLessThan(2000 + 20 * (html.length / 1024));
      }),
      { numRuns: 60 },
    );
  });
});
