import { type FormatDatelineOptions, formatDateline } from '@vnportal/calendar';
import type { Article } from './model.js';

/**
 * The article's dateline, in Vietnam's time whatever the host's zone: `"Thứ hai, 03/07/2023"`
 * (`{ time: true }` adds `" 08:00"`, `{ lang: "en" }` gives `"Monday, 3 July 2023"`).
 * @throws CalendarError (from `@vnportal/calendar`) when `datePublished` is not an instant with an offset.
 */
export function dateline(article: Pick<Article, 'datePublished'>, options: FormatDatelineOptions = {}): string {
  return formatDateline(article.datePublished, options);
}
