/** Thrown for a value the calendar cannot use; the message names the field, the value and the expected form. */
export class CalendarError extends Error {
  // Assigned, not a class field: the script-tag build targets ES2021, where a field needs a helper.
  constructor(message: string) {
    super(message);
    this.name = 'CalendarError';
  }
}

/** `"2024-02-30"` for strings, `2024` for numbers, `a Date` etc. for anything else: how an error quotes a value. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : `a Date (${value.toISOString()})`;
  return `a${Array.isArray(value) ? 'n array' : `n ${typeof value}`}`;
}

/** The error for a value that will not do: `invalid("day", "2024-02-30", "does not exist")` → `day: "2024-02-30" does not exist`. */
export function invalid(field: string, value: unknown, problem: string): CalendarError {
  return new CalendarError(`${field}: ${describeValue(value)} ${problem}`);
}
