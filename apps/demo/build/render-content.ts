import {
  type ArticleMeta,
  articleFromHtml,
  articleToHtml,
  escapeHtml,
  excerpt,
  parseSite,
  type Site,
  toAtom,
  toDublinCore,
  toJsonFeed,
  toJsonLdScript,
  toRss,
} from '@vnportal/article';
import { parseSiteStats, SITE_STATS_TITLE, siteStatsRows } from '@vnportal/visits/stats';

/** Where the built site is published; feeds and JSON-LD need absolute URLs. `npm start` serves here. */
const SITE_URL = process.env.VNP_SITE_URL ?? 'http://127.0.0.1:4173/';

export const site: Site = parseSite({
  name: 'Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh',
  url: SITE_URL,
  language: 'vi',
  description: 'Trang thông tin điện tử của Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh',
});

export interface PortalContent {
  title: string;
  description: string;
  jsonLdScript: string;
  /** The Dublin Core tags TT 24/2011 asks agency portals to carry in each article's head. */
  dublinCore: string;
  articleHtml: string;
  statsHtml: string;
  eventsJson: string;
  embedSnippet: string;
  feeds: { rss: string; atom: string; json: string };
}

export interface PortalSources {
  articleHtml: string;
  articleMeta: Omit<ArticleMeta, 'url'> & { path: string };
  stats: unknown;
  /** Where the live box reports and reads: the site's name at the counter service, its endpoint, seconds between refreshes. */
  counter: { site: string; endpoint: string; refresh: number };
  events: unknown;
}

/** Everything the page shows that a CMS would render on the server, from the content files. */
export function renderPortalContent(sources: PortalSources): PortalContent {
  const { path, ...meta } = sources.articleMeta;
  const article = articleFromHtml(sources.articleHtml, { ...meta, url: new URL(path, site.url).href });
  const stats = siteStatsRows(parseSiteStats(sources.stats));
  const { counter } = sources;
  const origin = new URL(site.url).origin;
  return {
    title: article.title,
    description: excerpt(article, 160),
    jsonLdScript: toJsonLdScript(article, site),
    dublinCore: toDublinCore(article, site),
    articleHtml: rootRelative(articleToHtml(article), origin),
    // The live box from the counter service; the CMS's last figures inside are what no-JS readers and search
    // engines get, and what shows until the first live figures arrive.
    statsHtml: [
      `<vnp-visit-stats id="thong-ke" class="stats" site="${escapeHtml(counter.site)}" endpoint="${escapeHtml(counter.endpoint)}" refresh="${counter.refresh}">`,
      '<section class="box" aria-labelledby="thong-ke-tieu-de">',
      `<h2 id="thong-ke-tieu-de" class="box__title">${escapeHtml(SITE_STATS_TITLE.vi)}</h2>`,
      '<dl>',
      ...stats.map((row) => `<div><dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.text)}</dd></div>`),
      '</dl>',
      '</section>',
      '</vnp-visit-stats>',
    ].join('\n'),
    // Inline JSON inside <script>: "<" escaped so no name can close the element early.
    eventsJson: JSON.stringify(sources.events, null, 2).replace(/</g, '\\u003c'),
    embedSnippet: [
      '<script src="https://cdn.jsdelivr.net/npm/@vnportal/widgets@0/dist/cdn/vnportal-widgets.js"></script>',
      '<vnp-anniversary-banner national></vnp-anniversary-banner>',
    ].join('\n'),
    feeds: { rss: toRss([article], site), atom: toAtom([article], site), json: toJsonFeed([article], site) },
  };
}

/** The page's own links and images made root-relative, so the built folder works on any host and port. */
function rootRelative(html: string, origin: string): string {
  return html.replaceAll(`="${origin}/`, '="/');
}
