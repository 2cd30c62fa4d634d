// The one module that reads the national catalog (`nationalCatalog`, one record per day, with its group).
import {
  type Commemoration,
  mergeById,
  NATIONAL_GROUPS,
  type NationalDay,
  type NationalGroup,
  nationalCatalog,
} from '@vnportal/anniversary';

/** One national day as the builder lists it. */
export type CatalogDay = NationalDay;

/** A group of national days the editor can tick at once, with its days in catalog order. */
export interface CatalogGroup {
  id: NationalGroup;
  label: { vi: string; en: string };
  days: readonly CatalogDay[];
}

/** Every national day, in the catalog's order. */
export const catalogDays: readonly CatalogDay[] = nationalCatalog;

/** The catalog's groups, in the order the library lists them; a group with no day is left out. */
export const catalogGroups: readonly CatalogGroup[] = (Object.keys(NATIONAL_GROUPS) as NationalGroup[])
  .map((id) => ({
    id,
    label: { vi: NATIONAL_GROUPS[id].name, en: NATIONAL_GROUPS[id].nameEn },
    days: catalogDays.filter((d) => d.group === id),
  }))
  .filter((g) => g.days.length);

const catalogIds = new Set(catalogDays.map((c) => c.id));

export const isCatalogId = (id: string): boolean => catalogIds.has(id);

/** The ticked ids in catalog order, whatever order they were ticked in. */
export const inCatalogOrder = (ids: Iterable<string>): string[] => {
  const set = new Set(ids);
  return catalogDays.filter((d) => set.has(d.id)).map((d) => d.id);
};

/**
 * The `national` attribute's words for the ticked days: `undefined` for none, `[]` for the whole catalog,
 * else the shorter of whole groups and single ids (`["major", "radi"]`) or what is left out
 * (`["-leaders", "-8-3"]`), so the snippet says the choice the way an editor made it.
 */
export function nationalWords(picked: readonly string[]): string[] | undefined {
  const on = new Set(picked.filter(isCatalogId));
  if (!on.size) return undefined;
  if (on.size === catalogDays.length) return [];
  const include: string[] = [];
  const exclude: string[] = [];
  for (const group of catalogGroups) {
    const ticked = group.days.filter((d) => on.has(d.id));
    if (ticked.length === group.days.length) include.push(group.id);
    else if (!ticked.length) exclude.push(`-${group.id}`);
    else {
      include.push(...ticked.map((d) => d.id));
      exclude.push(...group.days.filter((d) => !on.has(d.id)).map((d) => `-${d.id}`));
    }
  }
  return exclude.length < include.length ? exclude : include;
}

/**
 * The ids a `national` attribute's words choose, with the banner's rules: no words, the whole catalog;
 * ids and group ids taken, `-id` left out afterwards. Unknown words are returned apart, to be reported.
 */
export function pickedByWords(words: readonly string[]): { ids: string[]; unknown: string[] } {
  const known = (w: string) => isCatalogId(w) || w in NATIONAL_GROUPS;
  const include = words.filter((w) => !w.startsWith('-'));
  const exclude = words.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
  const has = (list: string[], day: CatalogDay) => list.includes(day.id) || list.includes(day.group);
  const ids = catalogDays.filter((d) => (!include.length || has(include, d)) && !has(exclude, d)).map((d) => d.id);
  return { ids, unknown: [...include, ...exclude].filter((w) => !known(w)) };
}

/**
 * The site's own days first, in their order, then the national days picked that they do not reword
 * (an own entry with a catalog id replaces that day, keeping the catalog's English name and source).
 */
export function mergeWithNational(own: readonly Commemoration[], picked: readonly string[]): Commemoration[] {
  const chosen = new Set(picked);
  const ownIds = new Set(own.map((c) => c.id));
  const national = catalogDays.filter((c) => chosen.has(c.id) || ownIds.has(c.id));
  return mergeById(national, own);
}
