import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Block, Image, ListBlock, Mark, Span, TableCell } from '../model.js';
import { isSafeHref, isSafeImageSrc, resolveUrl } from '../safe-url.js';
import { attachCaptions, CAPTION_CLASS, MAX_CAPTION, type ParagraphLook, withCaption } from './captions.js';
import { LEAD_CLASS } from './lead.js';
import { elementsUnder } from './parse-html.js';
import { cleanText, collapseWhitespace, type InlineContext, plainText, span, tidySpans } from './spans.js';

const MARK_OF: ReadonlyMap<string, Mark> = new Map([
  ['strong', 'bold'],
  ['b', 'bold'],
  ['em', 'italic'],
  ['i', 'italic'],
  ['cite', 'italic'],
  ['u', 'underline'],
  ['ins', 'underline'],
  ['s', 'strike'],
  ['strike', 'strike'],
  ['del', 'strike'],
  ['code', 'code'],
  ['sub', 'sub'],
  ['sup', 'sup'],
]);
const CONTAINERS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'pre']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const TABLE_PARTS = new Set(['li', 'figcaption', 'caption', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot']);
/** Most rows the photo-then-caption table has: photo, caption, credit. More is a data table. */
const MAX_IMAGE_TABLE_ROWS = 3;

/**
 * Reads a sanitised tree into blocks. Each element kind has its own reader; what the model cannot nest (a list
 * in a quote, a table in a cell) is read on its own and placed after its container. Recursion follows the
 * element nesting, which `parseCleanHtml` has bounded (`HTML_LIMITS.maxDepth`); every step is linear in the
 * nodes it visits, and no node's text is read twice.
 */
export class BlockReader {
  readonly blocks: Block[] = [];
  readonly looks = new Map<Block, ParagraphLook>();
  /** Headings that were `<h1>` in the HTML. */
  readonly h1s = new Set<Block>();
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
      this.spans.push(span(collapseWhitespace(node.value, ctx), ctx));
      return;
    }
    if (node.type !== 'element') return;
    const tag = node.tagName;
    const mark = MARK_OF.get(tag);
    if (mark) this.readChildren(node, { ...ctx, marks: [...ctx.marks, mark] });
    else if (tag === 'br') this.spans.push(span('\n', ctx));
    else if (tag === 'a') {
      const href = typeof node.properties.href === 'string' ? this.url(node.properties.href) : undefined;
      this.readChildren(node, href !== undefined && isSafeHref(href) ? { ...ctx, href } : ctx);
    } else if (tag === 'img') {
      this.flush();
      const image = this.image(node, ctx.href);
      if (image) this.blocks.push({ type: 'image', image });
    } else if (HEADINGS.has(tag)) this.heading(node, tag);
    else if (tag === 'ul' || tag === 'ol') this.list(node);
    else if (tag === 'blockquote') this.quote(node);
    else if (tag === 'figure') this.figure(node);
    else if (tag === 'table') this.table(node);
    else if (TABLE_PARTS.has(tag)) {
      // Only reachable outside their parents (the sanitiser keeps them only there): read as a paragraph.
      this.flush();
      this.readChildren(node, ctx);
      this.flush();
    } else if (CONTAINERS.has(tag)) this.container(node, tag === 'pre' ? { ...ctx, preformatted: true } : ctx);
    // span, font, small, mark, q, abbr, unknown-but-unwrapped: keep the text, drop the element.
    else this.readChildren(node, ctx);
  }

  private container(node: Element, ctx: InlineContext): void {
    this.flush();
    const outer = this.look;
    const names = classes(node);
    this.look = {
      centred: node.properties.align === 'center' || (outer.centred && node.properties.align === undefined),
      captionClass: names.some((name) => CAPTION_CLASS.test(name)) || outer.captionClass,
      leadClass: names.some((name) => LEAD_CLASS.test(name)) || outer.leadClass,
    };
    this.readChildren(node, ctx);
    this.flush();
    this.look = outer;
  }

  private heading(node: Element, tag: string): void {
    this.flush();
    const sub = this.subReader(node);
    const [first, ...rest] = sub.blocks;
    if (first?.type === 'paragraph') {
      const level = Math.max(2, Number(tag.slice(1))) as 2 | 3 | 4 | 5 | 6;
      const heading: Block = { type: 'heading', level, content: first.content };
      this.blocks.push(heading);
      if (tag === 'h1') this.h1s.add(heading);
      append(this.blocks, rest);
    } else append(this.blocks, sub.blocks);
  }

  private list(node: Element): void {
    this.flush();
    const ordered = node.tagName === 'ol';
    let current: ListBlock = withStart(
      { type: 'list', ordered, items: [] },
      ordered ? node.properties.start : undefined,
    );
    const lists: ListBlock[] = [current];
    const after: Block[] = [];
    const readItems = (list: Element, outermost: boolean) => {
      for (const li of list.children) {
        if (li.type !== 'element') continue;
        // <li value="5"> renumbers from there: the model says it with a list that starts at 5.
        const value = ordered && outermost ? whole(li.properties.value) : undefined;
        if (value !== undefined) {
          current =
            current.items.length === 0
              ? withStart(current, value)
              : withStart({ type: 'list', ordered, items: [] }, value);
          if (!lists.includes(current)) lists.push(current);
        }
        const sub = this.subReader(li, (child) => child.tagName !== 'ul' && child.tagName !== 'ol');
        for (const block of sub.blocks) {
          if (block.type === 'paragraph') current.items.push(block.content);
          else after.push(block);
        }
        // Nested lists are flattened into the outer one: the model has no nesting.
        for (const child of li.children) {
          if (child.type === 'element' && (child.tagName === 'ul' || child.tagName === 'ol')) readItems(child, false);
        }
      }
    };
    readItems(node, true);
    append(
      this.blocks,
      lists.filter((list) => list.items.length > 0),
    );
    append(this.blocks, after);
  }

  private quote(node: Element): void {
    this.flush();
    const sub = this.subReader(node);
    const paragraphs = sub.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.content] : []));
    if (paragraphs.length > 0) this.blocks.push({ type: 'quote', paragraphs });
    append(
      this.blocks,
      sub.blocks.filter((block) => block.type !== 'paragraph'),
    );
  }

  private figure(node: Element): void {
    this.flush();
    const captionNode = node.children.find(
      (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
    );
    const sub = this.subReader(node, (child) => child !== captionNode);
    const caption = captionNode ? plainText(this.subReader(captionNode).blocks) : '';
    const image = sub.blocks.find((block) => block.type === 'image');
    if (image && caption && !image.image.caption) image.image = withCaption(image.image, caption);
    else if (caption) sub.blocks.push({ type: 'paragraph', content: [{ text: caption }] });
    append(this.blocks, sub.blocks);
    for (const block of sub.blocks) {
      const look = sub.looks.get(block);
      if (look) this.looks.set(block, look);
    }
  }

  private table(node: Element): void {
    this.flush();
    const rows = tableRows(node);
    if (this.imageTable(node, rows)) return;
    const cells: TableCell[][] = [];
    const captionNode = node.children.find((el): el is Element => el.type === 'element' && el.tagName === 'caption');
    const caption = captionNode ? plainText(this.subReader(captionNode).blocks) || undefined : undefined;
    const after: Block[] = [];
    for (const tr of rows) {
      const row: TableCell[] = [];
      for (const cell of tr.children) {
        if (cell.type !== 'element' || (cell.tagName !== 'td' && cell.tagName !== 'th')) continue;
        row.push(this.cell(cell, after));
      }
      if (row.length > 0) cells.push(row);
    }
    if (cells.length > 0)
      this.blocks.push(caption ? { type: 'table', caption, rows: cells } : { type: 'table', rows: cells });
    append(this.blocks, after);
  }

  /** The "image table" many Vietnamese CMSs emit: the photo in one row, its caption in the next, one column. */
  private imageTable(node: Element, rows: readonly Element[]): boolean {
    if (rows.length > MAX_IMAGE_TABLE_ROWS || rows.some((tr) => cellsOf(tr).length > 1)) return false;
    const images = elementsUnder(node, (el) => el.tagName === 'table').filter((el) => el.tagName === 'img');
    if (images.length !== 1) return false;
    const sub = this.subReader(node);
    const text = plainText(sub.blocks);
    const image = sub.blocks.find((block) => block.type === 'image');
    if (!image || text.length > MAX_CAPTION || sub.blocks.some((b) => b.type !== 'image' && b.type !== 'paragraph')) {
      return false;
    }
    if (text && !image.image.caption) image.image = withCaption(image.image, text);
    this.blocks.push(image);
    return true;
  }

  /** One cell: its paragraphs and lists as lines of text; anything else it holds goes to `after`. */
  private cell(cell: Element, after: Block[]): TableCell {
    const sub = this.subReader(cell);
    const content: Span[] = [];
    const line = (spans: readonly Span[]) => {
      if (content.length > 0) content.push({ text: '\n' });
      append(content, spans);
    };
    for (const block of sub.blocks) {
      if (block.type === 'paragraph') line(block.content);
      else if (block.type === 'list') {
        // A list in a cell stays in its cell, one item a line: "• …" or "1. …".
        for (const [i, item] of block.items.entries()) {
          line([{ text: block.ordered ? `${(block.start ?? 1) + i}. ` : '• ' }, ...item]);
        }
      } else after.push(block);
    }
    const result: TableCell = { content: tidySpans(content) };
    if (cell.tagName === 'th') result.header = true;
    const colSpan = cellSpan(cell.properties.colSpan);
    if (colSpan !== undefined) result.colSpan = colSpan;
    const rowSpan = cellSpan(cell.properties.rowSpan);
    if (rowSpan !== undefined) result.rowSpan = rowSpan;
    return result;
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

  private image(node: Element, href: string | undefined): Image | undefined {
    const src = node.properties.src;
    // The sanitiser has removed javascript:, data: and every other scheme; an image without a source is dropped.
    if (typeof src !== 'string' || src.trim() === '') return undefined;
    const url = this.url(src.trim());
    // What no browser would load either (a control character inside an absolute URL) is refused by the model too.
    if (!isSafeImageSrc(url)) return undefined;
    const image: Image = {
      src: url,
      alt: typeof node.properties.alt === 'string' ? cleanText(node.properties.alt).trim() : '',
    };
    const width = pixels(node.properties.width);
    if (width !== undefined) image.width = width;
    const height = pixels(node.properties.height);
    if (height !== undefined) image.height = height;
    if (href !== undefined) image.href = href;
    return image;
  }

  private url(value: string): string {
    return resolveUrl(value, this.baseUrl);
  }
}

/** Pushes one by one: spreading a long array into `push` overflows the stack. */
function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The table's own rows (directly, or in its thead/tbody/tfoot), never those of a table nested in a cell. */
function tableRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
}

function withStart(list: ListBlock, start: unknown): ListBlock {
  const n = whole(start);
  if (n !== undefined && n !== 1) list.start = n;
  else delete list.start;
  return list;
}

function classes(node: Element): string[] {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

function whole(value: unknown): number | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  const n = typeof value === 'number' ? value : text !== '' ? Number(text) : Number.NaN;
  return Number.isInteger(n) && Math.abs(n) < 1_000_000 ? n : undefined;
}

function cellSpan(value: unknown): number | undefined {
  const n = whole(value);
  return n !== undefined && n >= 2 && n <= 1000 ? n : undefined;
}

function pixels(value: unknown): number | undefined {
  const n = whole(value);
  return n !== undefined && n > 0 && n < 100_000 ? n : undefined;
}
