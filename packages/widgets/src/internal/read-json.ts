import { type Commemoration, CommemorationError, parseCommemorations } from '@vnportal/anniversary';
import type { Problem } from './problems.js';

/** What one list may hold; past these the rest is dropped with a warning, so no input stalls the page. */
export const LIMITS = {
  /** Entries read from one list (inline or `src`). */
  entries: 1000,
  /** Characters kept of a name. */
  nameLength: 300,
  /** Characters of JSON parsed whole (about 20 ms); a longer text is scanned and only its first entries parsed. */
  jsonLength: 1_500_000,
  /** Warnings said about one list; the rest are counted in one last line. */
  warnings: 10,
} as const;

/** A national mourning period (Quốc tang): from and to are calendar days, both included. */
export interface Mourning {
  from: string;
  to: string;
  message: string;
}

export interface ReadList {
  list: Commemoration[];
  mourning: Mourning | undefined;
  problems: Problem[];
}

/**
 * Parses and reads a JSON text when that is quick and it is valid; `undefined` when it needs the recovering
 * reader (`recover-json.ts`, loaded only then): a syntax error, or a text longer than `LIMITS.jsonLength`.
 */
export function readJsonQuickly(text: string, from: string | undefined): ReadList | undefined {
  if (text.length > LIMITS.jsonLength) return undefined;
  let data: unknown;
  try {
    // A byte-order mark is what Windows editors often put before Vietnamese text: not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  return readList(data, from);
}

const REQUIRED = new Set(['id', 'name', 'date', 'calendar']);

/**
 * Reads parsed JSON as a site's list: an array of commemorations, or `{ "commemorations": [...], "mourning": {...} }`
 * (a provincial centre's shared file). Keeps every entry it can: one bad optional field is left out of its
 * entry, a bad required field drops the entry; each problem is one warning naming the entry and the field.
 */
export function readList(data: unknown, from: string | undefined): ReadList {
  const problems: Problem[] = [];
  let entries: unknown = data;
  let mourning: Mourning | undefined;
  if (isRecord(data)) {
    for (const key of Object.keys(data)) {
      if (key !== 'commemorations' && key !== 'mourning') problems.push({ code: 'object-key', from, key });
    }
    entries = Object.hasOwn(data, 'commemorations') ? data.commemorations : [];
    if (Object.hasOwn(data, 'mourning')) {
      mourning = readMourning(data.mourning);
      if (!mourning) problems.push({ code: 'bad-mourning', from });
    }
  }
  if (!Array.isArray(entries)) {
    problems.push({ code: 'not-a-list', from });
    return { list: [], mourning, problems };
  }
  if (entries.length > LIMITS.entries) {
    problems.push({ code: 'too-many', from, count: entries.length, limit: LIMITS.entries });
    entries = entries.slice(0, LIMITS.entries);
  }
  const list: Commemoration[] = [];
  const ids = new Map<string, number>();
  (entries as unknown[]).forEach((entry, index) => {
    const c = readEntry(entry, from, index, problems);
    if (!c) return;
    const first = ids.get(c.id);
    if (first !== undefined) problems.push({ code: 'duplicate-id', from, index, id: c.id, first });
    else {
      ids.set(c.id, index);
      list.push(c);
    }
  });
  if (problems.length > LIMITS.warnings) {
    problems.splice(LIMITS.warnings - 1, Infinity, {
      code: 'more-problems',
      from,
      more: problems.length - LIMITS.warnings + 1,
    });
  }
  return { list, mourning, problems };
}

function readEntry(
  entry: unknown,
  from: string | undefined,
  index: number,
  problems: Problem[],
): Commemoration | undefined {
  if (!isRecord(entry)) {
    problems.push({ code: 'not-an-entry', from, index });
    return undefined;
  }
  // Own keys only, into an object with no prototype: keys an old polyfill adds to Object.prototype are not ours.
  const clean: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(entry)) clean[key] = entry[key];
  const name = clean.name;
  if (typeof name === 'string' && name.length > LIMITS.nameLength) {
    problems.push({ code: 'too-long', from, index, what: 'name', length: name.length, limit: LIMITS.nameLength });
    clean.name = name.slice(0, LIMITS.nameLength);
  }
  for (;;) {
    try {
      return parseCommemorations([clean])[0];
    } catch (error) {
      if (!(error instanceof CommemorationError)) throw error;
      const fields = error.issues.map((issue) => issue.path.replace(/^\[0\]\.?/, ''));
      const message = error.message.replaceAll('[0].', '');
      if (fields.some((field) => REQUIRED.has(field) || !field)) {
        problems.push({ code: 'entry-dropped', from, index, message, fields: fields.join(', ') });
        return undefined;
      }
      for (const field of fields) delete clean[field];
      problems.push({ code: 'field-dropped', from, index, message, fields: fields.join(', ') });
    }
  }
}

function readMourning(value: unknown): Mourning | undefined {
  const day = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v);
  if (!isRecord(value) || !day(value.from) || !day(value.to) || value.from > value.to) return undefined;
  const message = typeof value.message === 'string' ? value.message.trim() : '';
  return message ? { from: value.from, to: value.to, message: message.slice(0, LIMITS.nameLength) } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
