import type { Commemoration } from '@vnportal/anniversary';
import { slugify } from '@vnportal/article';
import { type DateProblem, readTypedDate } from './typed-date.ts';

/** One of the site's days as the editor typed it in the form: every field a string or a tick. */
export interface Draft {
  id: string;
  name: string;
  nameEn: string;
  /** As typed: `17/7/2019`, `7/2019`, `17/7`. */
  date: string;
  calendar: 'solar' | 'lunar';
  leap: boolean;
  pinned: boolean;
  /** Fields of a pasted commemoration the form does not edit, carried over as they were. */
  kept?: Pick<Commemoration, 'scope' | 'source' | 'observance'>;
}

/** Why a field cannot be used; `i18n.ts` words each one. */
export type FieldProblem =
  | { code: 'name-empty' }
  | { code: 'name-en-empty' }
  | { code: 'too-long'; length: number; max: number }
  | { code: 'id-form'; id: string }
  | { code: 'id-taken'; id: string; row: number }
  /** No id typed, and the one made from the name is an earlier row's: the name is what the editor wrote. */
  | { code: 'name-taken'; id: string; row: number }
  | DateProblem;

export type DraftField = 'id' | 'name' | 'nameEn' | 'date' | 'leap';

export interface CheckedDraft {
  /** The commemoration, when every field is usable. */
  commemoration?: Commemoration;
  problems: Partial<Record<DraftField, FieldProblem>>;
  /** The id it gets: the typed one, or one made from the name. */
  id: string;
}

/** A banner line stays readable: longer names are refused (the name is the phrase after "N năm"). */
export const MAX_NAME_LENGTH = 300;
const ID_FORM = /^[a-z0-9][a-z0-9-]{0,59}$/;

export const emptyDraft = (): Draft => ({
  id: '',
  name: '',
  nameEn: '',
  date: '',
  calendar: 'solar',
  leap: false,
  pinned: false,
});

/** The id a draft gets when the editor leaves it empty: the name without diacritics, e.g. `dang-bo-khoi`. */
export function idFromName(name: string): string {
  return slugify(name).slice(0, 60).replace(/-+$/, '');
}

/**
 * Checks every draft: each field's problem, or the commemoration it makes. Ids must be unique in the list
 * (a catalog id rewords that national day instead). A banner in English needs every day's English name: it has
 * no other words to show for it.
 */
export function checkDrafts(drafts: readonly Draft[], bannerLang: 'vi' | 'en' = 'vi'): CheckedDraft[] {
  const firstRow = new Map<string, number>();
  return drafts.map((draft, row) => {
    const problems: CheckedDraft['problems'] = {};
    const name = draft.name.trim();
    if (!name) problems.name = { code: 'name-empty' };
    else if (name.length > MAX_NAME_LENGTH)
      problems.name = { code: 'too-long', length: name.length, max: MAX_NAME_LENGTH };
    const nameEn = draft.nameEn.trim();
    if (nameEn.length > MAX_NAME_LENGTH) {
      problems.nameEn = { code: 'too-long', length: nameEn.length, max: MAX_NAME_LENGTH };
    } else if (!nameEn && bannerLang === 'en') problems.nameEn = { code: 'name-en-empty' };
    const id = draft.id.trim() || idFromName(name);
    if (draft.id.trim() && !ID_FORM.test(id)) problems.id = { code: 'id-form', id };
    const taken = firstRow.get(id);
    if (id && taken !== undefined) {
      if (draft.id.trim()) problems.id = { code: 'id-taken', id, row: taken + 1 };
      else problems.name ??= { code: 'name-taken', id, row: taken + 1 };
    } else if (id) firstRow.set(id, row);
    const leap = draft.calendar === 'lunar' && draft.leap;
    const date = readTypedDate(draft.date, draft.calendar, leap);
    if ('code' in date)
      problems[date.code === 'no-leap-month' || date.code === 'leap-needs-day' ? 'leap' : 'date'] = date;
    if (Object.keys(problems).length || 'code' in date || !id) return { problems, id };
    const commemoration: Commemoration = { id, name, date: date.date, calendar: draft.calendar, ...draft.kept };
    if (leap) commemoration.leap = true;
    if (draft.pinned) commemoration.pinned = true;
    if (nameEn) commemoration.nameEn = nameEn;
    return { problems, id, commemoration };
  });
}
