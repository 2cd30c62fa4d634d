import { CommemorationError, type Issue, isNot } from './commemoration-error.js';
import type { Commemoration } from './types.js';

/** The ids of a list, or issues naming each entry that has none and each id found twice. */
function idsOf(list: unknown, name: string, issues: Issue[]): Map<string, number> {
  const ids = new Map<string, number>();
  if (!Array.isArray(list)) {
    issues.push({ path: name, message: isNot(list, 'an array of commemorations') });
    return ids;
  }
  list.forEach((entry: unknown, index) => {
    const id = typeof entry === 'object' && entry ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string') {
      issues.push({ path: `${name}[${index}].id`, message: isNot(id, 'a string') });
    } else if (ids.has(id)) {
      issues.push({ path: `${name}[${index}].id`, message: isNot(id, `unique (${name}[${ids.get(id)}] has it too)`) });
    } else ids.set(id, index);
  });
  return ids;
}

/**
 * One list where entries sharing an id are one entry: each override replaces the base entry of its id and
 * inherits the fields it does not set (`{ ...base, ...override }`, so a site's rewording keeps the catalog's
 * `nameEn`, `observance` and `source`). The overrides come first, in their order, then the base entries
 * not overridden, in base order.
 * @throws CommemorationError when either list is not an array, an entry has no string id, or an id is
 *   found twice in one list.
 */
export function mergeById(base: readonly Commemoration[], overrides: readonly Commemoration[]): Commemoration[] {
  const issues: Issue[] = [];
  const baseIds = idsOf(base, 'base', issues);
  const overrideIds = idsOf(overrides, 'overrides', issues);
  if (issues.length) throw new CommemorationError(issues);
  return [
    ...overrides.map((entry) => {
      const index = baseIds.get(entry.id);
      return index === undefined ? entry : { ...base[index]!, ...entry };
    }),
    ...base.filter((entry) => !overrideIds.has(entry.id)),
  ];
}
