/** Inline formatting a span of text may carry. */
export type Mark = 'bold' | 'italic' | 'underline' | 'strike' | 'code' | 'sub' | 'sup';

/** A run of text with the same marks and link. A line break inside a paragraph is `"\n"` in `text`. */
export interface Span {
  text: string;
  marks?: Mark[];
  /** Link target: an http(s), mailto or tel URL, a relative path or a `#fragment`. */
  href?: string;
}

/** A photo as portals publish it: the file, its alt text, the caption under it and who took it. */
export interface Image {
  /** An http(s) URL or a relative path (resolved against the article's `url` in feeds). */
  src: string;
  /** Alt text; `""` when the caption already says it all. */
  alt: string;
  caption?: string;
  /** "Ảnh: Ngọc Hà": who took or owns the photo. */
  credit?: string;
  width?: number;
  height?: number;
  /** Where the photo links to (a larger version, the story it illustrates): a safe link as in `Span.href`. */
  href?: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  content: Span[];
}

export interface HeadingBlock {
  type: 'heading';
  /** 2–6: the article title is the page's level 1. */
  level: 2 | 3 | 4 | 5 | 6;
  content: Span[];
}

export interface ImageBlock {
  type: 'image';
  image: Image;
}

export interface ListBlock {
  type: 'list';
  ordered: boolean;
  /** One entry per list item. */
  items: Span[][];
  /** The number of the first item of an ordered list (`<ol start>`, `<li value>`); 1 when absent. */
  start?: number;
}

export interface QuoteBlock {
  type: 'quote';
  paragraphs: Span[][];
  /** Who is quoted, as plain text. */
  attribution?: string;
}

export interface TableCell {
  content: Span[];
  /** A `<th>` rather than a `<td>`. */
  header?: boolean;
  /** Columns the cell spans (statistics tables merge cells); 1 when absent. */
  colSpan?: number;
  /** Rows the cell spans; 1 when absent. */
  rowSpan?: number;
}

export interface TableBlock {
  type: 'table';
  caption?: string;
  rows: TableCell[][];
}

/** One block of an article's body. */
export type Block = ParagraphBlock | HeadingBlock | ImageBlock | ListBlock | QuoteBlock | TableBlock;

/** A person credited with writing the article. No e-mail: portals do not publish one. */
export interface Author {
  name: string;
  url?: string;
}

/** The organisation that publishes the article (defaults to the site in JSON-LD and feeds). */
export interface Publisher {
  name: string;
  url?: string;
  /** Logo URL. */
  logo?: string;
}

/** A news article as Vietnamese portals publish it. Every string is NFC. */
export interface Article {
  /** Stable identifier (the CMS's id, or the URL). */
  id: string;
  /** Canonical absolute http(s) URL. */
  url: string;
  /** `ket-qua-cong-tac-…`: lowercase ASCII words joined by `-`. */
  slug: string;
  /** BCP 47 language tag; `"vi"` by default. */
  lang: string;
  title: string;
  /** The sapo: the short standfirst printed under the title. */
  lead?: string;
  body: Block[];
  /** RFC 3339 instant with an offset: `2023-07-03T08:00:00+07:00`. */
  datePublished: string;
  /** RFC 3339 instant with an offset, not before `datePublished`. */
  dateModified?: string;
  authors: Author[];
  /** "Theo Báo Ninh Bình": where the text comes from, kept apart from the authors. */
  sourceCredit?: string;
  publisher?: Publisher;
  featuredImage?: Image;
  /** Chuyên mục: "Tin tức - Sự kiện". */
  section?: string;
  tags: string[];
}

/** The website that publishes articles: names the feeds and is the JSON-LD publisher by default. */
export interface Site {
  name: string;
  /** Home page, absolute http(s) URL. */
  url: string;
  /** BCP 47 tag; `"vi"` by default. */
  language?: string;
  /** Logo URL (absolute, or relative to `url`). */
  logo?: string;
  description?: string;
}
