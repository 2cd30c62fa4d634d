import { fail, Issues, ownError, readList, readOptions } from '../commemoration-error.js';
import { didYouMean } from '../did-you-mean.js';
import { LIMITS } from '../limits.js';
import { NATIONAL_GROUPS, type NationalDay } from './national-catalog.js';

/** Which national days to take: catalog ids or group ids (`NATIONAL_GROUPS`). */
export interface NationalSpec {
  /** Only these days and groups; absent: the whole catalog. */
  include?: readonly string[];
  /** Leaves these days and groups out (applied after `include`). */
  exclude?: readonly string[];
}

/** An id of a spec that names no day and no group: where it is (`include[2]`) and what it is. */
export interface UnknownNationalId {
  key: 'include' | 'exclude';
  index: number;
  id: unknown;
}

/**
 * The rule that chooses national days, unchecked and without the readable catalog, for code that has read its
 * spec already (the script-tag widget passes its own compact rows): the days of `catalog` that `include` names
 * (all when it is absent) and `exclude` does not, in catalog order, each by its `id` or its `group`. `unknown`
 * lists the ids that name neither a day nor one of `groups` (default: the groups the catalog's days have).
 */
export function chooseNational<T extends { id: string; group: string }>(
  spec: NationalSpec,
  catalog: readonly T[],
  groups: readonly string[] = catalog.map((day) => day.group),
): { days: T[]; unknown: UnknownNationalId[] } {
  const known = new Set<unknown>([...catalog.map((day) => day.id), ...groups]);
  const unknown: UnknownNationalId[] = [];
  const read = (key: 'include' | 'exclude'): Set<unknown> | undefined => {
    const ids = spec[key];
    ids?.forEach((id, index) => {
      if (!known.has(id)) unknown.push({ key, index, id });
    });
    return ids && new Set(ids);
  };
  const include = read('include');
  const exclude = read('exclude');
  const has = (ids: Set<unknown> | undefined, day: T) => !!ids && (ids.has(day.id) || ids.has(day.group));
  return { days: catalog.filter((day) => (!include || has(include, day)) && !has(exclude, day)), unknown };
}

/**
 * `pickNational` for a catalog given explicitly: the same checks and errors, and no default catalog, so a
 * bundle that passes its own rows does not carry the readable one.
 * @throws CommemorationError naming an unknown id (with a "did you mean" when one is close) or a spec
 *   that is not `{ include?: string[], exclude?: string[] }`.
 */
export function pickNationalFrom<T extends Pick<NationalDay, 'id'> & { group: string }>(
  catalog: readonly T[],
  spec: NationalSpec = {},
): T[] {
  try {
    const { include, exclude, ...rest } = readOptions<NationalSpec>(spec, 'spec');
    const days = readList<T>(catalog, 'catalog', 'national days', LIMITS.commemorations);
    days.forEach((d, index) => {
      if (typeof d !== 'object' || d === null || typeof d.id !== 'string')
        fail(`catalog[${index}]`, d, 'is not a national day');
    });
    const issues = new Issues();
    if (include !== undefined) readList<unknown>(include, 'include', 'catalog or group ids', LIMITS.commemorations);
    if (exclude !== undefined) readList<unknown>(exclude, 'exclude', 'catalog or group ids', LIMITS.commemorations);
    const groups = Object.keys(NATIONAL_GROUPS);
    const chosen = chooseNational({ include, exclude }, days, groups);
    const known = [...days.map((d) => d.id), ...groups];
    for (const { key, index, id } of chosen.unknown) {
      const hint = typeof id === 'string' ? didYouMean(id, known) : '';
      issues.add(`${key}[${index}]`, id, `is not a catalog or group id${hint}`);
    }
    for (const [key, value] of Object.entries(rest)) issues.addLine(key, value, 'is not a field (include, exclude)');
    issues.check();
    return chosen.days;
  } catch (error) {
    throw ownError(error, { catalog, spec });
  }
}
