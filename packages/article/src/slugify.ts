import { argumentError, ownError } from './errors.js';

/**
 * A URL slug from a Vietnamese title: diacritics removed, "đ" → "d", words joined by "-".
 * `slugify("Đảng bộ Khối")` → `"dang-bo-khoi"`. NFC and NFD input give the same slug; a title with no Latin
 * letter or digit gives `""`.
 * @throws ArticleError when `title` is not a string.
 */
export function slugify(title: string): string {
  try {
    if (typeof title !== 'string') throw argumentError('title', title, 'is not a string');
    return slugByCharacter(title) ?? slugByNormalising(title);
  } catch (error) {
    throw ownError(error, { title });
  }
}

/** The definition: NFD, marks removed, "đ" → "d", lower case, every run of anything else one "-". */
export function slugByNormalising(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** What one UTF-16 unit becomes in a slug, learnt from the definition on first sight. */
const UNKNOWN = 0;
const NOTHING = 1; // a combining mark: removed, no "-"
const SEPARATOR = 2; // anything that is not a letter or digit once decomposed
const OTHER = 3; // surrogates and units whose slug is not one letter or one separator: read by the definition
let units: Uint8Array | undefined;

function unitOf(code: number): number {
  units ??= new Uint8Array(0x10000);
  const known = units[code]!;
  if (known !== UNKNOWN) return known;
  let learnt = OTHER;
  if (code < 0xd800 || code > 0xdfff) {
    const alone = String.fromCharCode(code)
      .normalize('NFD')
      .replace(/\p{M}+/gu, '');
    const slug = alone.replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    if (slug === '') learnt = NOTHING;
    else if (/^[a-z0-9]$/.test(slug)) learnt = 0x80 | slug.charCodeAt(0);
    else if (!/[a-z0-9]/.test(slug)) learnt = SEPARATOR;
  }
  units[code] = learnt;
  return learnt;
}

/**
 * The same slug one unit at a time, without normalising the whole title: each unit's decomposition, marks, case
 * and class do not depend on its neighbours (canonical reordering only moves marks, which go anyway). `undefined`
 * when a unit is one the definition must read in context.
 */
function slugByCharacter(title: string): string | undefined {
  let slug = '';
  let dash = false;
  for (let i = 0; i < title.length; i++) {
    const unit = unitOf(title.charCodeAt(i));
    if (unit === NOTHING) continue;
    if (unit === SEPARATOR) dash = slug !== '';
    else if (unit === OTHER) return undefined;
    else {
      if (dash) slug += '-';
      dash = false;
      slug += String.fromCharCode(unit & 0x7f);
    }
  }
  return slug;
}
