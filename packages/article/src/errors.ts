import { type Issue, issueOf, issuesMessage, quoteValue, unreadableError } from '@vnportal/calendar';

/**
 * One problem found in a value: where (`body[3].image.src`), what was there, and what is wrong with it.
 * The shape every vnportal package uses (`Issue` from `@vnportal/calendar`).
 */
export type ValidationIssue = Issue;

/**
 * Thrown for an argument this package cannot use (a negative length, a site without a URL, …) or an input past a
 * documented limit. `error.issues` holds the problem in the shared shape (`path`, `value`, `message`).
 */
export class ArticleError extends Error {
  override name = 'ArticleError';
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues?: readonly ValidationIssue[]) {
    super(message);
    this.issues = issues ?? [{ path: '', value: undefined, message }];
  }
}

/** The error for one bad argument: `maxChars: 0 is not a whole number of characters ≥ 1`. */
export function argumentError(name: string, value: unknown, problem: string): ArticleError {
  const issue = issueOf(name, value, problem);
  return new ArticleError(issue.message, [issue]);
}

/**
 * Thrown by `parseArticle`, `parseSite` and `parseSiteStats`: lists every problem, each with its field path.
 * `error.issues` holds them one by one; the message counts them on its first line, then one per line.
 */
export class ArticleValidationError extends ArticleError {
  override name = 'ArticleValidationError';

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    super(issuesMessage(subject, issues), issues);
  }
}

/** How an error quotes a value: the shared `quoteValue` (strings JSON-quoted and cut, never throws). */
export const describeValue: (value: unknown) => string = quoteValue;

/**
 * What a public function throws for an `error` its body threw: `ArticleError`s as they are; an error from reading a
 * caller's value that cannot be read (a revoked Proxy, a getter or a Proxy trap that throws) as an `ArticleError`
 * naming where (`meta.authors[0] cannot be read (…)`), with the original as its `cause`; anything else, a fault of
 * this package, unchanged. `args` names the function's arguments as its errors do.
 */
export function ownError(error: unknown, args: Readonly<Record<string, unknown>>): unknown {
  return unreadableError(
    error,
    args,
    (e) => e instanceof ArticleError,
    (issue) => new ArticleError(issue.message, [issue]),
  );
}
