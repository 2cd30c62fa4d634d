import { isInstant, issueOf } from '@vnportal/calendar';
import * as v from 'valibot';
import { ArticleValidationError, ownError, type ValidationIssue } from './errors.js';
import type { Article, Author, Block, Image, Publisher, Site, Span, TableCell } from './model.js';
import { isAbsoluteHttpUrl, isSafeHref, isSafeImageSrc } from './safe-url.js';
import { hasForbiddenChars } from './text.js';

// CMS exports often carry Windows line ends: store them as "\n" rather than refuse them.
const nfc = v.transform((value: string) => value.normalize('NFC').replace(/\r\n?/g, '\n'));
const noForbidden = v.check(
  (value: string) => !hasForbiddenChars(value),
  'contains a control character or a lone surrogate',
);

/** Text that may hold line breaks (span text): NFC, not empty. */
const RichText = v.pipe(v.string('is not a string'), nfc, noForbidden, v.minLength(1, 'is empty'));
/** One line of text (title, caption, name): NFC, trimmed, no line breaks, not empty. */
const Line = v.pipe(
  v.string('is not a string'),
  nfc,
  v.trim(),
  noForbidden,
  v.check((value) => !/[\n\r\t]/.test(value), 'contains a line break or tab'),
  v.minLength(1, 'is empty'),
);
/** Several lines of plain text (the lead): NFC, trimmed, not empty. */
const Text = v.pipe(v.string('is not a string'), nfc, v.trim(), noForbidden, v.minLength(1, 'is empty'));

const AbsoluteUrl = v.pipe(
  v.string('is not a string'),
  v.check((value: string) => isAbsoluteHttpUrl(value), 'is not an absolute http(s) URL'),
);
const Href = v.pipe(
  v.string('is not a string'),
  v.check(
    (value: string) => isSafeHref(value),
    'is not a safe link (http, https, mailto, tel, a relative path or #fragment)',
  ),
);
const ImageSrc = v.pipe(
  v.string('is not a string'),
  v.check((value: string) => isSafeImageSrc(value), 'is not a safe image URL (http, https or a relative path)'),
);
/** An RFC 3339 instant with its offset, as the calendar reads it (`parseInstant`). */
export const Instant = v.pipe(
  v.string('is not a string'),
  v.check(
    (value: string) => isInstant(value),
    'is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)',
  ),
);
const Pixels = v.pipe(
  v.number('is not a number'),
  v.integer('is not a whole number of pixels'),
  v.minValue(1, 'is not a positive number of pixels'),
);
const CellSpan = v.pipe(
  v.number('is not a number'),
  v.integer('is not a whole number of cells'),
  v.minValue(2, 'is not a span of 2 cells or more (leave it out for 1)'),
  v.maxValue(1000, 'is more than 1000 cells'),
);
const LangTag = v.pipe(
  v.string('is not a string'),
  v.regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'is not a language tag such as "vi" or "en-US"'),
);

const MarkSchema = v.picklist(
  ['bold', 'italic', 'underline', 'strike', 'code', 'sub', 'sup'],
  'is not one of bold, italic, underline, strike, code, sub, sup',
);

const spanSchema = v.strictObject({
  text: RichText,
  marks: v.optional(v.array(MarkSchema, 'is not an array')),
  href: v.optional(Href),
});

const Spans = v.pipe(v.array(spanSchema, 'is not an array of spans'), v.minLength(1, 'is empty'));

const imageSchema = v.strictObject({
  src: ImageSrc,
  alt: v.pipe(v.string('is not a string'), nfc, v.trim(), noForbidden),
  caption: v.optional(Text),
  credit: v.optional(Line),
  width: v.optional(Pixels),
  height: v.optional(Pixels),
  href: v.optional(Href),
});

const TableCellSchema = v.strictObject({
  content: v.array(spanSchema, 'is not an array of spans'),
  header: v.optional(v.boolean('is not true or false')),
  colSpan: v.optional(CellSpan),
  rowSpan: v.optional(CellSpan),
});

const blockSchema = v.variant(
  'type',
  [
    v.strictObject({ type: v.literal('paragraph'), content: Spans }),
    v.strictObject({
      type: v.literal('heading'),
      level: v.picklist([2, 3, 4, 5, 6], 'is not a heading level from 2 to 6 (the title is level 1)'),
      content: Spans,
    }),
    v.strictObject({ type: v.literal('image'), image: imageSchema }),
    v.strictObject({
      type: v.literal('list'),
      ordered: v.boolean('is not true or false'),
      items: v.pipe(v.array(Spans, 'is not an array of items'), v.minLength(1, 'is empty')),
      start: v.optional(
        v.pipe(
          v.number('is not a number'),
          v.integer('is not a whole number'),
          v.minValue(-999_999, 'is below -999999'),
          v.maxValue(999_999, 'is above 999999'),
        ),
      ),
    }),
    v.strictObject({
      type: v.literal('quote'),
      paragraphs: v.pipe(v.array(Spans, 'is not an array of paragraphs'), v.minLength(1, 'is empty')),
      attribution: v.optional(Line),
    }),
    v.strictObject({
      type: v.literal('table'),
      caption: v.optional(Text),
      rows: v.pipe(
        v.array(v.array(TableCellSchema, 'is not an array of cells'), 'is not an array of rows'),
        v.minLength(1, 'is empty'),
      ),
    }),
  ],
  'is not a block type (paragraph, heading, image, list, quote, table)',
);

const authorSchema = v.strictObject({ name: Line, url: v.optional(AbsoluteUrl) });
const publisherSchema = v.strictObject({ name: Line, url: v.optional(AbsoluteUrl), logo: v.optional(ImageSrc) });

const articleSchema = v.pipe(
  v.strictObject(
    {
      id: Line,
      url: AbsoluteUrl,
      slug: v.pipe(
        v.string('is not a string'),
        v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'is not a slug (lowercase ASCII words joined by "-")'),
      ),
      lang: v.optional(LangTag, 'vi'),
      title: Line,
      lead: v.optional(Text),
      body: v.array(blockSchema, 'is not an array of blocks'),
      datePublished: Instant,
      dateModified: v.optional(Instant),
      authors: v.optional(v.array(authorSchema, 'is not an array of authors'), () => []),
      sourceCredit: v.optional(Line),
      publisher: v.optional(publisherSchema),
      featuredImage: v.optional(imageSchema),
      section: v.optional(Line),
      tags: v.optional(v.array(Line, 'is not an array of strings'), () => []),
    },
    'is not an article object',
  ),
  v.forward(
    v.partialCheck(
      [['datePublished'], ['dateModified']],
      (article) =>
        article.dateModified === undefined || Date.parse(article.dateModified) >= Date.parse(article.datePublished),
      'is before datePublished',
    ),
    ['dateModified'],
  ),
);

const siteSchema = v.strictObject(
  {
    name: Line,
    url: AbsoluteUrl,
    language: v.optional(LangTag),
    logo: v.optional(ImageSrc),
    description: v.optional(Text),
  },
  'is not a site object',
);

/** A valibot schema for a span of inline text. */
export const SpanSchema: v.GenericSchema<unknown, Span> = spanSchema;
/** A valibot schema for an image. */
export const ImageSchema: v.GenericSchema<unknown, Image> = imageSchema;
/** A valibot schema for one body block. */
export const BlockSchema: v.GenericSchema<unknown, Block> = blockSchema;
/** A valibot schema for an author. */
export const AuthorSchema: v.GenericSchema<unknown, Author> = authorSchema;
/** A valibot schema for a publisher. */
export const PublisherSchema: v.GenericSchema<unknown, Publisher> = publisherSchema;
/**
 * The article schema (valibot), for callers who validate with valibot themselves (`v.safeParse(ArticleSchema, x)`).
 * `parseArticle` wraps it and formats the issues.
 */
export const ArticleSchema: v.GenericSchema<unknown, Article> = articleSchema;
/** The site schema (valibot): `{ name, url, language?, logo?, description? }`. */
export const SiteSchema: v.GenericSchema<unknown, Site> = siteSchema;

// Compile-time guard: the schemas' output must stay assignable to the hand-written model types.
type Assignable<T extends U, U> = T;
export type _SchemaMatchesModel = [
  Assignable<v.InferOutput<typeof articleSchema>, Article>,
  Assignable<v.InferOutput<typeof blockSchema>, Block>,
  Assignable<v.InferOutput<typeof spanSchema>, Span>,
  Assignable<v.InferOutput<typeof imageSchema>, Image>,
  Assignable<v.InferOutput<typeof TableCellSchema>, TableCell>,
  Assignable<v.InferOutput<typeof authorSchema>, Author>,
  Assignable<v.InferOutput<typeof publisherSchema>, Publisher>,
  Assignable<v.InferOutput<typeof siteSchema>, Site>,
];

/** Runs a schema and turns every valibot issue into a path-named line, or returns the output. */
export function validate<T>(schema: v.GenericSchema<unknown, T>, input: unknown, subject: string): T {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  throw new ArticleValidationError(
    subject,
    result.issues.map((issue) => toValidationIssue(issue, input, subject)),
  );
}

function toValidationIssue(issue: v.BaseIssue<unknown>, root: unknown, subject: string): ValidationIssue {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  const path = keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
  const value = valueAt(root, keys);
  const isUnknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  const found = issueOf(path || subject, value, isUnknownKey ? 'is not a known field' : issue.message);
  return { ...found, path };
}

function valueAt(root: unknown, keys: readonly (string | number)[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * Validates an article (e.g. JSON from a CMS) and returns it typed, its text in NFC, `lang` defaulting to `"vi"`,
 * `authors` and `tags` to `[]`. Parsing its own output (or that output through JSON) gives the same article.
 * @throws ArticleValidationError listing every problem with its path: `body[3].image.src: "javascript:…" is not …`.
 */
export function parseArticle(input: unknown): Article {
  try {
    return validate(ArticleSchema, input, 'article');
  } catch (error) {
    throw ownError(error, { '': input });
  }
}

/** Validates a `Site` (`{ name, url, language?, logo?, description? }`). @throws ArticleValidationError */
export function parseSite(input: unknown): Site {
  try {
    return validate(SiteSchema, input, 'site');
  } catch (error) {
    throw ownError(error, { '': input });
  }
}
