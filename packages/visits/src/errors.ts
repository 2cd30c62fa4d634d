/** One problem found in a value: where (`asOf`), what was there, and what is wrong with it. */
export interface ValidationIssue {
  /** The field path, e.g. `origins[0]`; `""` for the value as a whole. */
  path: string;
  /** The offending value as it was given. */
  value: unknown;
  /** The full line: `today: -1 is negative`. */
  message: string;
}

/** Thrown for an argument or a setting this package cannot use (a count below zero, a bad env variable, …). */
export class VisitsError extends Error {
  override name = 'VisitsError';
}

/**
 * Thrown by `parseSiteStats` and the service's configuration readers: lists every problem with its field path.
 * `error.issues` holds them one by one; the message holds them one per line.
 */
export class VisitsValidationError extends VisitsError {
  override name = 'VisitsValidationError';
  readonly issues: readonly ValidationIssue[];

  constructor(subject: string, issues: readonly ValidationIssue[]) {
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid ${subject} (${count}):\n${issues.map((issue) => `  ${issue.message}`).join('\n')}`);
    this.issues = issues;
  }
}

/** How an error quotes a value: strings JSON-quoted (and cut at 80 characters), objects by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (Array.isArray(value)) return 'an array';
  return `a${/^[aeiou]/.test(typeof value) ? 'n' : ''} ${typeof value}`;
}
