import { lunarToSolar } from '@vnportal/calendar';
import { readDate } from './commemoration-date.js';
import { CommemorationError, type Issue, isNot } from './commemoration-error.js';
import type { Commemoration } from './types.js';

const FIELDS = ['id', 'name', 'date', 'scope', 'source', 'nameEn', 'calendar', 'pinned', 'observance'];

/**
 * Checks a list of commemorations (an array, or a JSON string of one) and returns a copy with
 * `calendar` defaulted to `"solar"`. Unknown fields are errors, so a typo ("pined") is not lost.
 * @throws CommemorationError listing every problem with its index and field,
 *   e.g. `[2].date: "1911-6-5" is not YYYY-MM-DD, YYYY-MM or --MM-DD`.
 */
export function parseCommemorations(input: unknown): Commemoration[] {
  const issues: Issue[] = [];
  const problem = (path: string, message: string) => issues.push({ path, message });
  let list = input;
  try {
    // A byte-order mark is what Windows editors often put before Vietnamese text: not part of the JSON.
    if (typeof input === 'string') list = JSON.parse(input.replace(/^\uFEFF/, ''));
  } catch (error) {
    problem('', `not valid JSON (${(error as Error).message})`);
  }
  if (!issues.length && !Array.isArray(list)) problem('', isNot(list, 'an array of commemorations'));
  const seen = new Map<unknown, number>();
  const result = issues.length
    ? []
    : (list as Record<string, unknown>[]).map((item, index) => {
        const at = (field: string, message: string) => problem(`[${index}].${field}`, message);
        if (typeof item !== 'object' || !item || Array.isArray(item)) {
          problem(`[${index}]`, isNot(item, 'a commemoration object'));
          return item;
        }
        for (const key in item) if (!FIELDS.includes(key)) at(key, `is not a field (${FIELDS.join(', ')})`);
        const { id, calendar = 'solar', pinned } = item;
        FIELDS.slice(0, 6).forEach((field, i) => {
          const value = item[field];
          // id, name and date are required; scope, source and nameEn are optional.
          if ((value !== undefined || i < 3) && (typeof value !== 'string' || !value.trim())) {
            at(field, isNot(value, 'a non-empty string'));
          }
        });
        const first = seen.get(id);
        if (first !== undefined) at('id', isNot(id, `unique ([${first}] has it too)`));
        else if (typeof id === 'string') seen.set(id, index);
        if (calendar !== 'solar' && calendar !== 'lunar') at('calendar', isNot(calendar, '"solar" or "lunar"'));
        const date = readDate(item.date, calendar === 'lunar');
        if (typeof date === 'string') {
          if (typeof item.date === 'string') at('date', date);
        } else if (calendar === 'lunar' && date.year) {
          try {
            lunarToSolar({ year: date.year, month: date.month, day: date.day ?? 1 });
          } catch (error) {
            at('date', isNot(item.date, `a lunar date that exists (${(error as Error).message})`));
          }
        }
        if (pinned !== undefined && typeof pinned !== 'boolean') at('pinned', isNot(pinned, 'true or false'));
        const { observance } = item;
        if (observance !== undefined && observance !== 'yearly' && observance !== 'round-years') {
          at('observance', isNot(observance, '"yearly" or "round-years"'));
        } else if (observance === 'round-years' && typeof date !== 'string' && date.year === null) {
          at('observance', `"round-years" needs a date with a year (${JSON.stringify(item.date)} counts no years)`);
        }
        return { ...item, calendar };
      });
  if (issues.length) throw new CommemorationError(issues);
  return result as Commemoration[];
}
