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
    // Read through Date.prototype: any Date, one from another realm (an iframe, a vm context) included, whatever
    // its own methods; anything else throws here.
    const time = Date.prototype.getTime.call(value);
    return Number.isNaN(time) ? 'an invalid Date' : `a Date (${Date.prototype.toISOString.call(value)})`;
  } catch {
    // not a Date, or a revoked Proxy (which throws on Array.isArray): it is still "an object"
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
    // refused below, with `lines` still unset
  }
  if (!lines) throw invalid('issues', issues, 'is not an array of issues');
  const wrong = lines.findIndex((line) => typeof line !== 'string');
  if (wrong >= 0) throw invalid(`issues[${wrong}].message`, lines[wrong], 'is not a string');
  const count = lines.length === 1 ? '1 problem' : `${lines.length} problems`;
  return `Invalid ${subject} (${count}):\n${lines.map((line) => `  ${line}`).join('\n')}`;
}

/** Where a caller's value cannot be read, and what reading it threw. */
export interface UnreadablePart {
  /** The argument and the path inside it: `meta.authors[0]`, `list[2]`. */
  readonly path: string;
  /** The object whose read threw (a revoked Proxy, an object with a getter that throws). */
  readonly value: unknown;
  /** What the read threw. */
  readonly error: unknown;
}

/** Most objects and properties `unreadablePart` reads before it gives up (it runs only once a call has failed). */
export const UNREADABLE_SEARCH_LIMIT = 200_000;

/**
 * The first part of the caller's arguments that cannot be read, or `undefined`: each argument and everything under
 * it, read the way the packages read them (`Array.isArray`, the prototype, the own keys, each property), breadth
 * first, each object once, at most `UNREADABLE_SEARCH_LIMIT` reads. The packages call it when a public function
 * failed with an error that is not their own, to tell a value they could not read (a revoked Proxy, a getter or
 * Proxy trap that throws) from a fault of their own, which they let through unchanged.
 */
export function unreadablePart(args: Readonly<Record<string, unknown>>): UnreadablePart | undefined {
  let queue: [unknown, string][] | undefined;
  try {
    // Object.keys(null) throws here too: refused below, with `queue` still unset.
    if (typeof args === 'object') queue = Object.keys(args).map((name) => [args[name], name]);
  } catch {
    // refused below
  }
  if (!queue) throw invalid('args', args, 'is not an object of named arguments');
  const seen = new Set<object>();
  let reads = 0;
  for (let i = 0; i < queue.length && reads < UNREADABLE_SEARCH_LIMIT; i++) {
    const [value, path] = queue[i]!;
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    let step = 'kind';
    let array = false;
    try {
      array = Array.isArray(value);
      Object.getPrototypeOf(value);
      step = 'keys';
      const keys = Reflect.ownKeys(value);
      for (const key of keys) {
        if (++reads > UNREADABLE_SEARCH_LIMIT) break;
        if (typeof key === 'symbol') continue;
        step = key;
        Object.getOwnPropertyDescriptor(value, key);
        const child = (value as Record<string, unknown>)[key];
        queue.push([child, childPath(path, key, array)]);
      }
    } catch (error) {
      const at = step === 'kind' || step === 'keys' ? path : childPath(path, step, array);
      return { path: at, value, error };
    }
  }
  return undefined;
}

/** `list[2]` for an array's index, `meta.url` for a field, `url` under the unnamed root (`""`). */
function childPath(path: string, key: string, array: boolean): string {
  if (array && /^\d+$/.test(key)) return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/** The problem text for an unreadable part: `cannot be read (Cannot perform 'get' on a proxy that has been revoked)`. */
export function unreadableProblem(error: unknown): string {
  const reason = reasonOf(error);
  const cut = reason.length > QUOTE_MAX_CHARS ? `${reason.slice(0, QUOTE_MAX_CHARS - 1)}…` : reason;
  return cut ? `cannot be read (${cut})` : 'cannot be read';
}

/** The message of a thrown Error or the thrown string; `''` for anything else, or when it cannot be read. */
function reasonOf(error: unknown): string {
  try {
    const reason = error instanceof Error ? error.message : error;
    return typeof reason === 'string' ? reason : '';
  } catch {
    return '';
  }
}

/**
 * What a public function throws for an `error` its body threw, given its named arguments: `error` itself when
 * `isOwn(error)` (the package's own errors) or when no part of `args` is unreadable (a fault of the package, let
 * through unchanged); otherwise `make(issue)`, the package's error for the unreadable part
 * (`list[1] cannot be read (…)`), with `error` as its `cause`.
 */
export function unreadableError(
  error: unknown,
  args: Readonly<Record<string, unknown>>,
  isOwn: (error: unknown) => boolean,
  make: (issue: Issue) => Error,
): unknown {
  if (typeof isOwn !== 'function') throw invalid('isOwn', isOwn, 'is not a function');
  if (typeof make !== 'function') throw invalid('make', make, 'is not a function');
  try {
    if (isOwn(error)) return error;
  } catch {
    // A thrown revoked Proxy has no prototype to compare: not one of ours.
  }
  const part = unreadablePart(args);
  if (part === undefined) return error;
  const message = `${part.path || 'the value'} ${unreadableProblem(part.error)}`;
  const own = make({ path: part.path, value: part.value, message });
  Object.defineProperty(own, 'cause', { value: error, configurable: true, writable: true });
  return own;
}
