import type { Block, Image } from '../model.js';
import { spansToText } from '../text.js';
import { oneLine } from './spans.js';

/** Longest paragraph (in characters) that may be taken for a photo caption. */
export const MAX_CAPTION = 300;
/** Longest unstyled paragraph taken for a caption: without italics or centring it must look like one. */
const MAX_PLAIN_CAPTION = 160;
export const CAPTION_CLASS = /caption|chu-?thich|^image$|img-?desc|photo-?desc/i;
/** "1. Kết quả đạt được", "II. Nhiệm vụ", "a) …": a numbered subheading, never a caption. */
const NUMBERED_HEADING = /^(?:\d{1,2}|[IVXLC]{1,6}|[a-zđ])[.)]\s/u;

/** How a paragraph looked in the CMS: what tells a caption (or a sapo) from body text. */
export interface ParagraphLook {
  centred: boolean;
  captionClass: boolean;
  leadClass: boolean;
}

const CREDIT = /\s*[([]\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*([^)\]]+?)\s*[)\]]\s*$/iu;

/**
 * "Lễ kết nạp … (Ảnh: Ngọc Hà)" → caption and credit apart; "Ảnh: Ngọc Hà" alone is only a credit. `text` is one
 * line of text, trimmed and not empty; a credit that is only spaces ("(Ảnh: )") is no credit.
 */
export function captionAndCredit(text: string): Pick<Image, 'caption' | 'credit'> {
  const whole = /^(?:ảnh|nguồn ảnh|photo)\s*:\s*(.+)$/iu.exec(text);
  const wholeCredit = whole?.[1]?.trim();
  if (wholeCredit) return { credit: wholeCredit };
  const match = CREDIT.exec(text);
  const credit = match?.[1]?.trim();
  if (match && credit && match.index > 0) return { caption: text.slice(0, match.index).trim(), credit };
  return { caption: text };
}

/**
 * `image` with the caption (and credit) read from `text`, its fields in the model's order (the order
 * `parseArticle` gives them, so the reader's article and the validated one print the same JSON).
 */
export function withCaption(image: Image, text: string): Image {
  const { caption, credit } = captionAndCredit(text.normalize('NFC'));
  const result: Image = { src: image.src, alt: image.alt };
  if (caption !== undefined) result.caption = caption;
  if (credit !== undefined) result.credit = credit;
  if (image.width !== undefined) result.width = image.width;
  if (image.height !== undefined) result.height = image.height;
  if (image.href !== undefined) result.href = image.href;
  return result;
}

/** Gives each uncaptioned image the caption-like paragraph right after it, taking that paragraph out. */
export function attachCaptions(blocks: Block[], looks: ReadonlyMap<Block, ParagraphLook>): void {
  let write = 0;
  for (let read = 0; read < blocks.length; read++) {
    const block = blocks[read]!;
    blocks[write++] = block;
    const next = blocks[read + 1];
    if (block.type !== 'image' || block.image.caption || next?.type !== 'paragraph') continue;
    const isLast = read + 1 === blocks.length - 1;
    if (!looksLikeCaption(next, looks.get(next), isLast)) continue;
    block.image = withCaption(block.image, oneLine(spansToText(next.content)));
    read++;
  }
  blocks.length = write;
}

function looksLikeCaption(
  next: Extract<Block, { type: 'paragraph' }>,
  look: ParagraphLook | undefined,
  isLast: boolean,
) {
  const text = oneLine(spansToText(next.content));
  if (NUMBERED_HEADING.test(text)) return false;
  const italic = next.content.every((s) => s.text.trim() === '' || s.marks?.includes('italic'));
  const styled = italic || look?.centred === true || look?.captionClass === true;
  return styled ? text.length <= MAX_CAPTION : !isLast && text.length <= MAX_PLAIN_CAPTION && !/[.:;!?…]$/.test(text);
}
