import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { ArticleError, describeValue } from './errors.js';
import type { Article, Author, Block, HeadingBlock, Image, Mark, Span } from './model.js';
import { resolveUrl } from './safe-url.js';
import { sanitizeSchema } from './sanitize-schema.js';
import { parseArticle } from './schema.js';
import { searchKey } from './search-key.js';
import { slugify } from './slugify.js';
import { FORBIDDEN_CHARS, spansToText } from './text.js';

/**
 * What the CMS knows about an article besides its HTML body: every `Article` field but `body`.
 * `title` may be left out when the HTML starts with an `<h1>`; `slug` defaults to `slugify(title)`.
 */
export interface ArticleMeta {
  id: string;
  url: string;
  datePublished: string;
  title?: string;
  slug?: string;
  lang?: string;
  lead?: string;
  dateModified?: string;
  /** Leave out (or `[]`) to take the byline from the HTML's last paragraph. */
  authors?: Author[];
  sourceCredit?: string;
  publisher?: Article['publisher'];
  featuredImage?: Image;
  section?: string;
  tags?: string[];
}

/** Longest paragraph (in characters) that may be taken for a photo caption. */
const MAX_CAPTION = 300;
/** Longest unstyled paragraph taken for a caption: without italics or centring it must look like one. */
const MAX_PLAIN_CAPTION = 160;
// Exact names for the generic words: a wrapper classed "article-description" holds the whole body, not the sapo.
const LEAD_CLASS = /sapo|^lead$|^summary$|chapeau|^description$|tom-?tat/i;
/** Longest opening paragraph taken for the lead (sapo) on its looks alone. */
const MAX_LEAD = 600;
const CAPTION_CLASS = /caption|chu-?thich|^image$|img-?desc|photo-?desc/i;
const MARK_ORDER: readonly Mark[] = ['bold', 'italic', 'underline', 'strike', 'code', 'sub', 'sup'];
const MARK_OF: Record<string, Mark> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
  cite: 'italic',
  u: 'underline',
  ins: 'underline',
  s: 'strike',
  strike: 'strike',
  del: 'strike',
  code: 'code',
  sub: 'sub',
  sup: 'sup',
};
const CONTAINERS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'pre']);

/** How a paragraph looked in the CMS: what tells a caption from body text. */
interface ParagraphLook {
  centred: boolean;
  captionClass: boolean;
  leadClass: boolean;
}

/**
 * Turns CMS HTML into an `Article`: sanitised with `sanitizeSchema`, then read into blocks. A `<figure>` gives an
 * image with its `<figcaption>`; a short paragraph right after an image (italic, centred, classed "caption", or
 * plain and under 160 characters without a final full stop) becomes that image's caption, with a trailing
 * "(Ảnh: …)" as its credit. When `meta.lead` is not given, an opening paragraph classed as the sapo ("sapo",
 * "lead", "summary", …) or bold throughout becomes the lead. When `meta.authors` is empty, a final paragraph holding only a name ("Ngọc Hà")
 * becomes the author, and one starting "Theo …" or "Nguồn: …" the `sourceCredit`. Relative URLs are resolved
 * against `meta.url`. Pure JavaScript: no DOM is needed, the result is the same in Node and browsers.
 * @throws ArticleValidationError when `meta` (or the result) is not a valid article.
 */
export function articleFromHtml(html: string, meta: ArticleMeta): Article {
  if (typeof html !== 'string') throw new ArticleError(`html: ${describeValue(html)} is not a string of HTML`);
  if (meta === null || typeof meta !== 'object')
    throw new ArticleError(`meta: ${describeValue(meta)} is not an object`);
  const {
    blocks,
    title: leadingH1,
    lead: leadingSapo,
  } = htmlToBlocks(html, {
    baseUrl: typeof meta.url === 'string' ? meta.url : undefined,
  });
  const lead = meta.lead ?? leadingSapo;
  if (meta.lead === undefined && leadingSapo !== undefined) blocks.splice(leadingH1 === undefined ? 0 : 1, 1);
  // A leading <h1> is the title: taken out when the meta has none or repeats it, kept as a heading otherwise.
  const sameAsMeta =
    leadingH1 !== undefined && meta.title !== undefined && searchKey(leadingH1) === searchKey(meta.title);
  if (leadingH1 !== undefined && (meta.title === undefined || sameAsMeta)) blocks.shift();
  const title = meta.title ?? leadingH1;
  const authors = [...(meta.authors ?? [])];
  let sourceCredit = meta.sourceCredit;
  takeTrailer(blocks, authors, (credit) => {
    if (sourceCredit !== undefined) return false;
    sourceCredit = credit;
    return true;
  });
  return parseArticle(
    dropUndefined({
      ...meta,
      title,
      lead,
      slug: meta.slug ?? (typeof title === 'string' ? slugify(title) : undefined),
      body: blocks,
      authors,
      sourceCredit,
    }),
  );
}

export interface HtmlToBlocksOptions {
  /** Relative `href`/`src` are resolved against it. */
  baseUrl?: string;
}

/**
 * The blocks of an HTML fragment, sanitised, captions attached to their images; no byline handling.
 * `title` is the text of an `<h1>` that opens the fragment (it stays in `blocks` as a level-2 heading; the model's
 * headings start at 2), for a caller that wants it as the title. `lead` is the text of the paragraph that opens the
 * body (after that `<h1>`) when it reads as the sapo: classed "sapo", "lead", "summary", … or bold throughout, and
 * at most 600 characters; it too stays in `blocks`.
 */
export function htmlToBlocks(
  html: string,
  options: HtmlToBlocksOptions = {},
): { blocks: Block[]; title?: string; lead?: string } {
  const tree = fromHtml(html, { fragment: true });
  normalisePresentation(tree);
  const clean = sanitize(tree, sanitizeSchema) as Root;
  const reader = new BlockReader(options.baseUrl);
  reader.readChildren(clean, { marks: [] });
  reader.flush();
  attachCaptions(reader.blocks, reader.looks);
  const first = reader.blocks[0];
  const title = first && reader.h1s.has(first) ? oneLine(spansToText((first as HeadingBlock).content)) : undefined;
  const opening = reader.blocks[title === undefined ? 0 : 1];
  let lead: string | undefined;
  if (opening?.type === 'paragraph' && reader.blocks.length > (title === undefined ? 1 : 2)) {
    const text = oneLine(spansToText(opening.content));
    const bold = opening.content.every((s) => s.text.trim() === '' || s.marks?.includes('bold'));
    if ((bold || reader.looks.get(opening)?.leadClass) && text.length <= MAX_LEAD) lead = text;
  }
  return dropUndefined({ blocks: reader.blocks, title, lead });
}

/** Before sanitising: keep centring (from `style`/`<center>`) and lazy-loaded image sources, which the allow-list would drop. */
function normalisePresentation(node: Root | Element): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const props = child.properties;
    if (typeof props.style === 'string' && /text-align\s*:\s*center/i.test(props.style)) props.align = 'center';
    if (child.tagName === 'center') {
      child.tagName = 'div';
      props.align = 'center';
    }
    if (child.tagName === 'img') {
      const lazy = props.dataSrc ?? props.dataOriginal ?? props.dataLazySrc;
      if (typeof lazy === 'string' && (typeof props.src !== 'string' || /^\s*data:/i.test(props.src))) props.src = lazy;
    }
    normalisePresentation(child);
  }
}

interface InlineContext {
  marks: Mark[];
  href?: string;
}

class BlockReader {
  readonly blocks: Block[] = [];
  readonly looks = new WeakMap<Block, ParagraphLook>();
  /** Headings that were `<h1>` in the HTML. */
  readonly h1s = new WeakSet<Block>();
  private spans: Span[] = [];
  private look: ParagraphLook = { centred: false, captionClass: false, leadClass: false };

  constructor(private readonly baseUrl: string | undefined) {}

  readChildren(node: Root | Element, ctx: InlineContext): void {
    for (const child of node.children) this.read(child, ctx);
  }

  /** Ends the paragraph being gathered, if it holds any text. */
  flush(): void {
    const content = tidySpans(this.spans);
    this.spans = [];
    if (content.length === 0) return;
    const block: Block = { type: 'paragraph', content };
    this.blocks.push(block);
    this.looks.set(block, this.look);
  }

  private read(node: RootContent | ElementContent, ctx: InlineContext): void {
    if (node.type === 'text') {
      this.spans.push(span(node.value.replace(/[ \t\n\r\f]+/g, ' '), ctx));
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const mark = MARK_OF[tag];
    if (mark) {
      this.readChildren(node, { ...ctx, marks: [...ctx.marks, mark] });
      return;
    }
    switch (tag) {
      case 'br':
        this.spans.push(span('\n', ctx));
        return;
      case 'a': {
        const href = node.properties.href;
        this.readChildren(node, typeof href === 'string' ? { ...ctx, href: this.url(href) } : ctx);
        return;
      }
      case 'img': {
        this.flush();
        const image = this.image(node);
        if (image) this.blocks.push({ type: 'image', image });
        return;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.heading(node, tag);
        return;
      case 'ul':
      case 'ol':
        this.list(node);
        return;
      case 'blockquote':
        this.quote(node);
        return;
      case 'figure':
        this.figure(node);
        return;
      case 'table':
        this.table(node);
        return;
      case 'li':
      case 'figcaption':
      case 'caption':
      case 'tr':
      case 'td':
      case 'th':
      case 'thead':
      case 'tbody':
      case 'tfoot':
        // Only reachable outside their parents (the sanitiser keeps them only there): read as a paragraph.
        this.flush();
        this.readChildren(node, ctx);
        this.flush();
        return;
      default:
        if (CONTAINERS.has(tag)) {
          this.container(node, ctx);
          return;
        }
        // span, font, small, mark, q, abbr, unknown-but-unwrapped: keep the text, drop the element.
        this.readChildren(node, ctx);
        return;
    }
  }

  private container(node: Element, ctx: InlineContext): void {
    this.flush();
    const outer = this.look;
    this.look = {
      centred: node.properties.align === 'center' || (outer.centred && node.properties.align === undefined),
      captionClass: classes(node).some((name) => CAPTION_CLASS.test(name)) || outer.captionClass,
      leadClass: classes(node).some((name) => LEAD_CLASS.test(name)) || outer.leadClass,
    };
    this.readChildren(node, ctx);
    this.flush();
    this.look = outer;
  }

  private heading(node: Element, tag: string): void {
    this.flush();
    const sub = this.subReader(node);
    const [first, ...rest] = sub.blocks;
    const content = first?.type === 'paragraph' ? first.content : [];
    if (content.length > 0) {
      const level = Math.max(2, Number(tag.slice(1))) as 2 | 3 | 4 | 5 | 6;
      const heading: Block = { type: 'heading', level, content };
      this.blocks.push(heading);
      if (tag === 'h1') this.h1s.add(heading);
    }
    this.blocks.push(...(first?.type === 'paragraph' ? rest : sub.blocks));
  }

  private list(node: Element): void {
    this.flush();
    const items: Span[][] = [];
    const after: Block[] = [];
    const readItems = (list: Element) => {
      for (const li of list.children) {
        if (li.type !== 'element') continue;
        const sub = this.subReader(li, (child) => child.tagName !== 'ul' && child.tagName !== 'ol');
        for (const block of sub.blocks) {
          if (block.type === 'paragraph') items.push(block.content);
          else after.push(block);
        }
        // Nested lists are flattened into the outer one: the model has no nesting.
        for (const child of li.children) {
          if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) readItems(child);
        }
      }
    };
    readItems(node);
    if (items.length > 0) this.blocks.push({ type: 'list', ordered: node.tagName === 'ol', items });
    this.blocks.push(...after);
  }

  private quote(node: Element): void {
    this.flush();
    const sub = this.subReader(node);
    const paragraphs = sub.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.content] : []));
    if (paragraphs.length > 0) this.blocks.push({ type: 'quote', paragraphs });
    this.blocks.push(...sub.blocks.filter((block) => block.type !== 'paragraph'));
  }

  private figure(node: Element): void {
    this.flush();
    const captionNode = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
    );
    const sub = this.subReader(node, (child) => child !== captionNode);
    const caption = captionNode ? plainText(this.subReader(captionNode).blocks) : '';
    const image = sub.blocks.find((block) => block.type === 'image');
    if (image && caption && !image.image.caption) Object.assign(image.image, captionAndCredit(caption));
    else if (caption) sub.blocks.push(paragraph(caption));
    this.blocks.push(...sub.blocks);
    for (const block of sub.blocks) {
      const look = sub.looks.get(block);
      if (look) this.looks.set(block, look);
    }
  }

  private table(node: Element): void {
    this.flush();
    const images = descendants(node).filter((el) => el.tagName === 'img');
    if (images.length === 1) {
      // The "image table" many Vietnamese CMSs emit: the photo in one row, its caption in the next.
      const sub = this.subReader(node);
      const text = plainText(sub.blocks);
      const image = sub.blocks.find((block) => block.type === 'image');
      if (image && text.length <= MAX_CAPTION) {
        if (text && !image.image.caption) Object.assign(image.image, captionAndCredit(text));
        this.blocks.push(image);
        return;
      }
    }
    const rows: { content: Span[]; header?: boolean }[][] = [];
    let caption: string | undefined;
    const after: Block[] = [];
    for (const el of descendants(node)) {
      if (el.tagName === 'caption') caption = plainText(this.subReader(el).blocks) || undefined;
      if (el.tagName !== 'tr') continue;
      const row: { content: Span[]; header?: boolean }[] = [];
      for (const cell of el.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        const sub = this.subReader(cell);
        const content: Span[] = [];
        for (const block of sub.blocks) {
          if (block.type === 'paragraph') {
            if (content.length > 0) content.push({ text: '\n' });
            content.push(...block.content);
          } else after.push(block);
        }
        row.push(
          dropUndefined({
            content: tidySpans(content),
            header: cell.tagName === 'th' ? true : undefined,
            colSpan: cellSpan(cell.properties.colSpan),
            rowSpan: cellSpan(cell.properties.rowSpan),
          }),
        );
      }
      if (row.length > 0) rows.push(row);
    }
    if (rows.length > 0) this.blocks.push(dropUndefined({ type: 'table' as const, caption, rows }));
    this.blocks.push(...after);
  }

  /** Reads an element's children on their own, flattening every block the model cannot nest. */
  private subReader(node: Element, keep: (child: Element) => boolean = () => true): BlockReader {
    const sub = new BlockReader(this.baseUrl);
    sub.look = this.look;
    for (const child of node.children) {
      if (child.type === 'element' && !keep(child)) continue;
      sub.read(child, { marks: [] });
    }
    sub.flush();
    attachCaptions(sub.blocks, sub.looks);
    return sub;
  }

  private image(node: Element): Image | undefined {
    const src = node.properties.src;
    // The sanitiser has removed javascript:, data: and every other scheme; an image without a source is dropped.
    if (typeof src !== 'string' || src.trim() === '') return undefined;
    const alt = typeof node.properties.alt === 'string' ? cleanText(node.properties.alt).trim() : '';
    return dropUndefined({
      src: this.url(src.trim()),
      alt,
      width: pixels(node.properties.width),
      height: pixels(node.properties.height),
    });
  }

  private url(value: string): string {
    return resolveUrl(value, this.baseUrl);
  }
}

function span(text: string, ctx: InlineContext): Span {
  const marks = MARK_ORDER.filter((mark) => ctx.marks.includes(mark));
  return dropUndefined({ text, marks: marks.length > 0 ? marks : undefined, href: ctx.href });
}

function paragraph(text: string): Block {
  return { type: 'paragraph', content: [{ text }] };
}

/** Merges neighbours with the same marks and link, trims the edges and the spaces around line breaks. */
function tidySpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const next of spans) {
    const text = cleanText(next.text);
    if (text === '') continue;
    const last = merged.at(-1);
    if (last && last.href === next.href && String(last.marks) === String(next.marks)) last.text += text;
    else merged.push({ ...next, text });
  }
  for (const [i, s] of merged.entries()) {
    // A lone no-break space is meant ("Năm\u00a0là"); one beside other spaces is CMS padding.
    s.text = s.text.replace(/ *\n */g, '\n').replace(/[ \u00a0]{2,}/g, ' ');
    if (i === 0) s.text = s.text.replace(/^[\s\u00a0]+/, '');
    if (i === merged.length - 1) s.text = s.text.replace(/[\s\u00a0]+$/, '');
  }
  // Trimming can expose more edge whitespace in the neighbours (e.g. a bold " " before a line break).
  const kept = merged.filter((s) => s.text !== '');
  if (kept.length !== merged.length) return tidySpans(kept);
  return kept.every((s) => /^[\s\u00a0]*$/.test(s.text)) ? [] : kept;
}

function cleanText(text: string): string {
  return text.normalize('NFC').replace(FORBIDDEN_CHARS, '');
}

function plainText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) => (block.type === 'paragraph' ? [spansToText(block.content)] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function descendants(node: Element): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child, ...descendants(child));
  }
  return found;
}

function cellSpan(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 2 && n <= 1000 ? n : undefined;
}

function pixels(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : undefined;
}

const CREDIT = /\s*[([]\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*([^)\]]+?)\s*[)\]]\s*$/iu;

/** "Lễ kết nạp … (Ảnh: Ngọc Hà)" → caption and credit apart; "Ảnh: Ngọc Hà" alone is only a credit. */
function captionAndCredit(text: string): { caption?: string; credit?: string } {
  const whole = /^(?:ảnh|nguồn ảnh|photo)\s*:\s*(.+)$/iu.exec(text);
  if (whole?.[1]) return { credit: whole[1].trim() };
  const match = CREDIT.exec(text);
  if (match?.[1] && match.index > 0) return { caption: text.slice(0, match.index).trim(), credit: match[1] };
  return { caption: text };
}

/** Gives each uncaptioned image the caption-like paragraph right after it, taking that paragraph out. */
function attachCaptions(blocks: Block[], looks: WeakMap<Block, ParagraphLook>): void {
  for (let i = 0; i < blocks.length - 1; i++) {
    const block = blocks[i]!;
    const next = blocks[i + 1]!;
    if (block.type !== 'image' || block.image.caption || next.type !== 'paragraph') continue;
    const text = spansToText(next.content).replace(/\s+/g, ' ').trim();
    const look = looks.get(next);
    const italic = next.content.every((s) => s.text.trim() === '' || s.marks?.includes('italic'));
    const styled = italic || look?.centred === true || look?.captionClass === true;
    const isLast = i + 1 === blocks.length - 1;
    const looksLikeCaption = styled
      ? text.length <= MAX_CAPTION
      : !isLast && text.length <= MAX_PLAIN_CAPTION && !/[.:;!?…]$/.test(text);
    if (!looksLikeCaption) continue;
    Object.assign(block.image, captionAndCredit(text));
    blocks.splice(i + 1, 1);
  }
}

/** "Tin, ảnh: Minh Đức", "Bài và ảnh: …": what the reporter did, before the name. */
const BYLINE_PREFIX = /^(?:(?:tin|bài|ảnh|video|clip)(?:\s*(?:,|và|\/|-)\s*(?:tin|bài|ảnh|video|clip))*)\s*:\s*/iu;
/** "Ngọc Hà (tổng hợp)": a compilation note after the name. */
const BYLINE_SUFFIX = /\s*\((?:tổng hợp|th|sưu tầm|st)\)$/iu;
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;
/** "Theo Báo Ninh Bình", "(Nguồn: TTXVN)": a capitalised name, no sentence ("Theo đó, …" is prose). */
const SOURCE = /^\(?((?:[Tt]heo|[Nn]guồn\s*:)\s+\p{Lu}[^.!?;]*?)\)?$/u;

function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return text.length <= 60 && words.length <= 6 && words.every((word) => NAME_WORD.test(word));
}

/**
 * The trailer Vietnamese CMSs end an article with: a source line ("Theo Báo Ninh Bình") and the byline
 * ("Ngọc Hà", or "Ngọc Hà - Minh Anh"). Taken out of `blocks` only when the meta did not already say it.
 */
function takeTrailer(blocks: Block[], authors: Author[], setSource: (credit: string) => boolean): void {
  const bylineGiven = authors.length > 0;
  for (let pass = 0; pass < 2; pass++) {
    const last = blocks.at(-1);
    if (last?.type !== 'paragraph' || blocks.length < 2) return;
    const text = spansToText(last.content).replace(/\s+/g, ' ').trim();
    const source = SOURCE.exec(text)?.[1];
    if (source && text.length <= 100) {
      if (!setSource(source)) return;
      blocks.pop();
      continue;
    }
    const byline = text.replace(BYLINE_PREFIX, '').replace(BYLINE_SUFFIX, '');
    const names = byline.split(/\s+[-–—]\s+|\s*,\s*|\s+và\s+/u).filter(Boolean);
    if (names.length === 0 || !names.every(looksLikeName)) return;
    if (bylineGiven) {
      // The meta already names the authors: drop the paragraph only when it repeats them.
      const given = authors.map((a) => a.name.normalize('NFC').toLocaleLowerCase('vi')).join('|');
      if (names.map((n) => n.toLocaleLowerCase('vi')).join('|') === given) blocks.pop();
      return;
    }
    authors.push(...names.map((name) => ({ name })));
    blocks.pop();
    return;
  }
}

function dropUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}
