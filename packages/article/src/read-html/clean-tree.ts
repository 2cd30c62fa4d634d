import type { Element, ElementContent, Properties, Root, Text } from 'hast';
import { sanitizeSchema } from '../sanitize-schema.js';
import type { HtmlSource } from './html-source.js';
import { browserUrl, imageSource, presentedAlign, presentedTag, styleMarks, videoLink } from './presentation.js';

const ALLOWED = new Set(sanitizeSchema.tagNames);
const STRIPPED = new Set(sanitizeSchema.strip);
const ALIGNS = new Set(['left', 'center', 'right', 'justify']);
/** Elements kept only under one of these ancestors (a stray `<td>` or `<li>` is unwrapped). */
const NEEDS_ANCESTOR: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(sanitizeSchema.ancestors ?? {}));
const ANCESTOR_NAMES = new Set([...NEEDS_ANCESTOR.values()].flat());
const LINK_PROTOCOLS = sanitizeSchema.protocols?.href ?? [];
const IMAGE_PROTOCOLS = sanitizeSchema.protocols?.src ?? [];

/** The tree the block reader reads, and how deep the parsed tree nested (comments and stripped subtrees too). */
export interface CleanTree {
  root: Root;
  depth: number;
}

/**
 * Walks a parsed tree once and builds only what `sanitizeSchema` allows, as a hast tree: elements not listed are
 * unwrapped (their text kept), those in `strip` dropped with their content, and each kept element gets only its
 * allowed attributes, with `href`/`src` limited to the listed schemes. The presentation hints
 * (`presentation.ts`) are read on the way, before their attributes go. Recursion stops past `maxDepth`:
 * `depth` then says only that the tree is deeper, and the caller measures it on its own.
 */
export function cleanTree<N>(source: HtmlSource<N>, fragment: N, maxDepth: number): CleanTree {
  const cleaner = new Cleaner(source, maxDepth);
  const root: Root = { type: 'root', children: [] };
  cleaner.children(fragment, 0, root.children as ElementContent[]);
  return { root, depth: cleaner.deepest };
}

/** The deepest element nesting under `node`, walked with an explicit stack (no recursion, whatever the depth). */
export function deepestNesting<N>(source: HtmlSource<N>, node: N): number {
  let deepest = 0;
  const nodes: N[] = [node];
  const depths: number[] = [0];
  for (let top = nodes.pop(); top !== undefined; top = nodes.pop()) {
    const depth = depths.pop()!;
    if (depth > deepest) deepest = depth;
    const children = source.children(source.templateContent(top) ?? top);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (source.kind(child) !== 1) continue;
      nodes.push(child);
      depths.push(depth + 1);
    }
  }
  return deepest;
}

class Cleaner<N> {
  deepest = 0;
  /** How many open ancestors of each name `NEEDS_ANCESTOR` asks for (table, ul, ol, figure). */
  private readonly open = new Map<string, number>();

  constructor(
    private readonly source: HtmlSource<N>,
    private readonly maxDepth: number,
  ) {}

  children(parent: N, depth: number, out: ElementContent[]): void {
    const { source } = this;
    let previous = 0;
    const { firstChild, nextSibling } = source;
    if (firstChild !== undefined && nextSibling !== undefined) {
      // The browser's DOM, walked by its sibling links: no NodeList is made for each element.
      for (let child = firstChild(parent); child !== null; child = nextSibling(child)) {
        previous = this.child(child, previous, depth, out);
      }
      return;
    }
    const children = source.children(parent);
    for (let i = 0; i < children.length; i++) previous = this.child(children[i]!, previous, depth, out);
  }

  /** Reads one child into `out`, returning its kind, so the next text node knows whether to join it. */
  private child(child: N, previous: number, depth: number, out: ElementContent[]): number {
    const { source } = this;
    const kind = source.kind(child);
    // Blink splits text longer than 65,536 characters into sibling nodes; parse5 keeps one, and so do we.
    if (kind === 3 && previous === 3) (out[out.length - 1] as Text).value += source.text(child);
    else if (kind === 3) out.push({ type: 'text', value: source.text(child) });
    else if (kind === 1) this.element(child, depth + 1, out);
    return kind;
  }

  private element(node: N, depth: number, out: ElementContent[]): void {
    if (depth > this.deepest) this.deepest = depth;
    if (depth > this.maxDepth) return;
    const { source } = this;
    const original = source.tagName(node);
    const style = source.attribute(node, 'style') ?? '';
    const tag = presentedTag(original, style);
    if (STRIPPED.has(tag)) {
      this.measure(node, depth);
      return;
    }
    if (original === 'iframe' || original === 'video') {
      this.measure(node, depth);
      out.push(this.video(node));
      return;
    }
    const ancestors = NEEDS_ANCESTOR.get(tag);
    const kept = ALLOWED.has(tag) && (ancestors === undefined || ancestors.some((name) => this.open.has(name)));
    if (!kept) {
      this.enter(tag);
      this.children(node, depth, out);
      this.leave(tag);
      return;
    }
    // The content goes innermost: inside the marks a `span style` gives, between the quotation marks of a `<q>`.
    const content: ElementContent[] = [];
    let children = content;
    if (tag === 'span' || tag === 'font') {
      for (const mark of styleMarks(style)) children = [{ type: 'element', tagName: mark, properties: {}, children }];
    }
    out.push({ type: 'element', tagName: tag, properties: this.properties(node, tag, original, style), children });
    if (tag === 'q') content.push({ type: 'text', value: '“' });
    this.enter(tag);
    this.children(node, depth, content);
    this.leave(tag);
    if (tag === 'q') content.push({ type: 'text', value: '”' });
  }

  /** Counts `tag` as an open ancestor, when a kept element may need it (`<li>` needs a list). */
  private enter(tag: string): void {
    if (ANCESTOR_NAMES.has(tag)) this.open.set(tag, (this.open.get(tag) ?? 0) + 1);
  }

  private leave(tag: string): void {
    if (!ANCESTOR_NAMES.has(tag)) return;
    const left = this.open.get(tag)! - 1;
    if (left === 0) this.open.delete(tag);
    else this.open.set(tag, left);
  }

  /** A subtree that is dropped still counts towards the depth limit. */
  private measure(node: N, depth: number): void {
    const below = depth + deepestNesting(this.source, node);
    if (below > this.deepest) this.deepest = below;
  }

  private properties(node: N, tag: string, original: string, style: string): Properties {
    const { source } = this;
    const attribute = (name: string) => source.attribute(node, name);
    const props: Properties = {};
    const align = presentedAlign(original, style, attribute('align'));
    if (align !== undefined && ALIGNS.has(align)) props.align = align;
    const className = attribute('class');
    if (className !== undefined) props.className = spaceSeparated(className);
    switch (tag) {
      case 'a': {
        const href = attribute('href');
        if (href !== undefined) setUrl(props, 'href', browserUrl(href), LINK_PROTOCOLS);
        break;
      }
      case 'img': {
        const src = imageSource(attribute);
        if (src !== undefined) setUrl(props, 'src', src, IMAGE_PROTOCOLS);
        const alt = attribute('alt');
        if (alt !== undefined) props.alt = alt;
        setNumber(props, 'width', attribute('width'));
        setNumber(props, 'height', attribute('height'));
        break;
      }
      case 'td':
      case 'th':
        setNumber(props, 'colSpan', attribute('colspan'));
        setNumber(props, 'rowSpan', attribute('rowspan'));
        break;
      case 'ol':
        setNumber(props, 'start', attribute('start'));
        break;
      case 'li': {
        const value = attribute('value');
        if (value !== undefined) props.value = value;
        break;
      }
    }
    return props;
  }

  /** `<iframe>`/`<video>`: a paragraph "Video: <title or address>" linking to it, or an empty one. */
  private video(node: N): Element {
    const { source } = this;
    const firstSource = findChild(source, node, 'source');
    const src = source.attribute(node, 'src') ?? (firstSource && source.attribute(firstSource, 'src'));
    const link = videoLink(src, source.attribute(node, 'title'));
    const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [] };
    if (!link) return paragraph;
    const a: Element = {
      type: 'element',
      tagName: 'a',
      properties: {},
      children: [{ type: 'text', value: link.text }],
    };
    setUrl(a.properties, 'href', browserUrl(link.href), LINK_PROTOCOLS);
    paragraph.children = [{ type: 'text', value: 'Video: ' }, a];
    return paragraph;
  }
}

function findChild<N>(source: HtmlSource<N>, node: N, tag: string): N | undefined {
  const children = source.children(node);
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (source.kind(child) === 1 && source.tagName(child) === tag) return child;
  }
  return undefined;
}

/** hast's reading of `class`: trimmed, split on HTML whitespace. */
function spaceSeparated(value: string): string[] {
  const input = value.trim();
  return input ? input.split(/[ \t\n\r\f]+/) : [];
}

/** hast's reading of a number attribute (`width`, `colspan`, `start`): a number when it reads as one. */
function setNumber(props: Properties, key: string, value: string | undefined): void {
  if (value === undefined) return;
  props[key] = value && !Number.isNaN(Number(value)) ? Number(value) : value;
}

/** Keeps `value` when it is relative or its scheme (already lower-cased) is one of `protocols`. */
function setUrl(props: Properties, key: string, value: string, protocols: readonly string[]): void {
  const colon = value.indexOf(':');
  if (
    colon >= 0 &&
    !afterAny(value, colon, '/?#') &&
    !protocols.some((p) => p.length === colon && value.startsWith(p))
  ) {
    return;
  }
  props[key] = value;
}

/** Whether one of `chars` comes before index `at` in `value` (so the colon there is not a scheme's). */
function afterAny(value: string, at: number, chars: string): boolean {
  for (const char of chars) {
    const index = value.indexOf(char);
    if (index > -1 && index < at) return true;
  }
  return false;
}
