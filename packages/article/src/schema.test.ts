import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { seedHtml, seedMeta } from '../test/seed.js';
import { ArticleSchema, ArticleValidationError, articleFromHtml, parseArticle, parseSite } from './index.js';

const minimal = {
  id: '1',
  url: 'https://portal.example/a.html',
  slug: 'a',
  title: 'Tiêu đề',
  body: [{ type: 'paragraph', content: [{ text: 'Nội dung.' }] }],
  datePublished: '2023-07-03T08:00:00+07:00',
};

function problems(input: unknown): string[] {
  try {
    parseArticle(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ArticleValidationError);
    return (error as ArticleValidationError).issues.map((issue) => issue.message);
  }
  throw new Error('expected parseArticle to throw');
}

describe('parseArticle', () => {
  it('fills lang "vi" and empty authors and tags', () => {
    expect(parseArticle(minimal)).toStrictEqual({ ...minimal, lang: 'vi', authors: [], tags: [] });
  });

  it('stores text in NFC whatever form it came in', () => {
    const article = parseArticle({ ...minimal, title: 'Đảng bộ Hoà Bình'.normalize('NFD') });
    expect(article.title).toBe('Đảng bộ Hoà Bình'.normalize('NFC'));
    expect(article.title).not.toBe('Đảng bộ Hoà Bình'.normalize('NFD'));
  });

  it('stores Windows line ends in the lead as "\\n"', () => {
    expect(parseArticle({ ...minimal, lead: 'Dòng một\r\nDòng hai' }).lead).toBe('Dòng một\nDòng hai');
  });

  it('round-trips the seed article through JSON', () => {
    const article = articleFromHtml(seedHtml, seedMeta);
    expect(parseArticle(JSON.parse(JSON.stringify(article)))).toStrictEqual(article);
  });

  it('names the path and value of a bad image source', () => {
    const input = {
      ...minimal,
      body: [
        ...minimal.body,
        minimal.body[0],
        minimal.body[0],
        { type: 'image', image: { src: 'javascript:alert(1)', alt: '' } },
      ],
    };
    expect(problems(input)).toEqual([
      'body[3].image.src: "javascript:alert(1)" is not a safe image URL (http, https or a relative path)',
    ]);
  });

  it('lists every problem at once, each with its path', () => {
    const input = {
      ...minimal,
      url: 'portal.example/a',
      slug: 'Không hợp lệ',
      title: '   ',
      datePublished: '2023-13-45',
      authors: [{ name: 'Ngọc Hà', email: 'x@y.z' }],
      body: [
        { type: 'video', src: 'x' },
        { type: 'paragraph', content: [{ text: 'x', href: 'vbscript:x' }] },
      ],
    };
    expect(problems(input)).toEqual([
      'url: "portal.example/a" is not an absolute http(s) URL',
      'slug: "Không hợp lệ" is not a slug (lowercase ASCII words joined by "-")',
      'title: "   " is empty',
      'body[0].type: "video" is not a block type (paragraph, heading, image, list, quote, table)',
      'body[1].content[0].href: "vbscript:x" is not a safe link (http, https, mailto, tel, a relative path or #fragment)',
      'datePublished: "2023-13-45" is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)',
      'authors[0].email: "x@y.z" is not a known field',
    ]);
  });

  it('refuses a table cell spanning one cell or fewer', () => {
    const table = { type: 'table', rows: [[{ content: [], colSpan: 1 }]] };
    expect(problems({ ...minimal, body: [table] })).toEqual([
      'body[0].rows[0][0].colSpan: 1 is not a span of 2 cells or more (leave it out for 1)',
    ]);
  });

  it('says which required field is missing', () => {
    const { title: _title, ...rest } = minimal;
    expect(problems(rest)).toEqual(['title is missing']);
  });

  it('refuses a modification date before the publication date', () => {
    expect(problems({ ...minimal, dateModified: '2023-07-03T07:59:59+07:00' })).toEqual([
      'dateModified: "2023-07-03T07:59:59+07:00" is before datePublished',
    ]);
  });

  it('accepts a modification date in another offset that is the same instant or later', () => {
    expect(parseArticle({ ...minimal, dateModified: '2023-07-03T01:00:00Z' }).dateModified).toBe(
      '2023-07-03T01:00:00Z',
    );
  });

  it('refuses a date without an offset', () => {
    expect(problems({ ...minimal, datePublished: '2023-07-03T08:00:00' })).toEqual([
      'datePublished: "2023-07-03T08:00:00" is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)',
    ]);
  });

  it('refuses control characters in text', () => {
    expect(problems({ ...minimal, title: 'a\u0000b' })).toEqual([
      'title: "a\\u0000b" contains a control character or a lone surrogate',
    ]);
  });

  it('says so when the input is not an object at all', () => {
    expect(problems('article')).toEqual(['article: "article" is not an article object']);
  });

  it('puts every problem in the error message, one per line', () => {
    expect(() => parseArticle({ ...minimal, id: 7, lang: 'tiếng Việt' })).toThrow(
      'Invalid article (2 problems):\n  id: 7 is not a string\n  lang: "tiếng Việt" is not a language tag such as "vi" or "en-US"',
    );
  });

  it('exports the valibot schema for callers who validate themselves', () => {
    expect(v.safeParse(ArticleSchema, minimal).success).toBe(true);
    expect(v.safeParse(ArticleSchema, { ...minimal, slug: '' }).success).toBe(false);
  });

  it('round-trips any valid article through JSON (property)', () => {
    const line = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
      .map((s) => s.replace(/\s+/g, ' ').trim())
      .filter((s) => s.length > 0 && v.safeParse(ArticleSchema, { ...minimal, title: s }).success);
    const span = fc.record(
      { text: line, marks: fc.subarray(['bold', 'italic', 'sub'] as const), href: fc.constant('https://x.example/') },
      { requiredKeys: ['text'] },
    );
    const block = fc.oneof(
      fc.record({ type: fc.constant('paragraph'), content: fc.array(span, { minLength: 1, maxLength: 3 }) }),
      fc.record({
        type: fc.constant('image'),
        image: fc.record(
          { src: fc.constant('/a.jpg'), alt: fc.string(), caption: line, credit: line },
          { requiredKeys: ['src', 'alt'] },
        ),
      }),
    );
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), line, (body, title) => {
        const input = { ...minimal, title, body };
        const result = v.safeParse(ArticleSchema, input);
        fc.pre(result.success);
        const article = parseArticle(input);
        expect(parseArticle(JSON.parse(JSON.stringify(article)))).toStrictEqual(article);
      }),
    );
  });
});

describe('parseSite', () => {
  it('accepts a site with a name and a home page URL', () => {
    expect(parseSite({ name: 'Cổng', url: 'https://portal.example/' })).toEqual({
      name: 'Cổng',
      url: 'https://portal.example/',
    });
  });

  it('names the bad fields of a site', () => {
    expect(() => parseSite({ name: '', url: 'ftp://x' })).toThrow(
      'Invalid site (2 problems):\n  name: "" is empty\n  url: "ftp://x" is not an absolute http(s) URL',
    );
  });
});
