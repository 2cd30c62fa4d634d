import { closest } from './did-you-mean.js';

/** Lower-case ASCII words joined by "-": "Ngày Bác Hồ ra đi" → "ngay-bac-ho-ra-di". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The catalog id a wrong `national` id most likely meant: a near spelling of an id or group ("gio-to" →
 * "gioto"), else the day whose Vietnamese name holds the words written ("bac-ho-ra-đi" → "radi").
 * `catalog` is `[id, group, name]` rows; `undefined` when nothing is close.
 */
export function guessNationalId(
  wrong: string,
  catalog: readonly (readonly [id: string, group: string, name: string])[],
): string | undefined {
  const words = slug(wrong);
  const ids = [...new Set(catalog.flatMap((row) => row.slice(0, 2)))];
  const near = closest(words.replace(/-/g, ''), ids) ?? closest(words, ids);
  if (near || words.length < 4) return near;
  return catalog.find(([, , name]) => `-${slug(name)}-`.includes(`-${words}-`))?.[0];
}
