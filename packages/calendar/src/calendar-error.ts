import { type Issue, quoteValue } from './issue.js';

/** Thrown for a value the calendar cannot use; the message names the field, the value and the expected form. */
export class CalendarError extends Error {
  /** The one problem, in the shape every vnportal package's errors share. */
  declare readonly issues: readonly Issue[];
  // Assigned, not class fields: the script-tag build targets ES2021, where a field needs a helper.
  constructor(message: string, issues?: readonly Issue[]) {
    super(message);
    this.name = 'CalendarError';
    this.issues = issues ?? [{ path: '', value: undefined, message }];
  }
}

/**
 * The named fields of an object argument, read once. A value whose fields cannot be read (not an object, a
 * revoked Proxy, a getter that throws) is refused as `field: <value> <problem>`, never with a TypeError.
 */
export function readFields<K extends string>(
  value: unknown,
  field: string,
  keys: readonly K[],
  problem: string,
): Record<K, unknown> {
  try {
    if (value !== null && typeof value === 'object') {
      const fields = {} as Record<K, unknown>;
      for (const key of keys) fields[key] = (value as Record<K, unknown>)[key];
      return fields;
    }
  } catch {
    // Refused below, like any other value that is not such an object.
  }
  throw invalid(field, value, problem);
}

/** `value instanceof Date`, false (not a TypeError) for a revoked Proxy. */
export function isDate(value: unknown): value is Date {
  try {
    return value instanceof Date;
  } catch {
    return false;
  }
}

/** Whether `value` is a Date holding a time (not an invalid Date). */
export function isValidDate(value: unknown): value is Date {
  return isDate(value) && !Number.isNaN(value.getTime());
}

/** The error for a value that will not do: `invalid("day", "2024-02-30", "does not exist")` → `day: "2024-02-30" does not exist`. */
export function invalid(field: string, value: unknown, problem: string): CalendarError {
  // A caller's own field label is cut like a value, so no argument is echoed whole into the message; a label
  // that is not a string (a Symbol, an object) cannot be written, so the message says "value" instead.
  const path = typeof field === 'string' ? field : 'value';
  const message = `${path.length > 80 ? `${path.slice(0, 79)}…` : path}: ${quoteValue(value)} ${problem}`;
  return new CalendarError(message, [{ path, value, message }]);
}
