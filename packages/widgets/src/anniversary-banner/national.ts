import { type Commemoration, CommemorationError } from '@vnportal/anniversary';
import type { NationalSpec } from './banner-options.js';

/** The catalog entries a spec names (all of them without `include`), minus `exclude`; unknown ids throw. */
export function pickNational(spec: NationalSpec, catalog: readonly Commemoration[]): Commemoration[] {
  const ids = catalog.map((c) => c.id);
  for (const id of [...(spec.include ?? []), ...(spec.exclude ?? [])]) {
    if (!ids.includes(id)) throw new CommemorationError([{ path: 'national', message: `"${id}" is not a catalog id` }]);
  }
  return catalog.filter((c) => (!spec.include || spec.include.includes(c.id)) && !spec.exclude?.includes(c.id));
}

/** One entry per id: the site's entries first (their wording wins), then the catalog's others. */
export function mergeById(base: readonly Commemoration[], overrides: readonly Commemoration[]): Commemoration[] {
  const byId = new Map(base.map((c) => [c.id, c]));
  const merged = overrides.map((o) => ({ ...byId.get(o.id), ...o }));
  const taken = new Set(overrides.map((o) => o.id));
  return [...merged, ...base.filter((c) => !taken.has(c.id))];
}
