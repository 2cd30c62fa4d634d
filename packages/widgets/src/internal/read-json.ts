import { type Commemoration, CommemorationError, parseCommemorations } from '@vnportal/anniversary';
import type { Warning } from './warn.js';

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
  warnings: Warning[];
}

/**
 * Parses and reads a JSON text when that is quick and it is valid; `undefined` when it needs the recovering
 * reader (`recover-json.ts`, loaded only then): a syntax error, or a text longer than `LIMITS.jsonLength`.
 */
export function readJsonQuickly(text: string, where: string): ReadList | undefined {
  if (text.length > LIMITS.jsonLength) return undefined;
  let data: unknown;
  try {
    // A byte-order mark is what Windows editors often put before Vietnamese text: not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  return readList(data, where);
}

const REQUIRED = new Set(['id', 'name', 'date', 'calendar']);

/**
 * Reads parsed JSON as a site's list: an array of commemorations, or `{ "commemorations": [...], "mourning": {...} }`
 * (a provincial centre's shared file). Keeps every entry it can: one bad optional field is left out of its
 * entry, a bad required field drops the entry; each problem is one warning naming the entry and the field.
 */
export function readList(data: unknown, where: string): ReadList {
  const warnings: Warning[] = [];
  let entries: unknown = data;
  let mourning: Mourning | undefined;
  if (isRecord(data)) {
    for (const key of Object.keys(data)) {
      if (key !== 'commemorations' && key !== 'mourning') {
        warnings.push({
          vi: `${where}: khoá "${key}" không dùng được; tệp dạng đối tượng chỉ có "commemorations" và "mourning".`,
          en: `${where}: key "${key}" is not used; an object file has only "commemorations" and "mourning".`,
        });
      }
    }
    entries = Object.hasOwn(data, 'commemorations') ? data.commemorations : [];
    if (Object.hasOwn(data, 'mourning')) mourning = readMourning(data.mourning, where, warnings);
  }
  if (!Array.isArray(entries)) {
    warnings.push({
      vi: `${where}: cần một danh sách JSON [ {"id", "name", "date"}, … ]; không hiển thị gì từ nguồn này.`,
      en: `${where}: expected a JSON list [ {"id", "name", "date"}, … ]; nothing from it is shown.`,
    });
    return { list: [], mourning, warnings };
  }
  if (entries.length > LIMITS.entries) {
    warnings.push({
      vi: `${where}: ${entries.length} mục, quá giới hạn ${LIMITS.entries}; chỉ đọc ${LIMITS.entries} mục đầu.`,
      en: `${where}: ${entries.length} entries, over the limit of ${LIMITS.entries}; reading the first ${LIMITS.entries}.`,
    });
    entries = entries.slice(0, LIMITS.entries);
  }
  const list: Commemoration[] = [];
  const ids = new Map<string, number>();
  (entries as unknown[]).forEach((entry, index) => {
    const c = readEntry(entry, `${where} [${index}]`, warnings);
    if (!c) return;
    const first = ids.get(c.id);
    if (first !== undefined) {
      warnings.push({
        vi: `${where} [${index}]: id "${c.id}" trùng với mục [${first}]; bỏ qua mục sau. Mỗi id chỉ dùng một lần.`,
        en: `${where} [${index}]: id "${c.id}" repeats entry [${first}]; leaving out the later one. Use each id once.`,
      });
      return;
    }
    ids.set(c.id, index);
    list.push(c);
  });
  return { list, mourning, warnings: capWarnings(warnings, where) };
}

function readEntry(entry: unknown, at: string, warnings: Warning[]): Commemoration | undefined {
  if (!isRecord(entry)) {
    warnings.push({
      vi: `${at}: không phải một mục {"id", "name", "date"}; bỏ qua.`,
      en: `${at}: not an entry {"id", "name", "date"}; left out.`,
    });
    return undefined;
  }
  // Own keys only, into an object with no prototype: keys an old polyfill adds to Object.prototype are not ours.
  const clean: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(entry)) clean[key] = entry[key];
  const name = clean.name;
  if (typeof name === 'string' && name.length > LIMITS.nameLength) {
    warnings.push({
      vi: `${at}: tên dài ${name.length} ký tự, quá giới hạn ${LIMITS.nameLength}; chỉ hiện ${LIMITS.nameLength} ký tự đầu.`,
      en: `${at}: the name is ${name.length} characters, over the limit of ${LIMITS.nameLength}; showing the first ${LIMITS.nameLength}.`,
    });
    clean.name = name.slice(0, LIMITS.nameLength);
  }
  for (;;) {
    try {
      return parseCommemorations([clean])[0];
    } catch (error) {
      if (!(error instanceof CommemorationError)) throw error;
      const fields = error.issues.map((issue) => issue.path.replace(/^\[0\]\.?/, ''));
      const required = fields.filter((field) => REQUIRED.has(field) || !field);
      if (required.length) {
        warnings.push({
          vi: `${at}: ${error.message.replaceAll('[0].', '')}. Sửa trường ${required.join(', ')}; mục này chưa được hiển thị.`,
          en: `${at}: ${error.message.replaceAll('[0].', '')}. Fix ${required.join(', ')}; this entry is not shown until then.`,
        });
        return undefined;
      }
      for (const field of fields) delete clean[field];
      warnings.push({
        vi: `${at}: ${error.message.replaceAll('[0].', '')}. Mục vẫn hiển thị, bỏ qua trường ${fields.join(', ')}; hãy sửa lại.`,
        en: `${at}: ${error.message.replaceAll('[0].', '')}. The entry still shows without ${fields.join(', ')}; fix it.`,
      });
    }
  }
}

function readMourning(value: unknown, where: string, warnings: Warning[]): Mourning | undefined {
  const ok =
    isRecord(value) &&
    typeof value.from === 'string' &&
    typeof value.to === 'string' &&
    /^\d{4}-\d\d-\d\d$/.test(value.from) &&
    /^\d{4}-\d\d-\d\d$/.test(value.to) &&
    value.from <= value.to &&
    typeof value.message === 'string' &&
    value.message.trim() !== '';
  if (ok) return { from: value.from as string, to: value.to as string, message: (value.message as string).trim() };
  warnings.push({
    vi: `${where}: "mourning" cần dạng {"from": "2024-07-20", "to": "2024-07-21", "message": "…"} (from ≤ to); không áp dụng.`,
    en: `${where}: "mourning" needs {"from": "2024-07-20", "to": "2024-07-21", "message": "…"} (from ≤ to); not applied.`,
  });
  return undefined;
}

function capWarnings(warnings: Warning[], where: string): Warning[] {
  if (warnings.length <= LIMITS.warnings) return warnings;
  const more = warnings.length - LIMITS.warnings + 1;
  return [
    ...warnings.slice(0, LIMITS.warnings - 1),
    {
      vi: `${where}: còn ${more} lỗi khác trong danh sách này.`,
      en: `${where}: ${more} more problems in this list.`,
    },
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
