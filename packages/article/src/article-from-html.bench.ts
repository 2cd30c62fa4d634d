import DOMPurify from 'dompurify';
import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { bench, describe } from 'vitest';
import { seedHtml, seedMeta } from '../test/seed.js';
import { articleFromHtml, articleToHtml } from './index.js';
import { sanitizeSchema } from './sanitize-schema.js';

/** The seed article's paragraphs (with its photos and captions) repeated, line by line, to `kb` KB of UTF-8. */
function articleOf(kb: number): string {
  const lines = seedHtml.split('\n').filter((line) => line.startsWith('<p') && !line.includes('Ngọc Hà'));
  const encoder = new TextEncoder();
  const byline = '<p style="text-align: right;"><strong>Ngọc Hà</strong></p></div>';
  const parts = ['<div class="news-content">'];
  let size = encoder.encode(parts[0]).length + encoder.encode(byline).length;
  for (let i = 0; ; i++) {
    const line = `${lines[i % lines.length]}\n`;
    const next = encoder.encode(line).length;
    if (size + next > kb * 1024) break;
    parts.push(line);
    size += next;
  }
  parts.push(byline);
  return parts.join('');
}

// Same parser family (parse5 through hast) with the same allow-list: the pipeline a rehype user would write.
const rehype = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, sanitizeSchema);
const inBrowser = typeof document !== 'undefined';

for (const kb of [5, 50, 500, 5000]) {
  const html = articleOf(kb);
  // Big inputs take seconds an iteration: a few samples each, so one run stays within minutes.
  const options =
    kb >= 500
      ? { time: 0, iterations: kb >= 5000 ? 7 : 15, warmupIterations: 2 }
      : { time: 3000, warmupIterations: 10 };
  // A browser's clock ticks in 0.1 ms: small inputs are read several times a sample (the summary divides).
  const reads = kb <= 5 ? 32 : kb <= 50 ? 4 : 1;
  const bytes = new TextEncoder().encode(html).length;
  const blocks = articleFromHtml(html, seedMeta).body.length;
  const label = `${kb} KB (${bytes.toLocaleString('en')} bytes, ${blocks} blocks, ${reads} reads a sample)`;
  const sample = (read: () => void) => () => {
    for (let i = 0; i < reads; i++) read();
  };
  describe(label, () => {
    bench(
      'articleFromHtml (parse, sanitise, read blocks, validate)',
      sample(() => articleFromHtml(html, seedMeta)),
      options,
    );
    bench(
      'rehype-parse + rehype-sanitize (same schema)',
      sample(() => rehype.runSync(rehype.parse(html))),
      options,
    );
    bench.skipIf(!inBrowser)(
      'DOMPurify.sanitize (the browser parses)',
      sample(() => DOMPurify.sanitize(html)),
      options,
    );
  });
}

describe('writing', () => {
  const article = articleFromHtml(articleOf(50), seedMeta);
  bench(
    'articleToHtml (50 KB article)',
    () => {
      articleToHtml(article);
    },
    { time: 2000, warmupIterations: 5 },
  );
});
