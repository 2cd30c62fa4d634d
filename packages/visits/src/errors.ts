import { quoteValue, unreadableError } from '@vnportal/calendar';

/** One problem found in a value: where (`asOf`), what was there, and what is wrong with it. */
export interface ValidationIssue {
  /** The field path, e.g. `origins[0]`; `""` for the value as a whole. */
  path: string;
  /** The offending value as it was given. */
  value: unknown;
  /** The full line: `today: -1 is negative`. */
  message: string;
}

/**
 * Thrown for an argument or a setting this package cannot use (a count below zero, a bad env variable, …).
 * `error.issues` holds the problem in the shape every vnportal package shares (`path`, `value`, `message`).
 */
export class VisitsError extends Error {
  override name = 'VisitsError';
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues?: readonly ValidationIssue[]) {
    super(message);
    this.issues = issues ?? [{ path: '', value: undefined, message }];
  }
}

/**
 * Thrown by `parseSiteStats` and the service's configuration readers: lists every problem with its field path.
 * `error.issues` holds them one by one; the message holds them one per line.
 */
export class VisitsValidationError extends VisitsError {
  override name = 'VisitsValidationError';
  constructor(subject: string, issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid ${subject} (${count}):\n${issues.map((issue) => `  ${issue.message}`).join('\n')}`, issues);
  }
}

/**
 * How an error quotes a value: the quoter every vnportal package shares (`quoteValue` of `@vnportal/calendar`):
 * strings JSON-quoted and cut at 80 characters with their length, numbers as written, objects by kind; never throws.
 */
export const describeValue: (value: unknown) => string = quoteValue;

/**
 * What a public function throws for an `error` its body threw: `VisitsError`s as they are; an error from reading a
 * caller's value that cannot be read (a revoked Proxy, a getter or a Proxy trap that throws) as a `VisitsError`
 * naming where (`today cannot be read (…)`), with the original as its `cause`; anything else unchanged.
 */
export function ownError(error: unknown, args: Readonly<Record<string, unknown>>): unknown {
  return unreadableError(
    error,
    args,
    (e) => e instanceof VisitsError,
    (issue) => new VisitsError(issue.message, [issue]),
  );
}
