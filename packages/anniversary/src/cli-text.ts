// C0 and C1 controls (ESC, CSI), DEL, line and paragraph separators, and bidirectional overrides: a name holding
// them could move the cursor, recolour or reorder the terminal, or hide what follows.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: each control character written as `\uXXXX` (valid inside JSON strings too). */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for an HTML element's content: `&`, `<`, `>` escaped. */
export function htmlText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** An HTML attribute value, double-quoted. */
export function htmlAttribute(text: string): string {
  return `"${text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)}"`;
}
