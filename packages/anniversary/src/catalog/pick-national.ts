import { fail, Issues, readList, readOptions } from '../commemoration-error.js';
import { didYouMean } from '../did-you-mean.js';
import { LIMITS } from '../limits.js';
import type { Commemoration } from '../types.js';
import { NATIONAL_GROUPS, type NationalDay, nationalCatalog } from './national-catalog.js';

/** Which national days to take: catalog ids or group ids (`NATIONAL_GROUPS`). */
export interface NationalSpec {
  /** Only these days and groups; absent: the whole catalog. */
  include?: readonly string[];
  /** Leaves these days and groups out (applied after `include`). */
  exclude?: readonly string[];
}

/**
 * The national days a site chooses, in catalog order: `pickNational({ include: ["major", "doan"] })`,
 * `pickNational({ exclude: ["leaders"] })`; no spec gives the whole catalog.
 * @throws CommemorationError naming an unknown id (with a "did you mean" when one is close) or a spec
 *   that is not `{ include?: string[], exclude?: string[] }`.
 */
export function pickNational(
  spec: NationalSpec = {},
  catalog: readonly NationalDay[] = nationalCatalog,
): Commemoration[] {
  const { include: includeIds, exclude: excludeIds, ...rest } = readOptions<NationalSpec>(spec, 'spec');
  const days = readList<NationalDay>(catalog, 'catalog', 'national days', LIMITS.commemorations);
  days.forEach((d, index) => {
    if (typeof d !== 'object' || d === null || typeof d.id !== 'string')
      fail(`catalog[${index}]`, d, 'is not a national day');
  });
  const known = [...days.map((d) => d.id), ...Object.keys(NATIONAL_GROUPS)];
  const issues = new Issues();
  const read = (list: unknown, key: string): Set<unknown> | undefined => {
    if (list === undefined) return undefined;
    readList<unknown>(list, key, 'catalog or group ids', LIMITS.commemorations).forEach((id, index) => {
      if (typeof id !== 'string' || !known.includes(id)) {
        issues.add(
          `${key}[${index}]`,
          id,
          `is not a catalog or group id${typeof id === 'string' ? didYouMean(id, known) : ''}`,
        );
      }
    });
    return new Set(list as unknown[]);
  };
  const include = read(includeIds, 'include');
  const exclude = read(excludeIds, 'exclude');
  for (const [key, value] of Object.entries(rest)) issues.addLine(key, value, 'is not a field (include, exclude)');
  issues.check();
  const has = (ids: Set<unknown>, day: NationalDay) => ids.has(day.id) || ids.has(day.group);
  return days.filter((day) => (!include || has(include, day)) && !(exclude && has(exclude, day)));
}
