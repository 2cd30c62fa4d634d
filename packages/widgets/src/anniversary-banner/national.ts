import { CommemorationError, type NationalDay, type NationalSpec } from '@vnportal/anniversary';

/** The catalog rows the banner carries: the fields it shows and chooses by. */
export type CatalogDay = Pick<NationalDay, 'id' | 'name' | 'date' | 'calendar' | 'group' | 'observance'>;

/**
 * The national days a banner's spec chooses, by catalog id or group id, with `pickNational`'s rules (no
 * `include`: the whole catalog; `exclude` applies after). Not `pickNational` itself: its default catalog
 * argument would bring the readable catalog, sources included, into the script-tag chunks (19.9 KB gzip).
 * @throws CommemorationError naming each unknown id.
 */
export function chooseNational(spec: NationalSpec, catalog: readonly CatalogDay[]): CatalogDay[] {
  const known = new Set(catalog.flatMap((day) => [day.id, day.group]));
  const unknown = [...(spec.include ?? []), ...(spec.exclude ?? [])].filter((id) => !known.has(id));
  if (unknown.length) {
    throw new CommemorationError(
      unknown.map((id) => ({ path: 'national', message: `"${id}" is not a catalog or group id` })),
    );
  }
  const has = (ids: readonly string[] | undefined, day: CatalogDay) =>
    !!ids?.some((id) => id === day.id || id === day.group);
  return catalog.filter((day) => (!spec.include || has(spec.include, day)) && !has(spec.exclude, day));
}
