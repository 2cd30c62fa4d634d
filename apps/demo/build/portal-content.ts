import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { placeholderImage } from './placeholder-image.ts';
import { type PortalContent, renderPortalContent } from './render-content.ts';

const contentDir = new URL('../content/', import.meta.url);
/** The seed page's commemorations and counter, shared with every package's tests. */
const seedDir = new URL('../../../fixtures/seed/', import.meta.url);
const SEED_FILES = new Set(['site-stats.json', 'seed-events.json']);
const fileOf = (name: string) => new URL(name, SEED_FILES.has(name) ? seedDir : contentDir);
const read = (name: string) => readFileSync(fileOf(name), 'utf8');

/**
 * Renders the portal's content at build time, as a server-side CMS would: the article, its JSON-LD,
 * the statistics box, the banner's inline events, the embed snippet; and writes the feeds and the
 * placeholder photos. The page needs no script to show its text; only the banner is a widget.
 */
export function portalContent(): Plugin {
  let content: PortalContent;
  const load = () => {
    content = renderPortalContent({
      articleHtml: read('seed-article.html'),
      articleMeta: JSON.parse(read('seed-article.meta.json')),
      stats: JSON.parse(read('site-stats.json')),
      counter: JSON.parse(read('counter.json')),
      events: JSON.parse(read('seed-events.json')),
    });
    return content;
  };
  const files = (): Record<string, { type: string; body: string }> => ({
    'feed.xml': { type: 'application/rss+xml; charset=utf-8', body: content.feeds.rss },
    'atom.xml': { type: 'application/atom+xml; charset=utf-8', body: content.feeds.atom },
    'feed.json': { type: 'application/feed+json; charset=utf-8', body: content.feeds.json },
    'images/hoi-nghi-chuyen-de.svg': {
      type: 'image/svg+xml',
      body: placeholderImage({ label: 'Hội nghị chuyên đề phát triển đảng viên', hue: 30 }),
    },
    'images/le-ket-nap-dang-vien.svg': {
      type: 'image/svg+xml',
      body: placeholderImage({ label: 'Lễ kết nạp đảng viên', hue: 200 }),
    },
  });
  return {
    name: 'vnportal-portal-content',
    buildStart() {
      load();
      for (const file of [
        'seed-article.html',
        'seed-article.meta.json',
        'site-stats.json',
        'counter.json',
        'seed-events.json',
      ]) {
        this.addWatchFile(fileOf(file).pathname);
      }
    },
    configureServer(server) {
      load();
      server.middlewares.use((req, res, next) => {
        const file = files()[(req.url ?? '').split('?')[0]?.slice(1) ?? ''];
        if (!file) return next();
        res.setHeader('content-type', file.type);
        res.end(file.body);
      });
    },
    transformIndexHtml(html) {
      const c = content ?? load();
      return html
        .replace('%VNP_TITLE%', escapeHtml(c.title))
        .replace('%VNP_DESCRIPTION%', escapeHtml(c.description))
        .replace('<!--vnp:jsonld-->', `${c.dublinCore}\n${c.jsonLdScript}`)
        .replace('["%VNP_EVENTS%"]', c.eventsJson)
        .replace('<!--vnp:article-->', c.articleHtml)
        .replace('<!--vnp:stats-->', c.statsHtml)
        .replace('%VNP_EMBED%', escapeHtml(c.embedSnippet));
    },
    generateBundle() {
      for (const [fileName, { body }] of Object.entries(files())) {
        this.emitFile({ type: 'asset', fileName, source: body });
      }
    },
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
