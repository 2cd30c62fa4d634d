import { createScanner, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { Problem } from './problems.js';
import { LIMITS, type ReadList, readList } from './read-json.js';

// jsonc-parser's SyntaxKind values: it ships them as a const enum, which isolated modules cannot read.
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, EOF: 17 } as const;

/**
 * Reads what it can of a JSON text that is not valid or is too long: the first syntax error is one warning
 * with its line and column and how many entries are still shown. Of a text longer than `LIMITS.jsonLength` only
 * the entries within its first `LIMITS.jsonLength` characters are parsed, at most `LIMITS.entries` of them, with
 * one warning saying which limit cut it, so a huge text costs only the entries read.
 */
export function recoverJson(text: string, from: string | undefined): ReadList {
  const source = text.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  const cut = source.length > LIMITS.jsonLength ? cutAfterEntries(source) : undefined;
  if (cut?.full) problems.push({ code: 'too-many', from, count: `>${LIMITS.entries}`, limit: LIMITS.entries });
  const errors: ParseError[] = [];
  const data = parse(cut ? source.slice(0, cut.end) + cut.close : source, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const read = readList(data ?? [], from);
  if (cut && !cut.full)
    problems.push({ code: 'json-too-long', from, limit: LIMITS.jsonLength, shown: read.list.length });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(source, first.offset);
    problems.push({
      code: 'json-syntax',
      from,
      line,
      column,
      error: printParseErrorCode(first.error),
      // Single quotes, or the curly ones a word processor writes: the message says to use straight double quotes.
      quote: /['‘-”]/.exec(source[first.offset]!)?.[0],
      shown: read.list.length,
    });
  }
  // What the parser made of the text after a syntax error (entries cut short, missing fields) is that error again.
  return { ...read, problems: first ? problems : [...problems, ...read.problems] };
}

/**
 * Where to cut a text longer than the limit: after its `LIMITS.entries`-th entry (`full`) or else after its last
 * entry that ends within the first `LIMITS.jsonLength` characters, and the brackets that close what is open
 * there. The entries are the elements of the top-level array, or of the first array in a top-level object (a
 * shared file's "commemorations"); with none, the cut is an empty list.
 */
function cutAfterEntries(text: string): { end: number; close: string; full: boolean } {
  const scanner = createScanner(text.slice(0, LIMITS.jsonLength), true);
  const open: string[] = [];
  let level = 0;
  let seen = 0;
  let cut = { end: 0, close: '[]', full: false };
  const here = (end: number, full = false) => ({ end, close: [...open].reverse().join(''), full });
  for (let kind = scanner.scan(); kind !== Token.EOF; kind = scanner.scan()) {
    const offset = scanner.getTokenOffset();
    if (kind === Token.OpenBracket || kind === Token.OpenBrace) {
      open.push(kind === Token.OpenBracket ? ']' : '}');
      if (!level && kind === Token.OpenBracket && open.length <= 2) {
        level = open.length;
        cut = here(offset + 1);
      }
    } else if (kind === Token.CloseBracket || kind === Token.CloseBrace) {
      open.pop();
      // The entries' list ends within the limit: everything in it is read, and nothing after it.
      if (open.length === level - 1) return here(offset + 1);
    } else if (kind === Token.Comma && open.length === level) {
      cut = here(offset, ++seen === LIMITS.entries);
      if (cut.full) return cut;
    }
  }
  return cut;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
