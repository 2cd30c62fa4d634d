import DOMPurify from 'dompurify';
import { bench, describe } from 'vitest';
import { articleOf, BENCH_SIZES_KB, rehype } from '../test/bench-inputs.js';
import { seedMeta } from '../test/seed.js';
import { articleFromHtml, articleToHtml } from './index.js';

const inBrowser = typeof document !== 'undefined';

/**
 * The sizes are measured in turn, round after round, so that a burst of load elsewhere falls on all of them (fewer
 * in Node, where the rehype pipeline takes seconds a sample).
 */
const ROUNDS = inBrowser ? 3 : 2;
const inputs = BENCH_SIZES_KB.map((kb) => {
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
    const options = { time: 0, iterations: inBrowser ? 5 : 3, warmupTime: 0, warmupIterations: 1 };
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
