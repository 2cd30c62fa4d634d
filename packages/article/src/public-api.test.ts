import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { hostileValue, returnsOrThrows, SPECIAL_VALUES, UNREADABLE_VALUES } from '../../../fixtures/hostile.js';
import { seedHtml, seedMeta, seedSite } from '../test/seed.js';
import * as api from './index.js';
import { ArticleError } from './index.js';

/** The functions whose arguments come from callers; site statistics are moving to @vnportal/visits. */
const FUNCTIONS = {
  articleFromHtml: api.articleFromHtml,
  htmlToBlocks: api.htmlToBlocks,
  articleToHtml: api.articleToHtml,
  articleHeaderHtml: api.articleHeaderHtml,
  blocksToHtml: api.blocksToHtml,
  bylineHtml: api.bylineHtml,
  imageHtml: api.imageHtml,
  spansToHtml: api.spansToHtml,
  dateline: api.dateline,
  escapeHtml: api.escapeHtml,
  excerpt: api.excerpt,
  toRss: api.toRss,
  toAtom: api.toAtom,
  toJsonFeed: api.toJsonFeed,
  toJsonFeedObject: api.toJsonFeedObject,
  serializeJsonLd: api.serializeJsonLd,
  toJsonLd: api.toJsonLd,
  toJsonLdScript: api.toJsonLdScript,
  toDublinCore: api.toDublinCore,
  countWords: api.countWords,
  readingTime: api.readingTime,
  isSafeHref: api.isSafeHref,
  isSafeImageSrc: api.isSafeImageSrc,
  parseArticle: api.parseArticle,
  parseSite: api.parseSite,
  searchKey: api.searchKey,
  slugify: api.slugify,
  toRfc822: api.toRfc822,
  toVietnamIso: api.toVietnamIso,
} as Record<string, (...args: unknown[]) => unknown>;

const article = api.articleFromHtml(seedHtml, seedMeta);
/** A valid value for each position, with one argument swapped for a hostile one. */
const valid = [article, seedSite];

const returnsOrThrowsArticleError = (call: () => unknown) => returnsOrThrows(call, ArticleError);

describe('any value given to any public function', () => {
  it.each(Object.keys(FUNCTIONS))('%s returns or throws ArticleError, never a TypeError or RangeError', (name) => {
    const fn = FUNCTIONS[name]!;
    fc.assert(
      fc.property(fc.array(hostileValue, { maxLength: 3 }), fc.nat(2), (args, keep) => {
        returnsOrThrowsArticleError(() => fn(...args));
        // The same with the other arguments valid, so the hostile one is the one read.
        const mixed = valid.slice(0, 2).map((v, i) => (i === keep ? args[0] : v));
        returnsOrThrowsArticleError(() => fn(...mixed));
      }),
      { numRuns: 60 },
    );
    for (const value of SPECIAL_VALUES) {
      returnsOrThrowsArticleError(() => fn(value, value, value));
      returnsOrThrowsArticleError(() => fn(article, value));
      returnsOrThrowsArticleError(() => fn(value, seedSite));
    }
  });

  it.each(Object.keys(FUNCTIONS))('%s throws ArticleError for values whose reads throw, alone or inside', (name) => {
    const fn = FUNCTIONS[name]!;
    const failingGetter = () => ({
      ...seedMeta,
      get url(): string {
        throw new Error('the getter failed');
      },
    });
    for (const value of [...UNREADABLE_VALUES, failingGetter()]) {
      const inside = [
        value,
        [value],
        [article, value],
        { ...article, body: [article.body[0], value] },
        { ...article, authors: [value] },
        { ...seedSite, publisher: value },
        { maxChars: value },
      ];
      for (const hostile of inside) {
        returnsOrThrowsArticleError(() => fn(hostile, seedSite, {}));
        returnsOrThrowsArticleError(() => fn(article, hostile, {}));
        returnsOrThrowsArticleError(() => fn([article], seedSite, hostile));
        returnsOrThrowsArticleError(() => fn(seedHtml, hostile));
      }
    }
  });

  it.each(Object.keys(FUNCTIONS).filter((name) => !name.startsWith('isSafe')))(
    '%s throws, not returns, for a revoked Proxy in its first argument',
    (name) => {
      const fn = FUNCTIONS[name]!;
      const [revoked] = UNREADABLE_VALUES;
      expect(() => fn(revoked, seedSite, {})).toThrow(ArticleError);
    },
  );

  it('says which part could not be read, and keeps what was thrown as the cause', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const broken = { ...article, authors: [article.authors[0], proxy] };
    const error = (() => {
      try {
        api.articleToHtml(broken as never);
      } catch (e) {
        return e as ArticleError;
      }
    })();
    expect(error).toBeInstanceOf(ArticleError);
    expect(error?.message).toMatch(
      /^article\.authors\[1\] cannot be read \(Cannot perform '\w+' on a proxy that has been revoked\)$/,
    );
    expect((error!.cause as Error).name).toBe('TypeError');
    const meta = {
      ...seedMeta,
      get url(): string {
        throw new Error('the getter failed');
      },
    };
    expect(() => api.articleFromHtml(seedHtml, meta)).toThrow(/^meta\.url cannot be read \(the getter failed\)$/);
  });

  it('names the argument that has the wrong type', () => {
    expect(() => api.slugify(42 as never)).toThrow(/^title: 42 is not a string$/);
    expect(() => api.articleToHtml(null as never)).toThrow(/^article: null is not an object$/);
    expect(() => api.searchKey(Symbol('x') as never)).toThrow(/^text: a symbol is not a string$/);
    expect(() => api.serializeJsonLd(10n)).toThrow(/^data: 10n is not JSON-compatible$/);
    expect(() => api.htmlToBlocks('<p>a</p>', null as never)).toThrow(/^options: null is not an object$/);
    expect(() => api.dateline({ datePublished: '2023-13-45' } as never)).toThrow(ArticleError);
  });
});

describe('the writers look names up only in their own tables', () => {
  const polluted = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'polluted'];
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('prints no markup for a mark named "constructor" or a polluted Object.prototype', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'script';
    const html = api.spansToHtml([{ text: 'chữ', marks: polluted as never }]);
    expect(html).toBe('chữ');
  });

  it('prints no tag for a block type or heading level taken from the prototype chain', () => {
    (Object.prototype as Record<string, unknown>).polluted = 'script';
    const blocks = [
      { type: 'constructor', content: [{ text: 'a' }] },
      { type: 'heading', level: 'polluted', content: [{ text: 'b' }] },
    ];
    expect(api.blocksToHtml(blocks as never)).toBe('<h2>b</h2>');
  });
});

describe('the feeds check every URL they print', () => {
  it.each([
    ['toRss', api.toRss],
    ['toAtom', api.toAtom],
    ['toJsonFeed', api.toJsonFeed],
  ])('%s refuses a feedUrl that is not an absolute http(s) URL, naming it', (_name, write) => {
    for (const feedUrl of ['javascript:alert(1)', '/rss.xml', ' https://a.example/', 'data:text/xml,<x/>']) {
      expect(() => write([article], seedSite, { feedUrl })).toThrow(
        /^Invalid feed options \(1 problem\):\n {2}options\.feedUrl: ".*" is not an absolute http\(s\) URL$/,
      );
    }
    expect(write([article], seedSite, { feedUrl: 'https://dangbokhoi.ninhbinh.gov.vn/rss.xml' })).toContain(
      'https://dangbokhoi.ninhbinh.gov.vn/rss.xml',
    );
  });

  it('refuses an option it does not know and a summary length that is not a count', () => {
    expect(() => api.toRss([article], seedSite, { feedURL: 'x', summaryLength: 0 } as never)).toThrow(
      /options\.feedURL: "x" is not a feed option\n {2}options\.summaryLength: 0 is not a whole number ≥ 1$/,
    );
  });
});
