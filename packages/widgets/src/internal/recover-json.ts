import { createScanner, type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { LIMITS, type ReadList, readList } from './read-json.js';
import type { Warning } from './warn.js';

// jsonc-parser's SyntaxKind values: it ships them as a const enum, which isolated modules cannot read.
const Token = { OpenBrace: 1, CloseBrace: 2, OpenBracket: 3, CloseBracket: 4, Comma: 5, EOF: 17 } as const;

/**
 * Reads what it can of a JSON text that is not valid or is too long: the first syntax error is one warning
 * with its line and column and how many entries are still shown; a list longer than the limit is cut after
 * `LIMITS.entries` entries before it is parsed, so a huge list costs only the entries read.
 */
export function recoverJson(text: string, where: string): ReadList {
  const source = text.replace(/^\uFEFF/, '');
  const warnings: Warning[] = [];
  const cut = source.length > LIMITS.jsonLength ? endOfFirstEntries(source, LIMITS.entries) : undefined;
  if (cut !== undefined) {
    warnings.push({
      vi: `${where}: danh sách dài hơn giới hạn ${LIMITS.entries} mục; chỉ đọc ${LIMITS.entries} mục đầu.`,
      en: `${where}: the list is longer than the limit of ${LIMITS.entries} entries; reading the first ${LIMITS.entries}.`,
    });
  }
  const errors: ParseError[] = [];
  const data = parse(cut === undefined ? source : `${source.slice(0, cut)}]`, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const read = readList(data ?? [], where);
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(source, first.offset);
    const shown = read.list.length;
    warnings.push({
      vi: `${where}: JSON sai cú pháp ở dòng ${line}, cột ${column} (${printParseErrorCode(first.error)}; thường là thiếu hoặc thừa dấu phẩy, ngoặc hay dấu nháy kép). Đang hiển thị ${shown} mục đọc được; sửa lỗi để hiện đủ.`,
      en: `${where}: JSON syntax error at line ${line}, column ${column} (${printParseErrorCode(first.error)}; usually a missing or extra comma, bracket or double quote). Showing the ${shown} entries that could be read; fix it to show them all.`,
    });
  }
  return { ...read, warnings: [...warnings, ...read.warnings] };
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
