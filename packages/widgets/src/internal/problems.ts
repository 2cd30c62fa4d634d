/**
 * A problem found in a webmaster's markup or data: a code and the values its message names. The sentences
 * themselves (Vietnamese and English) live in messages.ts, a chunk a page downloads only when it has a problem.
 */
export type Problem = { readonly code: ProblemCode } & Readonly<Record<string, string | number | undefined>>;

export type ProblemCode =
  | 'unknown-attribute'
  | 'boolean-value'
  | 'whole'
  | 'one-of'
  | 'day'
  | 'lang'
  | 'too-long'
  | 'mourning-incomplete'
  | 'object-key'
  | 'not-a-list'
  | 'too-many'
  | 'duplicate-id'
  | 'not-an-entry'
  | 'entry-dropped'
  | 'field-dropped'
  | 'bad-mourning'
  | 'more-problems'
  | 'json-syntax'
  | 'json-too-long'
  | 'script-type'
  | 'stray-content'
  | 'no-source'
  | 'national-unknown'
  | 'src-failed'
  | 'no-name-en'
  | 'shows-nothing'
  | 'other-version'
  | 'stats-site'
  | 'stats-endpoint'
  | 'stats-unreachable';
