import { argumentError, ownError } from './errors.js';
import type { Article } from './model.js';
import { blocksToTexts } from './text.js';

/**
 * A teaser of at most `maxChars` characters (Unicode code points), cut on a word boundary with "…":
 * the lead when there is one, else the body's text (photo captions left out).
 * Text that fits is returned whole, without "…".
 * `excerpt(article, 160)` → `"Công tác phát triển đảng viên là một nhiệm vụ rất quan trọng, …"`.
 * @throws ArticleError when `article` is neither an object nor a string, or `maxChars` is not a whole number ≥ 1.
 */
export function excerpt(article: Pick<Article, 'lead' | 'body'> | string, maxChars: number): string {
  try {
    if (!Number.isInteger(maxChars) || maxChars < 1) {
      throw argumentError('maxChars', maxChars, 'is not a whole number of characters ≥ 1');
    }
    const given: unknown = article;
    if (typeof given !== 'string' && (given === null || typeof given !== 'object')) {
      throw argumentError('article', given, 'is not an article or a string');
    }
    const source =
      typeof article === 'string'
        ? article
        : (typeof article.lead === 'string' && article.lead) || blocksToTexts(article.body, false).join(' ');
    const text = source.normalize('NFC').replace(/\s+/g, ' ').trim();
    const chars = Array.from(text);
    if (chars.length <= maxChars) return text;
    // Keep room for the ellipsis, then back up to the last space so no word is cut.
    const head = chars.slice(0, maxChars - 1).join('');
    const atSpace = chars[maxChars - 1] === ' ' ? head : head.replace(/\s+\S*$/, '');
    const cut = (atSpace || head).replace(/[\s,;:.\-–—(“"']+$/u, '');
    return `${cut}…`;
  } catch (error) {
    throw ownError(error, { article, maxChars });
  }
}
