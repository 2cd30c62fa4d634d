import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from './pages.ts';

/** One fenced ```html block of the webmasters' guide, with the heading it sits under. */
export interface Snippet {
  section: string;
  html: string;
}

/** HUONG-DAN.md as a webmaster reads it. */
export function guideText(): string {
  return readFileSync(resolve(PACKAGE_ROOT, 'HUONG-DAN.md'), 'utf8');
}

/** Every ```html block of HUONG-DAN.md, in order, exactly as a webmaster would copy it. */
export function guideSnippets(): Snippet[] {
  const guide = guideText();
  const snippets: Snippet[] = [];
  let section = '';
  for (const match of guide.matchAll(/^(#{2,3} .*)$|^```html\n([\s\S]*?)^```$/gm)) {
    if (match[1]) section = match[1].replace(/^#+ /, '');
    else snippets.push({ section, html: match[2]! });
  }
  return snippets;
}

/** The guide's `<head>` lines that reserve the banner's height before the script runs (§6). */
export function guideReservedHeight(): string {
  const found = guideSnippets().filter((s) => s.html.includes(':not(:defined)'));
  if (found.length !== 1)
    throw new Error(`HUONG-DAN.md: expected one snippet reserving the height, found ${found.length}`);
  return found[0]!.html;
}

/** The lines of HUONG-DAN.md between the `start` and `end` marker lines (both must be there, in that order). */
export function guideBetween(start: string, end: string): string {
  const guide = guideText();
  const from = guide.indexOf(`${start}\n`);
  const to = guide.indexOf(`\n${end}`, from);
  if (from < 0 || to < 0) throw new Error(`HUONG-DAN.md: expected the lines ${start} … ${end}`);
  return guide.slice(from + start.length + 1, to);
}
