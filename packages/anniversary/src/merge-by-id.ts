import { Issues, ownError, readList } from './commemoration-error.js';
import { LIMITS } from './limits.js';
import type { Commemoration } from './types.js';

/** The ids of a list by index, collecting an issue for each entry without a string id and each id found twice. */
function idsOf(list: readonly unknown[], name: string, issues: Issues): Map<string, number> {
  const ids = new Map<string, number>();
  list.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null | undefined)?.id;
    const path = `${name}[${index}].id`;
    if (typeof id !== 'string') issues.add(path, id, 'is not a string');
    else if (ids.has(id)) issues.add(path, id, `is not unique (${name}[${ids.get(id)}] has it too)`);
    else ids.set(id, index);
  });
  return ids;
}

/**
 * One list where entries sharing an id are one entry: each override replaces the base entry of its id and
 * inherits the fields it does not set (`{ ...base, ...override }`, so a site's rewording keeps the catalog's
 * `nameEn`, `observance` and `source`). The overrides come first, in their order, then the base entries
 * not overridden, in base order.
 * @throws CommemorationError when either list is not an array (or is longer than `LIMITS.commemorations`),
 *   an entry has no string id, or an id is found twice in one list.
 */
export function mergeById(base: readonly Commemoration[], overrides: readonly Commemoration[]): Commemoration[] {
  try {
    const baseList = readList<Commemoration>(base, 'base', 'commemorations', LIMITS.commemorations);
    const overrideList = readList<Commemoration>(overrides, 'overrides', 'commemorations', LIMITS.commemorations);
    const issues = new Issues();
    idsOf(baseList, 'base', issues);
    idsOf(overrideList, 'overrides', issues);
    issues.check();
    return mergeByIdCore(baseList, overrideList);
  } catch (error) {
    throw ownError(error, { base, overrides });
  }
}

/** The core of `mergeById`, unchecked: every entry has a string id, unique within its list. */
export function mergeByIdCore(base: readonly Commemoration[], overrides: readonly Commemoration[]): Commemoration[] {
  const byId = new Map(base.map((entry) => [entry.id, entry]));
  const overridden = new Set(overrides.map((entry) => entry.id));
  return [
    ...overrides.map((entry) => {
      const baseEntry = byId.get(entry.id);
      return baseEntry ? { ...baseEntry, ...entry } : entry;
    }),
    ...base.filter((entry) => !overridden.has(entry.id)),
  ];
}
