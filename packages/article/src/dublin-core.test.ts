import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { seedHtml, seedMeta, seedSite, seedTitle } from '../test/seed.js';
import { type Article, ArticleValidationError, articleFromHtml, parseArticle, toDublinCore } from './index.js';

const seed = articleFromHtml(seedHtml, seedMeta);

/** The page a browser would build around the tags: what lands in <head>, and whether anything spilled out. */
function headOf(tags: string): { head: Element[]; bodyChildren: number } {
  const doc = fromHtml(`<!doctype html><html><head>${tags}</head><body></body></html>`) as Root;
  const html = doc.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html')!;
  const [head, body] = html.children.filter((n): n is Element => n.type === 'element');
  return {
    head: head!.children.filter((n): n is Element => n.type === 'element'),
    bodyChildren: body!.children.length,
  };
}

function metas(tags: string): [string, string][] {
  return headOf(tags)
    .head.filter((el) => el.tagName === 'meta')
    .map((el) => [String(el.properties.name), String(el.properties.content)]);
}

describe('toDublinCore', () => {
  it('writes the elements TT 24/2011 requires, then the recommended ones, for the seed article', () => {
    expect(metas(toDublinCore(seed, seedSite))).toEqual([
      ['DC.title', seedTitle],
      ['DC.creator', 'Ngọc Hà'],
      ['DC.date', '2023-07-03T08:00:00+07:00'],
      ['DC.description', expect.stringMatching(/^Công tác phát triển đảng viên .*…$/)],
      ['DC.publisher', 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Ninh Bình'],
      ['DC.identifier', seedMeta.url],
      ['DC.language', 'vi'],
      ['DC.subject', 'Tin tức - Sự kiện'],
      ['DC.subject', 'phát triển đảng viên'],
      ['DC.subject', 'Đảng bộ Khối'],
      ['DC.type', 'Text'],
      ['DC.format', 'text/html'],
    ]);
  });

  it('declares the DC and DCTERMS schemas with <link rel>', () => {
    const links = headOf(toDublinCore(seed, seedSite)).head.filter((el) => el.tagName === 'link');
    expect(links.map((el) => [el.properties.rel, el.properties.href])).toEqual([
      [['schema.DC'], 'http://purl.org/dc/elements/1.1/'],
      [['schema.DCTERMS'], 'http://purl.org/dc/terms/'],
    ]);
  });

  it('names the publisher as creator when the article has no author, and writes the source and modification', () => {
    const article = parseArticle({
      ...seed,
      authors: [],
      sourceCredit: 'Theo Báo Ninh Bình',
      dateModified: '2023-07-04T01:00:00Z',
      publisher: { name: 'Ban Tuyên giáo' },
    });
    const found = metas(toDublinCore(article, seedSite));
    expect(found).toContainEqual(['DC.creator', 'Ban Tuyên giáo']);
    expect(found).toContainEqual(['DC.publisher', 'Ban Tuyên giáo']);
    expect(found).toContainEqual(['DC.source', 'Theo Báo Ninh Bình']);
    expect(found).toContainEqual(['DCTERMS.modified', '2023-07-04T08:00:00+07:00']);
  });

  it('writes dates in Vietnam time and the lead as the description, on one line', () => {
    const article = parseArticle({ ...seed, datePublished: '2023-07-03T01:00:00Z', lead: 'Dòng một\nDòng hai' });
    const found = metas(toDublinCore(article, seedSite));
    expect(found).toContainEqual(['DC.date', '2023-07-03T08:00:00+07:00']);
    expect(found).toContainEqual(['DC.description', 'Dòng một Dòng hai']);
  });

  it('refuses an invalid article or site, naming the field', () => {
    expect(() => toDublinCore({ ...seed, url: 'javascript:alert(1)' }, seedSite)).toThrow(ArticleValidationError);
    expect(() => toDublinCore(seed, { name: 'Cổng' } as never)).toThrow(/url is missing/);
  });

  it('keeps every text inside its attribute and nothing but <meta>/<link> in <head>, whatever the text (property)', () => {
    const text = fc.oneof(
      fc.string({ minLength: 1, unit: 'grapheme' }),
      fc.constantFrom('"><script>alert(1)</script>', "'><img src=x onerror=alert(1)>", '</head><body>', '&quot;'),
    );
    fc.assert(
      fc.property(text, text, (title, tag) => {
        let article: Article;
        try {
          article = parseArticle({ ...seed, title, tags: [tag] });
        } catch {
          return; // not a valid title (empty after trimming, a control character): parseArticle said why
        }
        const { head, bodyChildren } = headOf(toDublinCore(article, seedSite));
        expect(bodyChildren).toBe(0);
        expect(head.every((el) => el.tagName === 'meta' || el.tagName === 'link')).toBe(true);
        const found = new Map(metas(toDublinCore(article, seedSite)).reverse());
        expect(found.get('DC.title')).toBe(article.title.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 200 },
    );
  });
});
