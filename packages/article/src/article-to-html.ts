import { formatDateline } from '@vnportal/calendar';
import { escapeHtml } from './escape-html.js';
import type { Article, Author, Block, Image, Mark, Span } from './model.js';
import { isSafeHref, isSafeImageSrc } from './safe-url.js';

const MARK_TAGS: Record<Mark, string> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
};

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
  const parts: string[] = [`<article lang="${escapeHtml(article.lang || 'vi')}">`];
  if (options.header !== false) parts.push(articleHeaderHtml(article, options));
  if (options.featuredImage !== false && article.featuredImage) parts.push(imageHtml(article.featuredImage));
  parts.push(blocksToHtml(article.body));
  if (options.footer !== false) parts.push(bylineHtml(article));
  parts.push('</article>');
  return parts.filter(Boolean).join('\n');
}

/** The `<header>` alone: `<h1>`, the dateline in a `<time datetime>`, and the lead. */
export function articleHeaderHtml(article: Article, options: Pick<ArticleToHtmlOptions, 'time'> = {}): string {
  const lines = ['<header>', `<h1>${escapeHtml(article.title)}</h1>`];
  lines.push(`<p class="dateline">${timeHtml(article.datePublished, options.time)}</p>`);
  if (article.lead) lines.push(`<p class="lead">${textWithBreaks(article.lead)}</p>`);
  lines.push('</header>');
  return lines.join('\n');
}

/** The body blocks as HTML (`<p>`, `<h2>`–`<h6>`, `<figure>`, `<ul>`/`<ol>`, `<blockquote>`, `<table>`). */
export function blocksToHtml(blocks: readonly Block[]): string {
  return blocks.map(blockToHtml).filter(Boolean).join('\n');
}

/** The `<footer>` with the byline (`<p class="byline">`, authors linked with `rel="author"`) and source credit. */
export function bylineHtml(article: Pick<Article, 'authors' | 'sourceCredit'>): string {
  const lines: string[] = [];
  const authors = (article.authors ?? []).map(authorHtml).filter(Boolean);
  if (authors.length > 0) lines.push(`<p class="byline">${authors.join(', ')}</p>`);
  if (article.sourceCredit) lines.push(`<p class="source-credit">${escapeHtml(article.sourceCredit)}</p>`);
  return lines.length > 0 ? ['<footer>', ...lines, '</footer>'].join('\n') : '';
}

/** Spans as inline HTML: marks as `<strong>`, `<em>`, …; links as `<a href>`; `"\n"` as `<br>`. */
export function spansToHtml(spans: readonly Span[]): string {
  return (Array.isArray(spans) ? spans : []).map(spanToHtml).join('');
}

function blockToHtml(block: Block): string {
  switch (block?.type) {
    case 'paragraph':
      return `<p>${spansToHtml(block.content)}</p>`;
    case 'heading': {
      const level = [2, 3, 4, 5, 6].includes(block.level) ? block.level : 2;
      return `<h${level}>${spansToHtml(block.content)}</h${level}>`;
    }
    case 'image':
      return imageHtml(block.image);
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = (block.items ?? []).map((item) => `<li>${spansToHtml(item)}</li>`).join('');
      return `<${tag}>${items}</${tag}>`;
    }
    case 'quote': {
      const paragraphs = (block.paragraphs ?? []).map((p) => `<p>${spansToHtml(p)}</p>`).join('');
      const attribution = block.attribution ? `<footer>${escapeHtml(block.attribution)}</footer>` : '';
      return `<blockquote>${paragraphs}${attribution}</blockquote>`;
    }
    case 'table': {
      const caption = block.caption ? `<caption>${escapeHtml(block.caption)}</caption>` : '';
      const rows = (block.rows ?? [])
        .map((row) => {
          const cells = (row ?? []).map((cell) => {
            const tag = cell?.header ? 'th' : 'td';
            const spans = [spanAttribute('colspan', cell?.colSpan), spanAttribute('rowspan', cell?.rowSpan)].join('');
            return `<${tag}${spans}>${spansToHtml(cell?.content)}</${tag}>`;
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
  if (!span || typeof span.text !== 'string') return '';
  let html = textWithBreaks(span.text);
  const marks = Array.isArray(span.marks) ? span.marks : [];
  for (const mark of [...marks].reverse()) {
    const tag = MARK_TAGS[mark];
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return isSafeHref(span.href) ? `<a href="${escapeHtml(span.href)}">${html}</a>` : html;
}

/** A `<figure>` with the `<img>` and a `<figcaption>` (caption, then credit); nothing when the source is unsafe. */
export function imageHtml(image: Image): string {
  if (!image || !isSafeImageSrc(image.src)) return '';
  const size = [
    Number.isInteger(image.width) && image.width! > 0 ? ` width="${image.width}"` : '',
    Number.isInteger(image.height) && image.height! > 0 ? ` height="${image.height}"` : '',
  ].join('');
  const img = `<img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt ?? '')}"${size} loading="lazy">`;
  const caption = image.caption ? escapeHtml(image.caption) : '';
  const credit = image.credit ? `<span class="credit">${escapeHtml(image.credit)}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${[caption, credit].filter(Boolean).join(' ')}</figcaption>` : '';
  return `<figure>${img}${figcaption}</figure>`;
}

function authorHtml(author: Author): string {
  if (!author || typeof author.name !== 'string') return '';
  const name = escapeHtml(author.name);
  return isSafeHref(author.url)
    ? `<a rel="author" href="${escapeHtml(author.url)}">${name}</a>`
    : `<span class="author">${name}</span>`;
}

function timeHtml(instant: string, time = false): string {
  let label: string;
  try {
    label = formatDateline(instant, { time });
  } catch {
    // An unvalidated article with a bad date still renders; the raw value, escaped, is the best we can show.
    return `<time>${escapeHtml(String(instant))}</time>`;
  }
  return `<time datetime="${escapeHtml(instant)}">${escapeHtml(label)}</time>`;
}

function textWithBreaks(text: string): string {
  return escapeHtml(text).replace(/\n/g, '<br>');
}
