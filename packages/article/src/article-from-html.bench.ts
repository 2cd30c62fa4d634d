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

const SIZES_KB = [5, 50, 500, 5000];
/** The sizes are measured in turn, round after round, so that a burst of load elsewhere falls on all of them. */
const ROUNDS = 3;
const inputs = SIZES_KB.map((kb) => {
  const html = articleOf(kb);
  const bytes = new TextEncoder().encode(html).length;
  const blocks = articleFromHtml(html, seedMeta).body.length;
  return { kb, html, bytes, blocks };
});

for (let round = 1; round <= ROUNDS; round++) {
  for (const { kb, html, bytes, blocks } of inputs) {
    // Every sample reads about 5 MB of input whatever the size (5 KB 1,000 times, 5 MB once), and every size gets
    // the same number of samples: each sample lasts about as long, so on a loaded machine each size meets the same
    // share of preemption and parallel-GC stalls, and a browser's 0.1 ms clock is never the limit. The summary
    // divides by the reads and takes, for each size, the median of the rounds' medians.
    const reads = Math.round(5000 / kb);
    const options = { time: 0, iterations: 5, warmupTime: 0, warmupIterations: 1 };
    const label = `${kb} KB (${bytes.toLocaleString('en')} bytes, ${blocks} blocks, ${reads} reads a sample), round ${round}`;
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
