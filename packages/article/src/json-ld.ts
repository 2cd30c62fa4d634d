import type { ImageObject, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { argumentError, ownError } from './errors.js';
import { excerpt } from './excerpt.js';
import type { Article, Image, Site } from './model.js';
import { countWords } from './reading-time.js';
import { resolveUrl } from './safe-url.js';
import { parseArticle, parseSite } from './schema.js';
import { blocksToTexts } from './text.js';
import { toVietnamIso } from './vietnam-time.js';

/**
 * The article as schema.org `NewsArticle` JSON-LD (typed with schema-dts): headline, description, images with
 * captions, `datePublished`/`dateModified` in +07:00, the authors as `Person`s, the publisher (the article's, or
 * the site) as an `Organization` with its logo, `inLanguage`, section, keywords and word count.
 * Embed it with `toJsonLdScript`, which escapes it for a `<script>` element.
 * @throws ArticleValidationError when the article or the site is invalid.
 */
export function toJsonLd(article: Article, site: Site): WithContext<NewsArticle> {
  try {
    const a = parseArticle(article);
    const s = parseSite(site);
    const abs = (url: string) => resolveUrl(url, a.url);
    const images = [a.featuredImage, ...a.body.flatMap((block) => (block.type === 'image' ? [block.image] : []))]
      .filter((image): image is Image => image !== undefined)
      .map((image) => imageObject(image, abs));
    const publisher = a.publisher ?? { name: s.name, url: s.url, logo: s.logo };
    const organization: Organization = {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisher.url ? { url: publisher.url } : {}),
      ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: resolveUrl(publisher.logo, s.url) } } : {}),
    };
    const authors: Person[] = a.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.url ? { url: author.url } : {}),
    }));
    const description = a.lead ?? excerpt(a, 200);
    const words = [a.title, a.lead ?? '', ...blocksToTexts(a.body)].reduce((n, text) => n + countWords(text), 0);
    return {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      '@id': a.url,
      url: a.url,
      mainEntityOfPage: { '@type': 'WebPage', '@id': a.url },
      headline: a.title,
      ...(description ? { description } : {}),
      ...(images.length > 0 ? { image: images } : {}),
      datePublished: toVietnamIso(a.datePublished, 'datePublished'),
      dateModified: toVietnamIso(a.dateModified ?? a.datePublished, 'dateModified'),
      ...(authors.length > 0 ? { author: authors } : {}),
      publisher: organization,
      inLanguage: a.lang,
      ...(a.section ? { articleSection: a.section } : {}),
      ...(a.tags.length > 0 ? { keywords: a.tags.join(', ') } : {}),
      ...(a.sourceCredit ? { creditText: a.sourceCredit } : {}),
      wordCount: words,
    };
  } catch (error) {
    throw ownError(error, { article, site });
  }
}

/**
 * `<script type="application/ld+json">…</script>` for the page's `<head>`, with `<`, `>`, `&` and U+2028/9
 * escaped so no text in the article can close the script element.
 */
export function toJsonLdScript(article: Article, site: Site): string {
  try {
    return `<script type="application/ld+json">${serializeJsonLd(toJsonLd(article, site))}</script>`;
  } catch (error) {
    throw ownError(error, { article, site });
  }
}

/** JSON safe to place inside a `<script>` element. @throws ArticleError when `data` cannot be written as JSON. */
export function serializeJsonLd(data: unknown): string {
  try {
    let json: string | undefined;
    try {
      json = JSON.stringify(data);
    } catch {
      // BigInt, a cycle, or a throwing toJSON: not JSON.
    }
    if (typeof json !== 'string') throw argumentError('data', data, 'is not JSON-compatible');
    return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  } catch (error) {
    throw ownError(error, { data });
  }
}

function imageObject(image: Image, abs: (url: string) => string): ImageObject {
  return {
    '@type': 'ImageObject',
    url: abs(image.src),
    contentUrl: abs(image.src),
    ...(image.caption ? { caption: image.caption } : {}),
    ...(image.credit ? { creditText: image.credit } : {}),
    ...(image.width ? { width: pixels(image.width) } : {}),
    ...(image.height ? { height: pixels(image.height) } : {}),
  };
}

/** A length in pixels as schema.org writes it (UN/CEFACT unit code E37 is "pixel"). */
function pixels(value: number) {
  return { '@type': 'QuantitativeValue', value, unitCode: 'E37' } as const;
}
