import { nationalCatalog } from '@vnportal/anniversary';

/** English names of the catalog by id: their own chunk, downloaded only by a page with `lang="en"`. */
export const namesEn: Readonly<Record<string, string>> = Object.fromEntries(
  nationalCatalog.map((day) => [day.id, day.nameEn]),
);
