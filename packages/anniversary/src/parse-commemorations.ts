import { lunarToSolar } from '@vnportal/calendar';
import { readDate } from './commemoration-date.js';
import { CommemorationError, fail, Issues, ownError } from './commemoration-error.js';
import { COMMEMORATION_FIELDS } from './fields.js';
import { LIMITS } from './limits.js';
import type { Commemoration } from './types.js';

const FIELDS = COMMEMORATION_FIELDS;
const TEXT_FIELDS = FIELDS.slice(0, 6);

/** Reads the JSON text of a list, or the list itself; throws for text past the limit or that does not parse. */
function readInput(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  if (input.length > LIMITS.jsonLength) {
    fail('', input, `is longer than ${LIMITS.jsonLength.toLocaleString('en')} characters of JSON`);
  }
  try {
    // A byte-order mark is what Windows editors often put before Vietnamese text: not part of the JSON.
    return JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CommemorationError([{ path: '', value: input, message: `not valid JSON (${(error as Error).message})` }]);
  }
}

/** Checks one entry, adding its problems to `issues`. */
function checkEntry(item: unknown, index: number, seen: Map<unknown, number>, issues: Issues): unknown {
  const at = (field: string, value: unknown, problem: string) => issues.add(`[${index}].${field}`, value, problem);
  if (typeof item !== 'object' || !item || Array.isArray(item)) {
    issues.add(`[${index}]`, item, 'is not a commemoration object');
    return item;
  }
  const entry = item as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!FIELDS.includes(key)) issues.addLine(`[${index}].${key}`, entry[key], `is not a field (${FIELDS.join(', ')})`);
  }
  const { id, calendar = 'solar', pinned, observance, leap } = entry;
  TEXT_FIELDS.forEach((field, i) => {
    const value = entry[field];
    // id, name and date are required; scope, source and nameEn are optional.
    if ((value !== undefined || i < 3) && (typeof value !== 'string' || !value.trim())) {
      at(field, value, 'is not a non-empty string');
    } else if (typeof value === 'string' && value.length > LIMITS.nameLength) {
      at(field, value, `is longer than ${LIMITS.nameLength.toLocaleString('en')} characters`);
    }
  });
  const first = seen.get(id);
  if (first !== undefined) at('id', id, `is not unique ([${first}] has it too)`);
  else if (typeof id === 'string') seen.set(id, index);
  if (calendar !== 'solar' && calendar !== 'lunar') at('calendar', calendar, 'is not "solar" or "lunar"');
  const date = readDate(entry.date, calendar === 'lunar');
  if (typeof date === 'string') {
    if (typeof entry.date === 'string' && entry.date.trim()) at('date', entry.date, date);
  } else if (calendar === 'lunar' && date.year) {
    try {
      lunarToSolar({ year: date.year, month: date.month, day: date.day ?? 1, leap: leap === true });
    } catch (error) {
      at('date', entry.date, `is not a lunar date that exists (${(error as Error).message.replace(/^[^:]*: /, '')})`);
    }
  }
  if (pinned !== undefined && typeof pinned !== 'boolean') at('pinned', pinned, 'is not true or false');
  if (leap !== undefined && typeof leap !== 'boolean') at('leap', leap, 'is not true or false');
  // A leap month is a month of one lunar year: a yearly or month-only date has none.
  else if (leap && (calendar !== 'lunar' || typeof date === 'string' || !date.year || !date.day)) {
    at('leap', leap, 'needs a lunar YYYY-MM-DD date (calendar "lunar")');
  }
  if (observance !== undefined && observance !== 'yearly' && observance !== 'round-years') {
    at('observance', observance, 'is not "yearly" or "round-years"');
  } else if (observance === 'round-years' && typeof date !== 'string' && date.year === null) {
    at('observance', observance, `needs a date with a year (${JSON.stringify(entry.date)} counts no years)`);
  }
  return { ...entry, calendar };
}

/**
 * Checks a list of commemorations (an array, or a JSON string of one) and returns a copy with
 * `calendar` defaulted to `"solar"`. Unknown fields are errors, so a typo ("pined") is not lost.
 * @throws CommemorationError listing the problems with their index and field (at most `MAX_ISSUES`, the
 *   rest counted), e.g. `[2].date: "1911-6-5" is not YYYY-MM-DD, YYYY-MM or --MM-DD`; for JSON text longer
 *   than `LIMITS.jsonLength` or a list longer than `LIMITS.commemorations`.
 */
export function parseCommemorations(input: unknown): Commemoration[] {
  try {
    const list = readInput(input);
    if (!Array.isArray(list)) fail('', list, 'is not an array of commemorations');
    if (list.length > LIMITS.commemorations) {
      fail(
        '',
        list,
        `has ${list.length.toLocaleString('en')} entries; at most ${LIMITS.commemorations.toLocaleString('en')} are read`,
      );
    }
    const issues = new Issues();
    const seen = new Map<unknown, number>();
    const result = list.map((item, index) => checkEntry(item, index, seen, issues));
    issues.check();
    return result as Commemoration[];
  } catch (error) {
    throw ownError(error, { '': input });
  }
}
