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

/**
 * The "did you mean" sentences, in Vietnamese and in English, for the words of a `national` value that are no
 * catalog or group id; `undefined` when none has a likely meaning. The precise reader's chunk (check.ts) adds it to the
 * banner's unknown-id warning, so a page with no mistake never downloads it.
 */
export function nationalHint(
  value: string,
  catalog: readonly { id: string; group: string; name: string }[],
): { vi: string; en: string } | undefined {
  const rows = catalog.map((day) => [day.id, day.group, day.name] as const);
  const known = new Set(rows.flatMap((row) => row.slice(0, 2)));
  const pairs = value
    .split(/[\s,]+/)
    .map((word) => word.replace(/^-/, ''))
    .filter((word) => word && !known.has(word))
    .flatMap((word) => {
      const id = guessNationalId(word, rows);
      return id ? [[word, id]] : [];
    });
  if (!pairs.length) return undefined;
  return {
    vi: `; ${pairs.map(([word, id]) => `có phải bạn muốn viết "${id}" thay cho "${word}"?`).join(' ')}`,
    en: `; ${pairs.map(([word, id]) => `did you mean "${id}" for "${word}"?`).join(' ')}`,
  };
}
