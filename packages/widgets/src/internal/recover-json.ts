import { createScanner, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import type { Problem } from './problems.js';
import { LIMITS, type ReadList, readList } from './read-json.js';

// jsonc-parser's SyntaxKind values: it ships them as a const enum, which isolated modules cannot read.
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, EOF: 17 } as const;

/**
 * Reads what it can of a JSON text that is not valid or is too long: the first syntax error is one warning
 * with its line and column and how many entries are still shown; a list longer than the limit is cut after
 * `LIMITS.entries` entries before it is parsed, so a huge list costs only the entries read.
 */
export function recoverJson(text: string, from: string | undefined): ReadList {
  const source = text.replace(/^\uFEFF/, '');
  const problems: Problem[] = [];
  const cut = source.length > LIMITS.jsonLength ? endOfFirstEntries(source, LIMITS.entries) : undefined;
  if (cut !== undefined) problems.push({ code: 'too-many', from, count: `>${LIMITS.entries}`, limit: LIMITS.entries });
  const errors: ParseError[] = [];
  const data = parse(cut === undefined ? source : `${source.slice(0, cut)}]`, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const read = readList(data ?? [], from);
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(source, first.offset);
    problems.push({
      code: 'json-syntax',
      from,
      line,
      column,
      error: printParseErrorCode(first.error),
      shown: read.list.length,
    });
  }
  return { ...read, problems: [...problems, ...read.problems] };
}

/** The offset just after the `count`-th element of a top-level array, or undefined if it has no more than that. */
function endOfFirstEntries(text: string, count: number): number | undefined {
  const scanner = createScanner(text, true);
  let depth = 0;
  let seen = 0;
  if (scanner.scan() !== Token.OpenBracket) return undefined;
  depth = 1;
  for (let kind = scanner.scan(); kind !== Token.EOF; kind = scanner.scan()) {
    if (kind === Token.OpenBracket || kind === Token.OpenBrace) depth++;
    else if (kind === Token.CloseBracket || kind === Token.CloseBrace) depth--;
    if (depth === 0) return undefined;
    if (depth === 1 && kind === Token.Comma && ++seen === count) return scanner.getTokenOffset();
  }
  return undefined;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
