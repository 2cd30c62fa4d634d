/** One problem in the input: where (`[2].date`, `today`) and what, in plain words. */
export interface Issue {
  path: string;
  message: string;
}

/**
 * Thrown for any input this package cannot use: a commemoration list, a day, an option.
 * `issues` lists every problem found; the message has one line per issue, e.g.
 * `[2].date: "1911-6-5" is not YYYY-MM-DD, YYYY-MM or --MM-DD`.
 */
export class CommemorationError extends Error {
  override name = 'CommemorationError';
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'));
    this.issues = issues;
  }
}

/** How an error quotes a value: `"1911-6-5"` for strings, `5` for numbers, `an object` for the rest. */
export function quote(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(value)
    : typeof value === 'object' && value
      ? Array.isArray(value)
        ? 'an array'
        : 'an object'
      : String(value);
}

/** Throws a one-issue CommemorationError. */
export function fail(path: string, message: string): never {
  throw new CommemorationError([{ path, message }]);
}
