import { ownError } from './errors.js';
import { escapeHtml } from './escape-html.js';
import { excerpt } from './excerpt.js';
import type { Article, Site } from './model.js';
import { parseArticle, parseSite } from './schema.js';
import { toVietnamIso } from './vietnam-time.js';

/** Longest description written when the article has no lead. */
const DESCRIPTION_LENGTH = 300;

/**
 * Dublin Core metadata for the page's `<head>`, as Thông tư 24/2011/TT-BTTTT asks of agency portals: the required
 * `DC.title`, `DC.creator` (each author; the publisher when there is none), `DC.date` (published, W3CDTF in
 * +07:00), `DC.description` (the lead, else an excerpt), `DC.publisher` (the article's, else the site) and
 * `DC.identifier` (the URL); the recommended `DC.language`, `DC.source` (the source credit) and `DC.subject` (the
 * section and each tag); plus `DC.type`, `DC.format` and `DCTERMS.modified`. Only `<link>` and `<meta>` elements,
 * every value escaped, so the text is safe to paste inside `<head>`.
 * @throws ArticleValidationError when the article or the site is invalid.
 */
export function toDublinCore(article: Article, site: Site): string {
  try {
    const a = parseArticle(article);
    const s = parseSite(site);
    const publisher = a.publisher?.name ?? s.name;
    const lang = a.lang;
    const lines = [
      '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">',
      '<link rel="schema.DCTERMS" href="http://purl.org/dc/terms/">',
      meta('DC.title', a.title, { lang }),
    ];
    const creators = a.authors.length > 0 ? a.authors.map((author) => author.name) : [publisher];
    for (const creator of creators) lines.push(meta('DC.creator', creator));
    lines.push(meta('DC.date', toVietnamIso(a.datePublished, 'datePublished'), { scheme: 'DCTERMS.W3CDTF' }));
    if (a.dateModified) {
      lines.push(meta('DCTERMS.modified', toVietnamIso(a.dateModified, 'dateModified'), { scheme: 'DCTERMS.W3CDTF' }));
    }
    const description = a.lead ?? excerpt(a, DESCRIPTION_LENGTH);
    if (description) lines.push(meta('DC.description', description, { lang }));
    lines.push(
      meta('DC.publisher', publisher),
      meta('DC.identifier', a.url, { scheme: 'DCTERMS.URI' }),
      meta('DC.language', lang, { scheme: 'DCTERMS.RFC5646' }),
    );
    if (a.sourceCredit) lines.push(meta('DC.source', a.sourceCredit));
    for (const subject of [a.section, ...a.tags]) if (subject) lines.push(meta('DC.subject', subject, { lang }));
    lines.push(meta('DC.type', 'Text', { scheme: 'DCTERMS.DCMIType' }), meta('DC.format', 'text/html'));
    return lines.join('\n');
  } catch (error) {
    throw ownError(error, { article, site });
  }
}

function meta(name: string, content: string, extra: { lang?: string; scheme?: string } = {}): string {
  const lang = extra.lang ? ` lang="${escapeHtml(extra.lang)}"` : '';
  const scheme = extra.scheme ? ` scheme="${extra.scheme}"` : '';
  // One line: a lead's line breaks mean nothing in an attribute.
  const value = escapeHtml(content.replace(/\s+/g, ' ').trim());
  return `<meta name="${name}"${scheme}${lang} content="${value}">`;
}
