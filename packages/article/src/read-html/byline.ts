import type { Author, Block } from '../model.js';
import { spansToText } from '../text.js';
import { oneLine } from './spans.js';

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
export function takeTrailer(blocks: Block[], authors: Author[], setSource: (credit: string) => boolean): void {
  const bylineGiven = authors.length > 0;
  for (let pass = 0; pass < 2; pass++) {
    const last = blocks.at(-1);
    if (last?.type !== 'paragraph' || blocks.length < 2) return;
    const text = oneLine(spansToText(last.content));
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
