import type { Block, Span } from './model.js';

/** Characters no article text may hold: C0/C1 controls other than tab and newline, lone surrogates, U+FFFE/U+FFFF. */
export const FORBIDDEN_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `FORBIDDEN_CHARS` without the `g` flag, compiled once: `test` then keeps no `lastIndex` between calls. */
const HAS_FORBIDDEN = new RegExp(FORBIDDEN_CHARS.source);
/** Any control, surrogate or noncharacter: a fast scan that tells when the exact check is needed at all. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;

/** Whether `text` holds one of `FORBIDDEN_CHARS`. */
export function hasForbiddenChars(text: string): boolean {
  return MAYBE_FORBIDDEN.test(text) && HAS_FORBIDDEN.test(text);
}

/** `text` without `FORBIDDEN_CHARS`; most text has none, and is returned after one quick scan. */
export function withoutForbiddenChars(text: string): string {
  return MAYBE_FORBIDDEN.test(text) ? text.replace(FORBIDDEN_CHARS, '') : text;
}

/** The plain text of a run of spans; on data that may not be valid, whatever is not a span's text counts as none. */
export function spansToText(spans: readonly Span[]): string {
  return items<Span>(spans)
    .map((span) => (isObject(span) && typeof span.text === 'string' ? span.text : ''))
    .join('');
}

/**
 * Each block's plain text, in reading order; image captions too unless `captions` is `false`. Total on data that
 * never went through `parseArticle`: what is not a block or a string is skipped.
 */
export function blocksToTexts(blocks: readonly Block[], captions = true): string[] {
  const texts: string[] = [];
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '') texts.push(value);
  };
  for (const block of items<Block>(blocks)) {
    if (!isObject(block)) continue;
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        add(spansToText(block.content));
        break;
      case 'image':
        if (captions && isObject(block.image)) add(block.image.caption);
        break;
      case 'list':
        for (const item of items<Span[]>(block.items)) add(spansToText(item));
        break;
      case 'quote':
        for (const paragraph of items<Span[]>(block.paragraphs)) add(spansToText(paragraph));
        add(block.attribution);
        break;
      case 'table':
        add(block.caption);
        for (const row of items<Block[]>(block.rows)) {
          for (const cell of items<{ content: Span[] }>(row)) if (isObject(cell)) add(spansToText(cell.content));
        }
        break;
    }
  }
  return texts;
}

function isObject(value: unknown): value is object & Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function items<T>(value: unknown): readonly T[] {
  return Array.isArray(value) ? value : [];
}
