import { argumentError, ownError } from '../errors.js';
import type { Block } from '../model.js';
import { spansToText } from '../text.js';
import { BlockReader } from './block-reader.js';
import { attachCaptions } from './captions.js';
import { leadText } from './lead.js';
import { HTML_LIMITS } from './limits.js';
import { type HtmlParser, parseCleanHtml } from './parse-html.js';
import { oneLine } from './spans.js';

export interface HtmlToBlocksOptions {
  /** Relative `href`/`src` are resolved against it. */
  baseUrl?: string;
}

/**
 * The blocks of an HTML fragment, sanitised, captions attached to their images; no byline handling.
 * `title` is the text of an `<h1>` that opens the fragment (it stays in `blocks` as a level-2 heading; the model's
 * headings start at 2), for a caller that wants it as the title. `lead` is the text of the paragraph that opens the
 * body (after that `<h1>`) when it reads as the sapo: classed "sapo", "lead", "summary", … or bold throughout, and
 * at most 600 characters; it too stays in `blocks`.
 * @throws ArticleError when `html` is not a string or is past one of `HTML_LIMITS` (length, nesting, blocks).
 */
export function htmlToBlocks(
  html: string,
  options: HtmlToBlocksOptions = {},
): { blocks: Block[]; title?: string; lead?: string } {
  try {
    return readBlocks(html, options);
  } catch (error) {
    throw ownError(error, { html, options });
  }
}

/** `htmlToBlocks` with the parser chosen (the browser's own by default where there is one), for tests that compare. */
export function readBlocks(
  html: string,
  options: HtmlToBlocksOptions,
  parser?: HtmlParser,
): { blocks: Block[]; title?: string; lead?: string } {
  if (options === null || typeof options !== 'object') throw argumentError('options', options, 'is not an object');
  const baseUrl: unknown = options.baseUrl;
  if (baseUrl !== undefined && typeof baseUrl !== 'string') {
    throw argumentError('options.baseUrl', baseUrl, 'is not a string');
  }
  const clean = parseCleanHtml(html, parser);
  const reader = new BlockReader(baseUrl);
  reader.readChildren(clean, { marks: [] });
  reader.flush();
  attachCaptions(reader.blocks, reader.looks);
  const { blocks } = reader;
  if (blocks.length > HTML_LIMITS.maxBlocks) {
    throw argumentError(
      'html',
      html,
      `gives ${blocks.length} blocks, past the limit of ${HTML_LIMITS.maxBlocks} (HTML_LIMITS.maxBlocks)`,
    );
  }
  const first = blocks[0];
  const title = first?.type === 'heading' && reader.h1s.has(first) ? oneLine(spansToText(first.content)) : undefined;
  const opening = blocks[title === undefined ? 0 : 1];
  const hasMore = blocks.length > (title === undefined ? 1 : 2);
  const lead = hasMore ? leadText(opening, opening && reader.looks.get(opening)) : undefined;
  const result: { blocks: Block[]; title?: string; lead?: string } = { blocks };
  if (title !== undefined) result.title = title;
  if (lead !== undefined) result.lead = lead;
  return result;
}
