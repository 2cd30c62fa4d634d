import type { Element, ElementContent, Properties, Root } from 'hast';

/**
 * Before sanitising: turns what portals write with attributes the allow-list drops into elements it keeps, so
 * the meaning survives. Centring (`style`, `<center>`), bold/italic/underline given by `span style`, lazy-loaded
 * and srcset-only image sources, URL schemes in capitals or padded with spaces, `<q>` (its quotation marks),
 * `<dl>`/`<details>` (one paragraph per term, description and summary), and a video (`<iframe>`, `<video>`) as a
 * readable link to it. Walks with an explicit stack: no recursion.
 */
export function keepPresentation(root: Root): void {
  const stack: Element[] = [];
  const push = (nodes: readonly (ElementContent | Root['children'][number])[]) => {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (node.type === 'element') stack.push(node);
    }
  };
  push(root.children);
  for (let el = stack.pop(); el; el = stack.pop()) {
    keepElement(el);
    push(el.children);
  }
}

function keepElement(el: Element): void {
  const props = el.properties;
  const style = typeof props.style === 'string' ? props.style : '';
  if (/text-align\s*:\s*center/i.test(style)) props.align = 'center';
  for (const name of ['href', 'src'] as const) {
    if (typeof props[name] === 'string') props[name] = browserUrl(props[name]);
  }
  switch (el.tagName) {
    case 'center':
      el.tagName = 'div';
      props.align = 'center';
      break;
    case 'img':
      keepImageSource(props);
      break;
    case 'b':
    case 'strong':
      // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
      if (/font-weight\s*:\s*(normal|[1-4]00)\b/i.test(style)) el.tagName = 'span';
      break;
    case 'span':
    case 'font':
      wrapInMarks(el, style);
      break;
    case 'q':
      el.children = [{ type: 'text', value: '“' }, ...el.children, { type: 'text', value: '”' }];
      break;
    case 'dl':
    case 'details':
      el.tagName = 'div';
      break;
    case 'dt':
    case 'dd':
    case 'summary':
      el.tagName = 'p';
      break;
    case 'iframe':
    case 'video':
      videoAsLink(el);
      break;
  }
}

/** What a browser does to an attribute URL before reading it: edge spaces and controls trimmed, scheme in lower case. */
function browserUrl(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the URL standard trims C0 controls and spaces
  const trimmed = value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return trimmed.replace(/^[a-zA-Z][a-zA-Z0-9+.-]*:/, (scheme) => scheme.toLowerCase());
}

function keepImageSource(props: Properties): void {
  const placeholder = typeof props.src !== 'string' || props.src === '' || /^data:/i.test(props.src);
  if (!placeholder) return;
  const lazy = props.dataSrc ?? props.dataOriginal ?? props.dataLazySrc;
  if (typeof lazy === 'string' && lazy.trim() !== '') {
    props.src = browserUrl(lazy);
    return;
  }
  const srcset =
    typeof props.srcSet === 'string' ? props.srcSet : typeof props.dataSrcset === 'string' ? props.dataSrcset : '';
  const widest = widestCandidate(srcset);
  if (widest) props.src = browserUrl(widest);
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

/** `<span style="font-weight:bold">` (older CMSs) → the span's content inside `<strong>`, and so on per mark. */
function wrapInMarks(el: Element, style: string): void {
  for (const [pattern, tag] of STYLE_MARKS) {
    if (pattern.test(style)) el.children = [{ type: 'element', tagName: tag, properties: {}, children: el.children }];
  }
}

/** An embedded video the sanitiser must drop, left as a paragraph linking to it: "Video: <title or address>". */
function videoAsLink(el: Element): void {
  const source = el.children.find((child): child is Element => child.type === 'element' && child.tagName === 'source');
  const raw = el.properties.src ?? source?.properties.src;
  const src = typeof raw === 'string' ? browserUrl(raw) : '';
  el.tagName = 'p';
  el.children = [];
  // An absolute http(s) address or a path on the site; any other scheme leaves nothing.
  if (src === '' || (/^[a-z][a-z0-9+.-]*:/.test(src) && !/^https?:/.test(src))) return;
  const title = typeof el.properties.title === 'string' ? el.properties.title.trim() : '';
  el.properties = {};
  el.children = [
    { type: 'text', value: 'Video: ' },
    {
      type: 'element',
      tagName: 'a',
      properties: { href: watchUrl(src) },
      children: [{ type: 'text', value: title || watchUrl(src) }],
    },
  ];
}

/** A YouTube embed address turned into the page a reader can open; any other address as it is. */
function watchUrl(src: string): string {
  const id = /^https?:\/\/(?:www\.)?youtube(?:-nocookie)?\.com\/embed\/([\w-]{6,20})/.exec(src)?.[1];
  return id ? `https://www.youtube.com/watch?v=${id}` : src;
}
