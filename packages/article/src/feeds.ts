import { issueOf } from '@vnportal/calendar';
import { articleToHtml } from './article-to-html.js';
import { ArticleValidationError, argumentError, ownError, type ValidationIssue } from './errors.js';
import { escapeHtml as escapeXml } from './escape-html.js';
import { excerpt } from './excerpt.js';
import type { Article, Image, Site } from './model.js';
import { isAbsoluteHttpUrl, resolveUrl } from './safe-url.js';
import { parseSite } from './schema.js';
import { parseArticleList } from './validate-list.js';
import { toRfc822, toVietnamIso } from './vietnam-time.js';

export interface FeedOptions {
  /** Where the feed itself is served: becomes `atom:link rel="self"` (RSS), `link rel="self"` (Atom), `feed_url`. */
  feedUrl?: string;
  /** Feed title; default the site's name. */
  title?: string;
  /** Feed description; default the site's description, else its name. */
  description?: string;
  /** Put each article's full HTML in the feed (`content:encoded`, Atom `content`, `content_html`). Default `true`. */
  fullContent?: boolean;
  /** Length of the summary written when an article has no lead. Default 300. */
  summaryLength?: number;
}

const GENERATOR = '@vnportal/article';

interface FeedInput {
  articles: Article[];
  site: Site;
  title: string;
  description: string;
  language: string;
  updated: string;
}

const FEED_OPTION_CHECKS: Readonly<Record<keyof FeedOptions, [(value: unknown) => boolean, string]>> = {
  feedUrl: [isAbsoluteHttpUrl, 'is not an absolute http(s) URL'],
  title: [(value) => typeof value === 'string' && value.trim() !== '', 'is not a non-empty string'],
  description: [(value) => typeof value === 'string', 'is not a string'],
  fullContent: [(value) => typeof value === 'boolean', 'is not true or false'],
  summaryLength: [(value) => Number.isInteger(value) && (value as number) >= 1, 'is not a whole number ≥ 1'],
};

/** The options checked before anything is written: `feedUrl` lands in an `href`, so it must be a safe URL. */
function checkOptions(options: unknown): FeedOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw argumentError('options', options, 'is not an object');
  }
  const issues: ValidationIssue[] = [];
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    const check = Object.hasOwn(FEED_OPTION_CHECKS, key) ? FEED_OPTION_CHECKS[key as keyof FeedOptions] : undefined;
    if (!check) issues.push(issueOf(`options.${key}`, value, 'is not a feed option'));
    else if (!check[0](value)) issues.push(issueOf(`options.${key}`, value, check[1]));
  }
  if (issues.length > 0) throw new ArticleValidationError('feed options', issues);
  return options as FeedOptions;
}

function prepare(articles: readonly Article[], site: Site, given: FeedOptions): FeedInput {
  const options = checkOptions(given);
  const s = parseSite(site);
  const list = parseArticleList(articles);
  const newest = list.map((a) => a.dateModified ?? a.datePublished).sort((x, y) => Date.parse(y) - Date.parse(x))[0];
  return {
    articles: list,
    site: s,
    title: options.title ?? s.name,
    description: options.description ?? s.description ?? s.name,
    language: s.language ?? list[0]?.lang ?? 'vi',
    // An empty feed is "updated" at the epoch rather than at a time read from the clock: output stays pure.
    updated: newest ?? '1970-01-01T00:00:00Z',
  };
}

function summary(article: Article, options: FeedOptions): string {
  return article.lead ?? excerpt(article, options.summaryLength ?? 300);
}

function contentHtml(article: Article): string {
  return articleToHtml(article, { header: false });
}

function leadImage(article: Article): Image | undefined {
  return article.featuredImage ?? article.body.find((block) => block.type === 'image')?.image;
}

/**
 * RSS 2.0: a `<channel>` of `<item>`s, newest first, each with `title`, `link`, a permalink `guid`, an RFC 822
 * `pubDate` in +0700, `description` (the lead or an excerpt), one `dc:creator` per author, `category` for the
 * section and tags, and (unless `fullContent: false`) the article's HTML in `content:encoded`.
 * @throws ArticleValidationError naming `articles[i].…` or `site.…` for invalid input.
 */
export function toRss(articles: readonly Article[], site: Site, options: FeedOptions = {}): string {
  try {
    const feed = prepare(articles, site, options);
    const x = escapeXml;
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
      '<channel>',
      `<title>${x(feed.title)}</title>`,
      `<link>${x(feed.site.url)}</link>`,
      `<description>${x(feed.description)}</description>`,
      `<language>${x(feed.language)}</language>`,
      `<lastBuildDate>${toRfc822(feed.updated)}</lastBuildDate>`,
      `<generator>${GENERATOR}</generator>`,
    ];
    if (options.feedUrl) {
      lines.push(`<atom:link href="${x(options.feedUrl)}" rel="self" type="application/rss+xml"/>`);
    }
    if (feed.site.logo) {
      const logo = resolveUrl(feed.site.logo, feed.site.url);
      lines.push(`<image><url>${x(logo)}</url><title>${x(feed.title)}</title><link>${x(feed.site.url)}</link></image>`);
    }
    for (const [i, a] of feed.articles.entries()) {
      lines.push('<item>', `<title>${x(a.title)}</title>`, `<link>${x(a.url)}</link>`);
      lines.push(`<guid isPermaLink="true">${x(a.url)}</guid>`);
      lines.push(`<pubDate>${toRfc822(a.datePublished, `articles[${i}].datePublished`)}</pubDate>`);
      lines.push(`<description>${x(summary(a, options))}</description>`);
      for (const author of a.authors) lines.push(`<dc:creator>${x(author.name)}</dc:creator>`);
      for (const category of [a.section, ...a.tags]) if (category) lines.push(`<category>${x(category)}</category>`);
      if (options.fullContent !== false) lines.push(`<content:encoded>${x(contentHtml(a))}</content:encoded>`);
      lines.push('</item>');
    }
    lines.push('</channel>', '</rss>');
    return `${lines.join('\n')}\n`;
  } catch (error) {
    throw ownError(error, { articles, site, options });
  }
}

/**
 * Atom (RFC 4287): a `<feed>` with the site as its author, and one `<entry>` per article, newest first, with
 * `id` (the article URL), `published` and `updated` in +07:00, an `author` per byline, `summary`, `category`
 * terms and (unless `fullContent: false`) `content type="html"`.
 * @throws ArticleValidationError naming `articles[i].…` or `site.…` for invalid input.
 */
export function toAtom(articles: readonly Article[], site: Site, options: FeedOptions = {}): string {
  try {
    const feed = prepare(articles, site, options);
    const x = escapeXml;
    const lines = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(feed.language)}">`,
      `<id>${x(feed.site.url)}</id>`,
      `<title>${x(feed.title)}</title>`,
      `<subtitle>${x(feed.description)}</subtitle>`,
      `<updated>${toVietnamIso(feed.updated)}</updated>`,
      `<link rel="alternate" type="text/html" href="${x(feed.site.url)}"/>`,
    ];
    if (options.feedUrl) lines.push(`<link rel="self" type="application/atom+xml" href="${x(options.feedUrl)}"/>`);
    // A feed-level author satisfies RFC 4287 for entries that have no byline of their own.
    lines.push(`<author><name>${x(feed.site.name)}</name><uri>${x(feed.site.url)}</uri></author>`);
    lines.push(`<generator>${GENERATOR}</generator>`);
    if (feed.site.logo) lines.push(`<logo>${x(resolveUrl(feed.site.logo, feed.site.url))}</logo>`);
    for (const [i, a] of feed.articles.entries()) {
      lines.push('<entry>', `<id>${x(a.url)}</id>`, `<title type="text">${x(a.title)}</title>`);
      lines.push(`<link rel="alternate" type="text/html" href="${x(a.url)}"/>`);
      lines.push(`<published>${toVietnamIso(a.datePublished, `articles[${i}].datePublished`)}</published>`);
      lines.push(
        `<updated>${toVietnamIso(a.dateModified ?? a.datePublished, `articles[${i}].dateModified`)}</updated>`,
      );
      for (const author of a.authors) {
        const uri = author.url ? `<uri>${x(author.url)}</uri>` : '';
        lines.push(`<author><name>${x(author.name)}</name>${uri}</author>`);
      }
      for (const category of [a.section, ...a.tags]) if (category) lines.push(`<category term="${x(category)}"/>`);
      lines.push(`<summary type="text">${x(summary(a, options))}</summary>`);
      if (options.fullContent !== false) lines.push(`<content type="html">${x(contentHtml(a))}</content>`);
      lines.push('</entry>');
    }
    lines.push('</feed>');
    return `${lines.join('\n')}\n`;
  } catch (error) {
    throw ownError(error, { articles, site, options });
  }
}

/** A JSON Feed 1.1 document, as `toJsonFeed` writes it. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url?: string;
  description: string;
  icon?: string;
  language: string;
  authors: JsonFeedAuthor[];
  items: JsonFeedItem[];
}

export interface JsonFeedAuthor {
  name: string;
  url?: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html?: string;
  content_text?: string;
  summary: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors?: JsonFeedAuthor[];
  tags?: string[];
  language: string;
}

/**
 * JSON Feed 1.1 as an object: items newest first, `authors` (1.1's list, not 1.0's `author`), dates in +07:00.
 * `JSON.stringify` it, or use `toJsonFeed` for the text.
 */
export function toJsonFeedObject(articles: readonly Article[], site: Site, options: FeedOptions = {}): JsonFeed {
  try {
    const feed = prepare(articles, site, options);
    const items = feed.articles.map((a, i): JsonFeedItem => {
      const image = leadImage(a);
      const item: JsonFeedItem = {
        id: a.url,
        url: a.url,
        title: a.title,
        summary: summary(a, options),
        date_published: toVietnamIso(a.datePublished, `articles[${i}].datePublished`),
        language: a.lang,
      };
      if (options.fullContent !== false) item.content_html = contentHtml(a);
      else item.content_text = summary(a, options);
      if (image) item.image = resolveUrl(image.src, a.url);
      if (a.dateModified) item.date_modified = toVietnamIso(a.dateModified, `articles[${i}].dateModified`);
      if (a.authors.length > 0) item.authors = a.authors.map((author) => ({ ...author }));
      const tags = [a.section, ...a.tags].filter((tag): tag is string => Boolean(tag));
      if (tags.length > 0) item.tags = tags;
      return item;
    });
    const result: JsonFeed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      home_page_url: feed.site.url,
      description: feed.description,
      language: feed.language,
      authors: [{ name: feed.site.name, url: feed.site.url }],
      items,
    };
    if (options.feedUrl) result.feed_url = options.feedUrl;
    if (feed.site.logo) result.icon = resolveUrl(feed.site.logo, feed.site.url);
    return result;
  } catch (error) {
    throw ownError(error, { articles, site, options });
  }
}

/** JSON Feed 1.1 text (see `toJsonFeedObject`), indented by two spaces. */
export function toJsonFeed(articles: readonly Article[], site: Site, options: FeedOptions = {}): string {
  try {
    return `${JSON.stringify(toJsonFeedObject(articles, site, options), null, 2)}\n`;
  } catch (error) {
    throw ownError(error, { articles, site, options });
  }
}
