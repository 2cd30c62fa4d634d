import { argumentError } from './errors.js';

/**
 * A URL slug from a Vietnamese title: diacritics removed, "đ" → "d", words joined by "-".
 * `slugify("Đảng bộ Khối")` → `"dang-bo-khoi"`. NFC and NFD input give the same slug; a title with no Latin
 * letter or digit gives `""`.
 * @throws ArticleError when `title` is not a string.
 */
export function slugify(title: string): string {
  if (typeof title !== 'string') throw argumentError('title', title, 'is not a string');
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
