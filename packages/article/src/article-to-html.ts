import { formatDateline } from '@vnportal/calendar';
import { argumentError, ownError } from './errors.js';
import { escapeHtml } from './escape-html.js';
import type { Article, Author, Block, Image, Mark, Span, TableCell } from './model.js';
import { isSafeHref, isSafeImageSrc } from './safe-url.js';

// A Map, not an object: a mark named "constructor" or a polluted Object.prototype must find no tag.
const MARK_TAGS: ReadonlyMap<unknown, string> = new Map<Mark, string>([
  ['bold', 'strong'],
  ['italic', 'em'],
  ['underline', 'u'],
  ['strike', 's'],
  ['code', 'code'],
  ['sub', 'sub'],
  ['sup', 'sup'],
]);
const HEADING_LEVELS: ReadonlySet<unknown> = new Set([2, 3, 4, 5, 6]);

export interface ArticleToHtmlOptions {
  /** Print the header (`<h1>` title, dateline, lead). Default `true`; `false` for a page that lays out its own. */
  header?: boolean;
  /** Print the byline and source credit in a `<footer>`. Default `true`. */
  footer?: boolean;
  /** Print the featured image above the body. Default `true`. */
  featuredImage?: boolean;
  /** Add Vietnam's time to the dateline: `"Thứ hai, 03/07/2023 08:00"`. Default `false`. */
  time?: boolean;
}

/**
 * An article as semantic HTML: `<article lang>` with a `<header>` (`<h1>`, `<time datetime>` dateline, lead), the
 * body, and a `<footer>` byline. Every text is escaped and every URL re-checked (an unsafe link is printed as plain
 * text, an unsafe image left out), so the output is inert whatever the data holds, validated or not.
 */
export function articleToHtml(article: Article, options: ArticleToHtmlOptions = {}): string {
  try {
    checkObject('article', article);
    checkObject('options', options);
    const parts: string[] = [`<article lang="${escapeHtml(text(article.lang) || 'vi')}">`];
    if (options.header !== false) parts.push(articleHeaderHtml(article, options));
    if (options.featuredImage !== false) parts.push(figureHtml(article.featuredImage));
    parts.push(list<Block>(article.body).map(blockToHtml).filter(Boolean).join('\n'));
    if (options.footer !== false) parts.push(bylineHtml(article));
    parts.push('</article>');
    return parts.filter(Boolean).join('\n');
  } catch (error) {
    throw ownError(error, { article, options });
  }
}

/** The `<header>` alone: `<h1>`, the dateline in a `<time datetime>`, and the lead. */
export function articleHeaderHtml(article: Article, options: Pick<ArticleToHtmlOptions, 'time'> = {}): string {
  try {
    checkObject('article', article);
    checkObject('options', options);
    const lines = ['<header>', `<h1>${escapeHtml(text(article.title))}</h1>`];
    lines.push(`<p class="dateline">${timeHtml(article.datePublished, options.time === true)}</p>`);
    if (text(article.lead)) lines.push(`<p class="lead">${textWithBreaks(text(article.lead))}</p>`);
    lines.push('</header>');
    return lines.join('\n');
  } catch (error) {
    throw ownError(error, { article, options });
  }
}

/** The body blocks as HTML (`<p>`, `<h2>`–`<h6>`, `<figure>`, `<ul>`/`<ol>`, `<blockquote>`, `<table>`). */
export function blocksToHtml(blocks: readonly Block[]): string {
  try {
    if (!Array.isArray(blocks)) throw argumentError('blocks', blocks, 'is not an array of blocks');
    return blocks.map(blockToHtml).filter(Boolean).join('\n');
  } catch (error) {
    throw ownError(error, { blocks });
  }
}

/** The `<footer>` with the byline (`<p class="byline">`, authors linked with `rel="author"`) and source credit. */
export function bylineHtml(article: Pick<Article, 'authors' | 'sourceCredit'>): string {
  try {
    checkObject('article', article);
    const lines: string[] = [];
    const authors = list<Author>(article.authors).map(authorHtml).filter(Boolean);
    if (authors.length > 0) lines.push(`<p class="byline">${authors.join(', ')}</p>`);
    const credit = text(article.sourceCredit);
    if (credit) lines.push(`<p class="source-credit">${escapeHtml(credit)}</p>`);
    return lines.length > 0 ? ['<footer>', ...lines, '</footer>'].join('\n') : '';
  } catch (error) {
    throw ownError(error, { article });
  }
}

/** Spans as inline HTML: marks as `<strong>`, `<em>`, …; links as `<a href>`; `"\n"` as `<br>`. */
export function spansToHtml(spans: readonly Span[]): string {
  try {
    if (!Array.isArray(spans)) throw argumentError('spans', spans, 'is not an array of spans');
    return inlineHtml(spans);
  } catch (error) {
    throw ownError(error, { spans });
  }
}

/** Spans from data that may not be valid: anything but an array of spans prints nothing. */
function inlineHtml(spans: unknown): string {
  return list<Span>(spans).map(spanToHtml).join('');
}

function blockToHtml(block: Block): string {
  if (!isObject(block)) return '';
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlineHtml(block.content)}</p>`;
    case 'heading': {
      const level = HEADING_LEVELS.has(block.level) ? block.level : 2;
      return `<h${level}>${inlineHtml(block.content)}</h${level}>`;
    }
    case 'image':
      return figureHtml(block.image);
    case 'list': {
      const tag = block.ordered === true ? 'ol' : 'ul';
      const start = tag === 'ol' && isWhole(block.start) && block.start !== 1 ? ` start="${block.start}"` : '';
      const items = list(block.items)
        .map((item) => `<li>${inlineHtml(item)}</li>`)
        .join('');
      return `<${tag}${start}>${items}</${tag}>`;
    }
    case 'quote': {
      const paragraphs = list(block.paragraphs)
        .map((p) => `<p>${inlineHtml(p)}</p>`)
        .join('');
      const attribution = text(block.attribution) ? `<footer>${escapeHtml(text(block.attribution))}</footer>` : '';
      return `<blockquote>${paragraphs}${attribution}</blockquote>`;
    }
    case 'table': {
      const caption = text(block.caption) ? `<caption>${escapeHtml(text(block.caption))}</caption>` : '';
      const rows = list(block.rows)
        .map((row) => {
          const cells = list<TableCell>(row).map((cell) => {
            if (!isObject(cell)) return '<td></td>';
            const tag = cell.header === true ? 'th' : 'td';
            const spans = [spanAttribute('colspan', cell.colSpan), spanAttribute('rowspan', cell.rowSpan)].join('');
            return `<${tag}${spans}>${inlineHtml(cell.content)}</${tag}>`;
          });
          return `<tr>${cells.join('')}</tr>`;
        })
        .join('');
      return `<table>${caption}<tbody>${rows}</tbody></table>`;
    }
    default:
      // Not a block this version knows (unvalidated data): print nothing rather than guess.
      return '';
  }
}

function spanAttribute(name: string, value: unknown): string {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 1000
    ? ` ${name}="${value}"`
    : '';
}

function spanToHtml(span: Span): string {
  if (!isObject(span) || typeof span.text !== 'string') return '';
  let html = textWithBreaks(span.text);
  for (const mark of [...list(span.marks)].reverse()) {
    const tag = MARK_TAGS.get(mark);
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return isSafeHref(span.href) ? `<a href="${escapeHtml(span.href)}">${html}</a>` : html;
}

/**
 * A `<figure>` with the `<img>` (inside `<a href>` when the photo links somewhere) and a `<figcaption>` (caption,
 * then credit); nothing when the source is unsafe.
 * @throws ArticleError when `image` is not an object.
 */
export function imageHtml(image: Image): string {
  try {
    checkObject('image', image);
    return figureHtml(image);
  } catch (error) {
    throw ownError(error, { image });
  }
}

function figureHtml(image: Image | undefined): string {
  if (!isObject(image) || !isSafeImageSrc(image.src)) return '';
  const size = [
    isWhole(image.width) && image.width > 0 ? ` width="${image.width}"` : '',
    isWhole(image.height) && image.height > 0 ? ` height="${image.height}"` : '',
  ].join('');
  let img = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(text(image.alt))}"${size} loading="lazy">`;
  if (isSafeHref(image.href)) img = `<a href="${escapeHtml(image.href)}">${img}</a>`;
  const caption = text(image.caption) ? escapeHtml(text(image.caption)) : '';
  const credit = text(image.credit) ? `<span class="credit">${escapeHtml(text(image.credit))}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure>${img}${figcaption}</figure>`;
}

function authorHtml(author: Author): string {
  if (!isObject(author) || typeof author.name !== 'string') return '';
  const name = escapeHtml(author.name);
  return isSafeHref(author.url)
    ? `<a rel="author" href="${escapeHtml(author.url)}">${name}</a>`
    : `<span class="author">${name}</span>`;
}

function timeHtml(instant: unknown, time: boolean): string {
  let label: string;
  try {
    label = formatDateline(instant as string, { time });
  } catch {
    // An unvalidated article with a bad date still renders; the raw value, escaped, is the best we can show.
    return `<time>${escapeHtml(text(instant))}</time>`;
  }
  if (typeof instant !== 'string') return `<time>${escapeHtml(label)}</time>`;
  return `<time datetime="${escapeHtml(instant)}">${escapeHtml(label)}</time>`;
}

function textWithBreaks(value: string): string {
  return escapeHtml(value).replace(/\n/g, '<br>');
}

function isObject(value: unknown): value is Record<string, unknown> & object {
  return value !== null && typeof value === 'object';
}

function checkObject(name: string, value: unknown): void {
  if (!isObject(value) || Array.isArray(value)) throw argumentError(name, value, 'is not an object');
}

/** A field that should be a string, read from data that may not be valid: anything else prints nothing. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A list read from data that may not be valid: its items are checked one by one where they are printed. */
function list<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? value : [];
}

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}
