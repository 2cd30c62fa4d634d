import { invalid } from './calendar-error.js';
/**
 * One error shape for every vnportal package: a list of issues, each saying where (`path`), what was there
 * (`value`, as given) and what is wrong (`message`, the whole line), quoted the same way everywhere.
 */
export interface Issue {
  /** The field path, e.g. `[2].date`, `body[3].image.src`; `""` for the value as a whole. */
  readonly path: string;
  /** The offending value as it was given (never copied or cut: `message` holds the cut quote). */
  readonly value: unknown;
  /** The full line: `[2].date: "1911-6-5" is not YYYY-MM-DD`. */
  readonly message: string;
}

/** How long a quoted string may be in a message before it is cut (a 1 MB value must not land in a log whole). */
export const QUOTE_MAX_CHARS = 80;

/**
 * How an error quotes a value: strings JSON-quoted and cut at `QUOTE_MAX_CHARS` (with the total length),
 * numbers as written (`NaN`, `Infinity`, `-0`), objects by kind. Never throws, whatever the value
 * (BigInt, Symbol, a null-prototype object, a Proxy, a revoked Proxy).
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string')
    return value.length > QUOTE_MAX_CHARS
      ? `${JSON.stringify(value.slice(0, QUOTE_MAX_CHARS - 1))}… (${value.length} characters)`
      : JSON.stringify(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}`;
  if (value == null || typeof value === 'boolean') return `${value}`;
  if (typeof value !== 'object') return `a ${typeof value}`;
  try {
    if (Array.isArray(value)) return 'an array';
    if (value instanceof Date) return Number.isNaN(+value) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
  } catch {
    // a revoked Proxy throws on Array.isArray: it is still "an object"
  }
  return 'an object';
}

/** `path: <quoted value> <problem>`, or `path is missing` for `undefined`: one issue, its message written once. */
export function issueOf(path: string, value: unknown, problem: string): Issue {
  if (typeof path !== 'string') throw invalid('path', path, 'is not a string');
  if (typeof problem !== 'string') throw invalid('problem', problem, 'is not a string');
  const where = path ? `${path}: ` : '';
  return {
    path,
    value,
    message: value === undefined ? `${path || 'the value'} is missing` : `${where}${quoteValue(value)} ${problem}`,
  };
}

/** The first line of every package's validation error: `Invalid events (2 problems):` then one issue a line. */
export function issuesMessage(subject: string, issues: readonly Issue[]): string {
  if (typeof subject !== 'string') throw invalid('subject', subject, 'is not a string');
  // Each issue's line, read once; an array whose items cannot be read (a revoked Proxy) is refused like a non-array.
  let lines: unknown[] | undefined;
  try {
    if (Array.isArray(issues)) lines = issues.map((issue: unknown) => (issue as Issue | null)?.message);
  } catch {
    lines = undefined;
  }
  if (!lines) throw invalid('issues', issues, 'is not an array of issues');
  const wrong = lines.findIndex((line) => typeof line !== 'string');
  if (wrong >= 0) throw invalid(`issues[${wrong}].message`, lines[wrong], 'is not a string');
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return `Invalid ${subject} (${count}):\n${lines.map((line) => `  ${line}`).join('\n')}`;
}
