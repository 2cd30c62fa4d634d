import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { bench, describe } from 'vitest';
import { seedHtml, seedMeta } from '../test/seed.js';
import { articleFromHtml, articleToHtml } from './index.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** The seed article's paragraphs (with its photos and captions) repeated, line by line, to 50 KB of UTF-8. */
const lines = seedHtml.split('\n').filter((line) => line.startsWith('<p') && !line.includes('Ngọc Hà'));
const bytes = (text: string) => new TextEncoder().encode(text).length;
const byline = '<p style="text-align: right;"><strong>Ngọc Hà</strong></p></div>';
let html = '<div class="news-content">';
for (let i = 0; bytes(html) + bytes(byline) < 50 * 1024; i++) html += `${lines[i % lines.length]}\n`;
html += byline;
const options = { time: 3000, warmupIterations: 5 };
const article = articleFromHtml(html, seedMeta);

describe(`50 KB article (${(bytes(html) / 1024).toFixed(1)} KB, ${article.body.length} blocks)`, () => {
  bench(
    'parse and sanitise (hast-util-from-html + hast-util-sanitize)',
    () => {
      sanitize(fromHtml(html, { fragment: true }), sanitizeSchema);
    },
    options,
  );

  bench(
    'articleFromHtml (parse, sanitise, read blocks, validate)',
    () => {
      articleFromHtml(html, seedMeta);
    },
    options,
  );

  bench(
    'articleToHtml',
    () => {
      articleToHtml(article);
    },
    options,
  );
});
