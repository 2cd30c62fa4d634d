/**
 * What portals write with attributes the allow-list drops, read before they go so the meaning survives: centring
 * (`style`, `<center>`), bold/italic/underline given by `span style`, lazy-loaded and srcset-only image sources, URL
 * schemes in capitals or padded with spaces, `<q>` (its quotation marks), `<dl>`/`<details>` (one paragraph per
 * term, description and summary), and a video (`<iframe>`, `<video>`) as a readable link to it. Pure functions of
 * a tag name and attribute values; `clean-tree.ts` applies them while it walks the parsed tree.
 */

/** An element's attribute by its (lower-case) name, `undefined` when absent. */
export type AttributeOf = (name: string) => string | undefined;

const CENTRED = /text-align\s*:\s*center/i;
const NOT_BOLD = /font-weight\s*:\s*(normal|[1-4]00)\b/i;

/** The tag the reader sees for `tag`: `<center>` a div, `<dl>`/`<details>` divs, their parts paragraphs. */
export function presentedTag(tag: string, style: string): string {
  switch (tag) {
    case 'center':
    case 'dl':
    case 'details':
      return 'div';
    case 'dt':
    case 'dd':
    case 'summary':
    case 'iframe':
    case 'video':
      return 'p';
    case 'b':
    case 'strong':
      // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
      return NOT_BOLD.test(style) ? 'span' : tag;
    default:
      return tag;
  }
}

/** `align` as the reader sees it: `center` for a `<center>` or a centring style, else the attribute. */
export function presentedAlign(tag: string, style: string, align: string | undefined): string | undefined {
  return tag === 'center' || CENTRED.test(style) ? 'center' : align;
}

/**
 * What a browser does to an attribute URL before reading it: edge spaces and controls trimmed, tabs and newlines
 * removed wherever they are (the URL standard's first two steps), scheme in lower case.
 */
export function browserUrl(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the URL standard trims C0 controls and spaces
  const trimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$|[\t\n\r]/g, '');
  return trimmed.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:/, (scheme) => scheme.toLowerCase());
}

/** An `<img>`'s source: its `src`, or for a missing or placeholder one a lazy `data-src` or the widest `srcset`. */
export function imageSource(attribute: AttributeOf): string | undefined {
  const raw = attribute('src');
  const src = raw === undefined ? undefined : browserUrl(raw);
  const placeholder = src === undefined || src === '' || /^data:/i.test(src);
  if (!placeholder) return src;
  const lazy = attribute('data-src') ?? attribute('data-original') ?? attribute('data-lazy-src');
  if (lazy !== undefined && lazy.trim() !== '') return browserUrl(lazy);
  const widest = widestCandidate(attribute('srcset') ?? attribute('data-srcset') ?? '');
  return widest ? browserUrl(widest) : src;
}

/** The widest candidate of a `srcset` ("a.jpg 480w, b.jpg 1024w" → "b.jpg"); the first when none gives a width. */
function widestCandidate(srcset: string): string | undefined {
  let best: { url: string; width: number } | undefined;
  for (const candidate of srcset.split(/,\s+/)) {
    const [url, descriptor = ''] = candidate.trim().split(/\s+/);
    if (!url || /^data:/i.test(url)) continue;
    const width = /^\d+w$/.test(descriptor) ? Number.parseInt(descriptor, 10) : 0;
    if (!best || width > best.width) best = { url, width };
  }
  return best?.url;
}

const STYLE_MARKS: readonly [RegExp, string][] = [
  [/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i, 'strong'],
  [/font-style\s*:\s*(italic|oblique)\b/i, 'em'],
  [/text-decoration(-line)?\s*:[^;]*\bunderline\b/i, 'u'],
  [/text-decoration(-line)?\s*:[^;]*\bline-through\b/i, 's'],
];

/**
 * `<span style="font-weight:bold">` (older CMSs): the tags to wrap the span's content in, innermost first
 * (`strong`, `em`, `u`, `s`); none for a span without such a style.
 */
export function styleMarks(style: string): string[] {
  if (style === '') return [];
  const tags: string[] = [];
  for (const [pattern, tag] of STYLE_MARKS) if (pattern.test(style)) tags.push(tag);
  return tags;
}

/**
 * An embedded video the sanitiser must drop, read as a link: its address (`src`, or its first `<source>`'s) made
 * what a reader can open, and the text to show ("Video: " then this). `undefined` when it has no http(s) or
 * relative address.
 */
export function videoLink(
  src: string | undefined,
  title: string | undefined,
): { href: string; text: string } | undefined {
  const url = src === undefined ? '' : browserUrl(src);
  // An absolute http(s) address or a path on the site; any other scheme leaves nothing.
  if (url === '' || (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^https?:/.test(url))) return undefined;
  const href = watchUrl(url);
  return { href, text: title?.trim() || href };
}

/** A YouTube embed address turned into the page a reader can open; any other address as it is. */
function watchUrl(src: string): string {
  const id = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/.exec(src)?.[1];
  return id ? `https://www.youtube.com/watch?v=${id}` : src;
}
