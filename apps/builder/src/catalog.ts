// The one module that reads the national catalog, so a richer catalog (groups, observance) changes only this file.
import { type Commemoration, nationalCommemorations, nationalCommemorationsEn } from '@vnportal/anniversary';

/** One national day as the builder lists it. */
export interface CatalogDay extends Commemoration {
  nameEn: string;
  source: string;
  /** A group id from `catalogGroups`, when the catalog has groups. */
  group?: string;
}

/** A group of national days the editor can tick at once. */
export interface CatalogGroup {
  id: string;
  label: { vi: string; en: string };
}

const english = new Map(nationalCommemorationsEn.map((c) => [c.id, c.nameEn ?? '']));

/** Every national day, in the catalog's order. */
export const catalogDays: readonly CatalogDay[] = nationalCommemorations.map((c) => ({
  ...c,
  nameEn: english.get(c.id) ?? '',
  source: c.source ?? '',
}));

/** The catalog's groups (none until the catalog carries them). */
export const catalogGroups: readonly CatalogGroup[] = [];

const catalogIds = new Set(catalogDays.map((c) => c.id));

export const isCatalogId = (id: string): boolean => catalogIds.has(id);

/**
 * The site's own days first, in their order, then the national days picked that they do not reword
 * (an own entry with a catalog id replaces that day, keeping the catalog's English name and source).
 */
export function mergeWithNational(own: readonly Commemoration[], picked: readonly string[]): Commemoration[] {
  const byId = new Map(catalogDays.map((c) => [c.id, c]));
  const ownIds = new Set(own.map((c) => c.id));
  const rest = catalogDays.filter((c) => picked.includes(c.id) && !ownIds.has(c.id));
  return [...own.map((c) => ({ ...byId.get(c.id), ...c })), ...rest];
}
