import { type Commemoration, CommemorationError, parseCommemorations } from '@vnportal/anniversary';
import { COMMEMORATION_FIELDS } from '@vnportal/anniversary/core';
import { isDay } from '@vnportal/calendar';
import { lunarToSolarCore } from '@vnportal/calendar/core';
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

/** What `parseJson` returns for a text the recovering reader must read: a syntax error, or longer than the limit. */
export const BROKEN = Symbol('broken JSON');

/** The parsed JSON, or `BROKEN` for a text `recover-json.ts` (loaded only then) must read. */
export function parseJson(text: string): unknown {
  if (text.length > LIMITS.jsonLength) return BROKEN;
  try {
    // A byte-order mark is what Windows editors often put before Vietnamese text: not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return BROKEN;
  }
}

/**
 * Parses and reads a JSON text when that is quick and it is valid; `undefined` when it needs the recovering
 * reader (`recover-json.ts`, loaded only then): a syntax error, or a text longer than `LIMITS.jsonLength`.
 */
export function readJsonQuickly(text: string, from: string | undefined): ReadList | undefined {
  const data = parseJson(text);
  return data === BROKEN ? undefined : readList(data, from);
}

/**
 * The happy path of `readList`, without the precise checks and their sentences: the same list when every entry
 * is plainly right (no problem to report), else `undefined`, and the caller loads `readList` (check.ts) to say
 * what is wrong. It takes less than `readList` accepts (a lunar leap-month date, names near the limit), never more.
 */
export function readListQuickly(data: unknown): ReadList | undefined {
  let entries: unknown = data;
  let mourning: Mourning | undefined;
  if (isRecord(data)) {
    if (Object.keys(data).some((key) => key !== 'commemorations' && key !== 'mourning')) return undefined;
    entries = Object.hasOwn(data, 'commemorations') ? data.commemorations : [];
    if (Object.hasOwn(data, 'mourning')) {
      mourning = readMourning(data.mourning);
      if (!mourning?.message) return undefined;
    }
  }
  if (!Array.isArray(entries) || entries.length > LIMITS.entries) return undefined;
  const list: Commemoration[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    const c = quickEntry(entry);
    if (!c || ids.has(c.id)) return undefined;
    ids.add(c.id);
    list.push(c);
  }
  return { list, mourning, problems: [] };
}

/** One entry as `parseCommemorations` returns it, when it is plainly right; else undefined. */
function quickEntry(entry: unknown): Commemoration | undefined {
  if (!isRecord(entry)) return undefined;
  // Own keys only (as readEntry reads them): keys an old polyfill adds to Object.prototype are not ours.
  const c: Record<string, unknown> = Object.assign(Object.create(null), entry);
  const text = (field: string, optional?: boolean) => {
    const value = c[field];
    return (
      (optional && value === undefined) ||
      (typeof value === 'string' && !!value.trim() && value.length <= LIMITS.nameLength)
    );
  };
  const { calendar = 'solar', pinned, observance = 'yearly', leap, date } = c;
  const ok =
    Object.keys(c).every((key) => COMMEMORATION_FIELDS.includes(key)) &&
    text('id') &&
    text('name') &&
    text('scope', true) &&
    text('source', true) &&
    text('nameEn', true) &&
    (pinned === undefined || typeof pinned === 'boolean') &&
    (leap === undefined || leap === false) &&
    (observance === 'yearly' || observance === 'round-years') &&
    (calendar === 'solar' || calendar === 'lunar') &&
    typeof date === 'string' &&
    quickDate(date, calendar === 'lunar', observance === 'round-years');
  return ok ? ({ ...c, calendar } as Commemoration) : undefined;
}

/** `YYYY-MM-DD`, `YYYY-MM` or `--MM-DD` that exists (in the lunar calendar when `lunar`), with a year if it must count. */
function quickDate(date: string, lunar: boolean, counts: boolean): boolean {
  const m = /^(?:(\d{4})|-)-(\d\d)(?:-(\d\d))?$/.exec(date);
  if (!m) return false;
  const [, year, month, day] = m;
  if (year ? year < '1000' : counts || !day) return false;
  if (!lunar) return isDay(`${year ?? '2000'}-${month}-${day ?? '01'}`);
  // A lunar month has days 1 to 30; which years' months have a 30th is the lunar table's to say.
  if (!isDay(`2000-${month}-01`) || (day && (+day < 1 || +day > 30))) return false;
  return !year || lunarToSolarCore(+year, +month!, day ? +day : 1) !== undefined;
}

const REQUIRED = new Set(['id', 'name', 'date', 'calendar']);

/**
 * The anniversary package writes its issues in English; a webmaster reads the Vietnamese sentence, so each phrase
 * it writes about an entry is said in Vietnamese there (longer phrases first), the path and quoted value kept.
 */
const VIETNAMESE: readonly (readonly [string, string])[] = [
  ['is not YYYY-MM-DD, YYYY-MM or --MM-DD', 'không đúng dạng YYYY-MM-DD, YYYY-MM hay --MM-DD'],
  ['is not a lunar date (months 1 to 12, days 1 to 30)', 'không phải ngày âm lịch (tháng 1 đến 12, ngày 1 đến 30)'],
  ['is not a lunar date that exists', 'không phải ngày âm lịch có thật'],
  ['is not a day in the form YYYY-MM-DD', 'không phải ngày dạng YYYY-MM-DD'],
  ['is not a day that exists', 'không phải ngày có thật'],
  ['is not a commemoration object', 'không phải một mục {"id", "name", "date"}'],
  ['is not a non-empty string', 'không phải chuỗi chữ có nội dung'],
  ['is not a field', 'không phải trường dữ liệu'],
  ['is not true or false', 'không phải true hay false'],
  [' or "', ' hay "'],
  ['is not "', 'không phải "'],
  ['is not unique', 'bị trùng'],
  ['has it too', 'cũng có'],
  ['is longer than', 'dài hơn'],
  ['characters', 'ký tự'],
  ['is missing', 'bị thiếu'],
];
const inVietnamese = (message: string) => VIETNAMESE.reduce((text, [en, vi]) => text.replaceAll(en, vi), message);

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
    // One entry without the [ ] around it: say that, not that each of its keys is no key of a shared file.
    if (!Object.hasOwn(data, 'commemorations') && ['id', 'name', 'date'].some((key) => Object.hasOwn(data, key))) {
      problems.push({ code: 'not-a-list', from, entry: 1 });
      return { list: [], mourning: undefined, problems };
    }
    for (const key of Object.keys(data)) {
      if (key !== 'commemorations' && key !== 'mourning') problems.push({ code: 'object-key', from, key });
    }
    entries = Object.hasOwn(data, 'commemorations') ? data.commemorations : [];
    if (Object.hasOwn(data, 'mourning')) {
      mourning = readMourning(data.mourning);
      if (!mourning?.message) problems.push({ code: 'bad-mourning', from });
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
      // Issue by issue, without the English count line of a several-issue message.
      const messageVi = error.issues.map((issue) => inVietnamese(issue.message.replaceAll('[0].', ''))).join('; ');
      const problem = { from, index, message, messageVi, fields: fields.join(', ') };
      if (fields.some((field) => REQUIRED.has(field) || !field)) {
        problems.push({ code: 'entry-dropped', ...problem });
        return undefined;
      }
      for (const field of fields) delete clean[field];
      problems.push({ code: 'field-dropped', ...problem });
    }
  }
}

/** A period with valid days; its message is empty when missing (the banner then shows nothing on those days). */
function readMourning(value: unknown): Mourning | undefined {
  const day = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v);
  if (!isRecord(value) || !day(value.from) || !day(value.to) || value.from > value.to) return undefined;
  const message = typeof value.message === 'string' ? value.message.trim() : '';
  return { from: value.from, to: value.to, message: message.slice(0, LIMITS.nameLength) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
