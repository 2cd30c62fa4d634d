import { CalendarError, type Issue, issueOf, issuesMessage, unreadableError } from '@vnportal/calendar';

export type { Issue };

/** At most this many issues are kept and listed; the rest are counted (`omitted`), so no input floods memory. */
export const MAX_ISSUES = 100;

/**
 * Thrown for any input this package cannot use: a commemoration list, a day, an option, an argument.
 * `issues` lists the problems found (`path`, `value`, `message`, the shape every vnportal package shares), at
 * most `MAX_ISSUES`; `omitted` counts those left out. One issue: the message is its line,
 * e.g. `[2].date: "1911-6-5" is not YYYY-MM-DD, YYYY-MM or --MM-DD`; more: a first line that counts them.
 */
export class CommemorationError extends Error {
  declare readonly issues: readonly Issue[];
  declare readonly omitted: number;
  // Assigned, not class fields: the script-tag build targets ES2021, where fields need a helper.
  // `value` may be left out by callers that build issues by hand (it is then `undefined`).
  constructor(issues: readonly (Omit<Issue, 'value'> & { value?: unknown })[], omitted = 0) {
    const listed: Issue[] = issues.slice(0, MAX_ISSUES).map((issue) => ({ value: undefined, ...issue }));
    const more = omitted + issues.length - listed.length;
    const total = listed.length + more;
    super(
      total === 1
        ? listed[0]!.message
        : issuesMessage('commemorations', listed).replace(
            /\(\d+ problems\)/,
            `(${total.toLocaleString('en')} problems)`,
          ) + (more ? `\n  … and ${more.toLocaleString('en')} more` : ''),
    );
    this.name = 'CommemorationError';
    this.issues = listed;
    this.omitted = more;
  }
}

/** Collects issues up to `MAX_ISSUES`, counting the rest. */
export class Issues {
  readonly list: Issue[] = [];
  omitted = 0;
  add(path: string, value: unknown, problem: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push(issueOf(path, value, problem));
    else this.omitted++;
  }
  /** An issue whose line does not quote the value: `path: text`. */
  addLine(path: string, value: unknown, text: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, value, message: `${path}: ${text}` });
    else this.omitted++;
  }
  get size(): number {
    return this.list.length + this.omitted;
  }
  /** Throws them, if any. */
  check(): void {
    if (this.size) throw new CommemorationError(this.list, this.omitted);
  }
}

/** Throws a one-issue CommemorationError: `path: <quoted value> <problem>`, or `path is missing`. */
export function fail(path: string, value: unknown, problem: string): never {
  throw new CommemorationError([issueOf(path, value, problem)]);
}

/** An array of at most `max` items, or a CommemorationError naming `path`. */
export function readList<T>(value: unknown, path: string, what: string, max: number): readonly T[] {
  if (!Array.isArray(value)) fail(path, value, `is not an array of ${what}`);
  if (value.length > max) {
    fail(path, value, `has ${value.length.toLocaleString('en')} entries; at most ${max.toLocaleString('en')} are read`);
  }
  return value;
}

/** An options object (or nothing), or a CommemorationError naming `path`. */
export function readOptions<T extends object>(value: unknown, path = 'options'): Partial<T> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(path, value, 'is not an options object');
  return value as Partial<T>;
}

/**
 * What a public function throws for an `error` its body threw: the packages' own errors as they are; an error from
 * reading a caller's value that cannot be read (a revoked Proxy, a getter or a Proxy trap that throws) as a
 * CommemorationError naming where (`list[2] cannot be read (…)`), with the original as its `cause`;
 * anything else, a fault of this package, unchanged. `args` names the function's arguments as its errors do.
 */
export function ownError(error: unknown, args: Readonly<Record<string, unknown>>): unknown {
  return unreadableError(
    error,
    args,
    (e) => e instanceof CommemorationError || e instanceof CalendarError,
    (issue) => new CommemorationError([issue]),
  );
}
