import { readDate } from './commemoration-date.js';
import { CommemorationError, type Issue, quote } from './commemoration-error.js';
import type { Commemoration } from './types.js';

const TEXT_FIELDS = ['id', 'name', 'date', 'scope', 'source', 'nameEn'] as const;
const FIELDS = [...TEXT_FIELDS.slice(0, 3), 'calendar', 'pinned', ...TEXT_FIELDS.slice(3)];

/**
 * Checks a list of commemorations (an array, or a JSON string of one) and returns a clean copy with
 * `calendar` defaulted to `"solar"`.
 * @throws CommemorationError listing every problem with its index and field,
 *   e.g. `[2].date: "1911-6-5" is not YYYY-MM-DD, …`.
 */
export function parseCommemorations(input: unknown): Commemoration[] {
  let list = input;
  if (typeof input === 'string') {
    try {
      list = JSON.parse(input);
    } catch (error) {
      throw new CommemorationError([{ path: '', message: `not valid JSON (${(error as Error).message})` }]);
    }
  }
  if (!Array.isArray(list)) {
    throw new CommemorationError([{ path: '', message: `${quote(list)} is not an array of commemorations` }]);
  }
  const issues: Issue[] = [];
  const seen = new Map<unknown, number>();
  const result = list.map((item: Record<string, unknown>, index) => {
    const at = `[${index}]`;
    const problem = (field: string, message: string) => issues.push({ path: `${at}.${field}`, message });
    if (typeof item !== 'object' || !item || Array.isArray(item)) {
      issues.push({ path: at, message: `${quote(item)} is not a commemoration object` });
      return item;
    }
    for (const key in item) {
      if (!FIELDS.includes(key)) problem(key, `unknown field; the fields are ${FIELDS.join(', ')}`);
    }
    TEXT_FIELDS.forEach((field, i) => {
      const value = item[field];
      // id, name and date are required; the other text fields are optional.
      if (value === undefined) {
        if (i < 3) problem(field, 'is missing');
      } else if (typeof value !== 'string' || !value.trim()) {
        problem(field, `${quote(value)} is not a non-empty string`);
      }
    });
    const first = seen.get(item.id);
    if (first !== undefined) problem('id', `${quote(item.id)} is already used by [${first}]`);
    else seen.set(item.id, index);
    const calendar = item.calendar ?? 'solar';
    if (calendar !== 'solar' && calendar !== 'lunar')
      problem('calendar', `${quote(calendar)} is not "solar" or "lunar"`);
    else if (typeof item.date === 'string') {
      const date = readDate(item.date, calendar === 'lunar');
      if (typeof date === 'string') problem('date', date);
    }
    if (item.pinned !== undefined && typeof item.pinned !== 'boolean') {
      problem('pinned', `${quote(item.pinned)} is not true or false`);
    }
    return { ...item, calendar };
  });
  if (issues.length) throw new CommemorationError(issues);
  return result as Commemoration[];
}
