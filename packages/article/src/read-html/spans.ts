import type { Block, Mark, Span } from '../model.js';
import { FORBIDDEN_CHARS, spansToText } from '../text.js';

/** The marks a span of text is under, and the link around it, while the walker reads inline content. */
export interface InlineContext {
  marks: readonly Mark[];
  href?: string;
  /** Inside `<pre>`: line breaks are kept. */
  preformatted?: boolean;
}

const MARK_ORDER: readonly Mark[] = ['bold', 'italic', 'underline', 'strike', 'code', 'sub', 'sup'];

/** One span of text under the context's marks (in the model's order) and link. */
export function span(text: string, ctx: InlineContext): Span {
  const marks = MARK_ORDER.filter((mark) => ctx.marks.includes(mark));
  const result: Span = { text };
  if (marks.length > 0) result.marks = marks;
  if (ctx.href !== undefined) result.href = ctx.href;
  return result;
}

/** Text as the page shows it: runs of HTML whitespace are one space, except line breaks inside `<pre>`. */
export function collapseWhitespace(text: string, ctx: InlineContext): string {
  if (!ctx.preformatted) return text.replace(/[ \t\n\r\f]+/g, ' ');
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ');
}

/** Merges neighbours with the same marks and link, trims the edges and the spaces around line breaks. */
export function tidySpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const next of spans) {
    const text = cleanText(next.text);
    if (text === '') continue;
    const last = merged.at(-1);
    if (last && last.href === next.href && String(last.marks) === String(next.marks)) last.text += text;
    else merged.push({ ...next, text });
  }
  for (const s of merged) {
    // A lone no-break space is meant ("Năm\u00a0là"); one beside other spaces is CMS padding.
    s.text = s.text.replace(/ *\n */g, '\n').replace(/[ \u00a0]{2,}/g, ' ');
  }
  // Trimming an edge span to nothing exposes its neighbour's edge (e.g. a bold " " before a line break).
  let start = 0;
  let end = merged.length;
  while (start < end) {
    const s = merged[start]!;
    s.text = s.text.replace(/^[\s\u00a0]+/, '');
    if (s.text !== '') break;
    start++;
  }
  while (end > start) {
    const s = merged[end - 1]!;
    s.text = s.text.replace(/[\s\u00a0]+$/, '');
    if (s.text !== '') break;
    end--;
  }
  return merged.slice(start, end);
}

/** NFC, without the characters no article text may hold. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(FORBIDDEN_CHARS, '');
}

/** The text of the paragraphs among `blocks`, on one line. */
export function plainText(blocks: readonly Block[]): string {
  return oneLine(blocks.flatMap((block) => (block.type === 'paragraph' ? [spansToText(block.content)] : [])).join(' '));
}

/** Whitespace runs as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
