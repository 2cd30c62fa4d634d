import type { Block, Span } from './model.js';

/** Characters no article text may hold: C0/C1 controls other than tab and newline, lone surrogates, U+FFFE/U+FFFF. */
export const FORBIDDEN_CHARS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The plain text of a run of spans. */
export function spansToText(spans: readonly Span[]): string {
  return spans.map((span) => span.text).join('');
}

/** Each block's plain text, in reading order; image captions too unless `captions` is `false`. */
export function blocksToTexts(blocks: readonly Block[], captions = true): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        texts.push(spansToText(block.content));
        break;
      case 'image':
        if (captions && block.image.caption) texts.push(block.image.caption);
        break;
      case 'list':
        texts.push(...block.items.map(spansToText));
        break;
      case 'quote':
        texts.push(...block.paragraphs.map(spansToText));
        if (block.attribution) texts.push(block.attribution);
        break;
      case 'table':
        if (block.caption) texts.push(block.caption);
        for (const row of block.rows) texts.push(...row.map((cell) => spansToText(cell.content)));
        break;
    }
  }
  return texts;
}
