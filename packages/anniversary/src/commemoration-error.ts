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
  declare readonly issues: Issue[];
  // Assigned, not class fields: the script-tag build targets ES2021, where fields need a helper.
  constructor(issues: Issue[]) {
    super(issues.map((i) => (i.path && `${i.path}: `) + i.message).join('\n'));
    this.name = 'CommemorationError';
    this.issues = issues;
  }
}

/** `"1911-6-5" is not <what>`, or `is missing` for `undefined`; objects are named, not dumped. */
export function isNot(value: unknown, what: string): string {
  return value === undefined
    ? 'is missing'
    : `${typeof value === 'object' && value ? (Array.isArray(value) ? 'an array' : 'an object') : typeof value === 'number' ? String(value) : JSON.stringify(value)} is not ${what}`;
}

/** Throws a one-issue CommemorationError. */
export function fail(path: string, message: string): never {
  throw new CommemorationError([{ path, message }]);
}
