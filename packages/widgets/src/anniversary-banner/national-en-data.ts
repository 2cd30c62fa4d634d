import { nationalCommemorationsEnLite } from '@vnportal/anniversary';

/** English names of the catalog by id: its own chunk, downloaded only by a page with `lang="en"`. */
export const namesEn: Readonly<Record<string, string>> = Object.fromEntries(
  nationalCommemorationsEnLite.map((c) => [c.id, c.nameEn ?? '']),
);
