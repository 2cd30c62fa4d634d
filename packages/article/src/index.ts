export {
  type ArticleMeta,
  articleFromHtml,
  HTML_LIMITS,
  type HtmlToBlocksOptions,
  htmlToBlocks,
} from './article-from-html.js';
export {
  type ArticleToHtmlOptions,
  articleHeaderHtml,
  articleToHtml,
  blocksToHtml,
  bylineHtml,
  imageHtml,
  spansToHtml,
} from './article-to-html.js';
export { dateline } from './dateline.js';
export { toDublinCore } from './dublin-core.js';
export { ArticleError, ArticleValidationError, type ValidationIssue } from './errors.js';
export { escapeHtml } from './escape-html.js';
export { excerpt } from './excerpt.js';
export {
  type FeedOptions,
  type JsonFeed,
  type JsonFeedAuthor,
  type JsonFeedItem,
  toAtom,
  toJsonFeed,
  toJsonFeedObject,
  toRss,
} from './feeds.js';
export { serializeJsonLd, toJsonLd, toJsonLdScript } from './json-ld.js';
export type {
  Article,
  Author,
  Block,
  HeadingBlock,
  Image,
  ImageBlock,
  ListBlock,
  Mark,
  ParagraphBlock,
  Publisher,
  QuoteBlock,
  Site,
  Span,
  TableBlock,
  TableCell,
} from './model.js';
export {
  countWords,
  DEFAULT_WORDS_PER_MINUTE,
  type ReadingTime,
  type ReadingTimeOptions,
  readingTime,
} from './reading-time.js';
export { isSafeHref, isSafeImageSrc } from './safe-url.js';
export { sanitizeSchema } from './sanitize-schema.js';
export {
  ArticleSchema,
  AuthorSchema,
  BlockSchema,
  ImageSchema,
  PublisherSchema,
  parseArticle,
  parseSite,
  SiteSchema,
  SpanSchema,
} from './schema.js';
export { searchKey } from './search-key.js';
export {
  formatCount,
  formatSiteStats,
  parseSiteStats,
  SITE_STATS_TITLE,
  type SiteStats,
  type SiteStatsFormatOptions,
  type SiteStatsRow,
  SiteStatsSchema,
  siteStatsRows,
} from './site-stats.js';
export { slugify } from './slugify.js';
export { toRfc822, toVietnamIso } from './vietnam-time.js';
