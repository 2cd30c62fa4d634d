import { argumentError, ownError } from './errors.js';

/**
 * A key to match Vietnamese text on, whatever its accents: lowercase, tone marks and vowel marks removed,
 * "đ" → "d", punctuation to spaces, spaces collapsed. So old and new tone placement ("hoà"/"hòa", "thuý"/"thúy"),
 * NFC and NFD input, and unaccented typing ("hoa binh") all meet: `searchKey("Hoà Bình")` → `"hoa binh"`.
 * Idempotent: `searchKey(searchKey(s)) === searchKey(s)`.
 * @throws ArticleError when `text` is not a string.
 */
export function searchKey(text: string): string {
  try {
    if (typeof text !== 'string') throw argumentError('text', text, 'is not a string');
    return text
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/đ/g, 'd')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  } catch (error) {
    throw ownError(error, { text });
  }
}
