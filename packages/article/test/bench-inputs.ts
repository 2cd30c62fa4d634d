import rehypeParse from 'rehype-parse';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { sanitizeSchema } from '../src/sanitize-schema.js';
import { seedHtml } from './seed.js';

/** The sizes the benchmarks read, in KB. */
export const BENCH_SIZES_KB = [5, 50, 500, 5000] as const;

/** The seed article's paragraphs (with its photos and captions) repeated, line by line, to `kb` KB of UTF-8. */
export function articleOf(kb: number): string {
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

/** Same parser family (parse5 through hast) with the same allow-list: the pipeline a rehype user would write. */
export const rehype = unified().use(rehypeParse, { fragment: true }).use(rehypeSanitize, sanitizeSchema);
