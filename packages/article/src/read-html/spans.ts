import type { Block, Mark, Span } from '../model.js';
import { spansToText, withoutForbiddenChars } from '../text.js';

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
  const result: Span = { text };
  if (ctx.marks.length > 0) result.marks = MARK_ORDER.filter((mark) => ctx.marks.includes(mark));
  if (ctx.href !== undefined) result.href = ctx.href;
  return result;
}

/** Text as the page shows it: runs of HTML whitespace are one space, except line breaks inside `<pre>`. */
export function collapseWhitespace(text: string, ctx: InlineContext): string {
  // Only the runs that change: a lone space stays as it is (most of a text's whitespace).
  if (!ctx.preformatted) return text.replace(/[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g, ' ');
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\f]+/g, ' ');
}

/**
 * Merges neighbours with the same marks and link, trims the edges and the spaces around line breaks. The text comes
 * out in NFC (normalised after the merge: two spans may join a letter and its mark) and without `FORBIDDEN_CHARS`,
 * as the model stores it.
 */
export function tidySpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const next of spans) {
    const text = withoutForbiddenChars(next.text);
    if (text === '') continue;
    const last = merged.at(-1);
    if (last && last.href === next.href && sameMarks(last.marks, next.marks)) last.text += text;
    else merged.push({ ...next, text });
  }
  for (const s of merged) {
    s.text = s.text.normalize('NFC');
    // A lone no-break space is meant ("Năm\u00a0là"); one beside other spaces is CMS padding.
    if (s.text.includes('\n')) s.text = s.text.replace(/ *\n */g, '\n');
    if (s.text.includes('  ') || s.text.includes('\u00a0')) s.text = s.text.replace(/[ \u00a0]{2,}/g, ' ');
  }
  // Trimming an edge span to nothing exposes its neighbour's edge (e.g. a bold " " before a line break).
  let start = 0;
  let end = merged.length;
  while (start < end) {
    const s = merged[start]!;
    s.text = s.text.trimStart(); // \s, which trimStart strips, includes U+00A0
    if (s.text !== '') break;
    start++;
  }
  while (end > start) {
    const s = merged[end - 1]!;
    s.text = s.text.trimEnd();
    if (s.text !== '') break;
    end--;
  }
  return merged.slice(start, end);
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Without the characters no article text may hold, then NFC (removing one may bring a letter and its mark together). */
export function cleanText(text: string): string {
  return withoutForbiddenChars(text).normalize('NFC');
}

/** The text of the paragraphs among `blocks`, on one line, in NFC (joining spans may bring a letter and its mark together). */
export function plainText(blocks: readonly Block[]): string {
  return oneLine(
    blocks.flatMap((block) => (block.type === 'paragraph' ? [spansToText(block.content)] : [])).join(' '),
  ).normalize('NFC');
}

/** Whitespace runs as one space, trimmed. */
export function oneLine(text: string): string {
  // Only the runs that change: a lone space stays as it is.
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}
