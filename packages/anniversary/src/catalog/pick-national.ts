import { CommemorationError, type Issue, isNot } from '../commemoration-error.js';
import { didYouMean } from '../did-you-mean.js';
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
  const issues: Issue[] = [];
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new CommemorationError([
      { path: 'spec', message: isNot(spec, 'an object such as { include: ["major"], exclude: ["tdt"] }') },
    ]);
  }
  if (!Array.isArray(catalog)) {
    throw new CommemorationError([{ path: 'catalog', message: isNot(catalog, 'an array of national days') }]);
  }
  const known = [...catalog.map((d) => d.id), ...Object.keys(NATIONAL_GROUPS)];
  const read = (key: 'include' | 'exclude'): Set<string> | undefined => {
    const list: unknown = spec[key];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) {
      issues.push({ path: key, message: isNot(list, 'an array of catalog or group ids') });
      return undefined;
    }
    list.forEach((id: unknown, index) => {
      const path = `${key}[${index}]`;
      if (typeof id !== 'string') issues.push({ path, message: isNot(id, 'a catalog or group id') });
      else if (!known.includes(id)) {
        issues.push({ path, message: `${isNot(id, 'a catalog or group id')}${didYouMean(id, known)}` });
      }
    });
    return new Set(list as string[]);
  };
  const include = read('include');
  const exclude = read('exclude');
  for (const key of Object.keys(spec)) {
    if (key !== 'include' && key !== 'exclude')
      issues.push({ path: key, message: 'is not a field (include, exclude)' });
  }
  if (issues.length) throw new CommemorationError(issues);
  const has = (ids: Set<string>, day: NationalDay) => ids.has(day.id) || ids.has(day.group);
  return catalog.filter((day) => (!include || has(include, day)) && !(exclude && has(exclude, day)));
}
