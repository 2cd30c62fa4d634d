import { type FormatDatelineOptions, formatDateline } from '@vnportal/calendar';
import { argumentError, ownError } from './errors.js';
import type { Article } from './model.js';
import { asArticleError } from './vietnam-time.js';

/**
 * The article's dateline, in Vietnam's time whatever the host's zone: `"Thứ hai, 03/07/2023"`
 * (`{ time: true }` adds `" 08:00"`, `{ lang: "en" }` gives `"Monday, 3 July 2023"`).
 * @throws ArticleError (with the calendar's issue) when `datePublished` is not an instant with an offset.
 */
export function dateline(article: Pick<Article, 'datePublished'>, options: FormatDatelineOptions = {}): string {
  try {
    const given: unknown = article;
    if (given === null || typeof given !== 'object') throw argumentError('article', given, 'is not an article');
    if (options === null || typeof options !== 'object') throw argumentError('options', options, 'is not an object');
    return asArticleError(() => formatDateline(article.datePublished, options));
  } catch (error) {
    throw ownError(error, { article, options });
  }
}
