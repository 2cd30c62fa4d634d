import { argumentError, ownError } from './errors.js';
import type { Article, Author, Image } from './model.js';
import { takeTrailer } from './read-html/byline.js';
import { htmlToBlocks } from './read-html/html-to-blocks.js';
import { parseArticle } from './schema.js';
import { searchKey } from './search-key.js';
import { slugify } from './slugify.js';

export { type HtmlToBlocksOptions, htmlToBlocks } from './read-html/html-to-blocks.js';
export { HTML_LIMITS } from './read-html/limits.js';

/**
 * What the CMS knows about an article besides its HTML body: every `Article` field but `body`.
 * `title` may be left out when the HTML starts with an `<h1>`; `slug` defaults to `slugify(title)`.
 */
export interface ArticleMeta {
  id: string;
  url: string;
  datePublished: string;
  title?: string;
  slug?: string;
  lang?: string;
  lead?: string;
  dateModified?: string;
  /** Leave out (or `[]`) to take the byline from the HTML's last paragraph. */
  authors?: Author[];
  sourceCredit?: string;
  publisher?: Article['publisher'];
  featuredImage?: Image;
  section?: string;
  tags?: string[];
}

/**
 * Turns CMS HTML into an `Article`: sanitised with `sanitizeSchema`, then read into blocks. A `<figure>` gives an
 * image with its `<figcaption>`; a short paragraph right after an image (italic, centred, classed "caption", or
 * plain and under 160 characters without a final full stop, and not a numbered subheading) becomes that image's
 * caption, with a trailing "(Ảnh: …)" as its credit. When `meta.lead` is not given, an opening paragraph classed as
 * the sapo ("sapo", "lead", "summary", …) or bold throughout becomes the lead. When `meta.authors` is empty, a final
 * paragraph holding only a name ("Ngọc Hà") becomes the author, and one starting "Theo …" or "Nguồn: …" the
 * `sourceCredit`. Relative URLs are resolved against `meta.url`. Pure JavaScript: no DOM is needed, the result is
 * the same in Node and browsers.
 * @throws ArticleError when `html` is not a string or is past `HTML_LIMITS`; ArticleValidationError when `meta`
 * does not make a valid article.
 */
export function articleFromHtml(html: string, meta: ArticleMeta): Article {
  try {
    if (typeof html !== 'string') throw argumentError('html', html, 'is not a string of HTML');
    if (meta === null || typeof meta !== 'object' || Array.isArray(meta)) {
      throw argumentError('meta', meta, 'is not an object');
    }
    const url: unknown = meta.url;
    const {
      blocks,
      title: leadingH1,
      lead: leadingSapo,
    } = htmlToBlocks(html, { baseUrl: typeof url === 'string' ? url : undefined });
    const lead = meta.lead ?? leadingSapo;
    if (meta.lead === undefined && leadingSapo !== undefined) blocks.splice(leadingH1 === undefined ? 0 : 1, 1);
    // A leading <h1> is the title: taken out when the meta has none or repeats it, kept as a heading otherwise.
    const sameAsMeta =
      leadingH1 !== undefined && typeof meta.title === 'string' && searchKey(leadingH1) === searchKey(meta.title);
    if (leadingH1 !== undefined && (meta.title === undefined || sameAsMeta)) blocks.shift();
    const title = meta.title ?? leadingH1;
    const authors = Array.isArray(meta.authors) ? [...meta.authors] : [];
    let sourceCredit = meta.sourceCredit;
    takeTrailer(blocks, authors, (credit) => {
      if (sourceCredit !== undefined) return false;
      sourceCredit = credit;
      return true;
    });
    const fields: Record<string, unknown> = { ...meta, title, lead, body: [], authors, sourceCredit };
    fields.slug = meta.slug ?? (typeof title === 'string' ? fallbackSlug(title, meta.id) : undefined);
    if (meta.authors !== undefined && !Array.isArray(meta.authors)) fields.authors = meta.authors;
    // Copied rather than `delete`d: an object that lost keys turns slow to read, and valibot reads every key.
    const article: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) if (fields[key] !== undefined) article[key] = fields[key];
    // The blocks are valid by construction (NFC text without forbidden characters, safe URLs, the model's field
    // order; `read-html/valid-blocks.test.ts` holds the reader to it): only what the caller gave is validated, with
    // the errors `parseArticle` gives, and the body is not copied a second time.
    const parsed = parseArticle(article);
    parsed.body = blocks;
    return parsed;
  } catch (error) {
    throw ownError(error, { html, meta });
  }
}

/**
 * `slugify(title)`, or, for a title with no Latin letter or digit (Khmer, Lao, Chinese, emoji, "<"),
 * `bai-viet-` and the slug of the id (`bai-viet` alone when that is empty too).
 */
function fallbackSlug(title: string, id: unknown): string {
  return slugify(title) || slugify(`bai viet ${typeof id === 'string' ? id : ''}`);
}
