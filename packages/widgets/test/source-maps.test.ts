import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from './pages.ts';

const CDN = resolve(PACKAGE_ROOT, 'dist/cdn');

/**
 * Where DevTools takes a reader who clicks on `text` in a built script-tag file: the original file and the
 * text of its line, read from the source tree (not from the map's own copy of the sources).
 */
function mapBack(file: string, text: string): { source: string; line: string } {
  const code = readFileSync(resolve(CDN, file), 'utf8');
  const at = code.indexOf(text);
  expect(at, `"${text}" in ${file}`).toBeGreaterThan(-1);
  expect(code.indexOf(text, at + 1), `"${text}" once in ${file}`).toBe(-1);
  const before = code.slice(0, at).split('\n');
  const map = new TraceMap(readFileSync(resolve(CDN, `${file}.map`), 'utf8'));
  const original = originalPositionFor(map, { line: before.length, column: before.at(-1)!.length });
  expect(original.source, `a source for "${text}" in ${file}`).not.toBeNull();
  const source = resolve(CDN, original.source!);
  return { source, line: readFileSync(source, 'utf8').split('\n')[original.line! - 1]! };
}

describe('the source maps shipped with the script-tag files', () => {
  it('map a string in the loader back to the line of src/loader.ts that holds it', () => {
    const { source, line } = mapBack('vnportal-widgets.js', '"vnportal.widgets.loader"');
    expect(source).toBe(resolve(PACKAGE_ROOT, 'src/loader.ts'));
    expect(line).toContain("'vnportal.widgets.loader'");
  });

  it('map strings in the banner chunk, after its licence line, back to the lines that hold them', () => {
    const code = readFileSync(resolve(CDN, 'anniversary-banner.js'), 'utf8');
    // The chunk starts with a comment line: a map that counts lines wrongly lands on the wrong source here.
    expect(code.split('\n').length).toBeGreaterThan(1);
    const known = [
      ['"vnp-banner-change"', 'src/anniversary-banner/banner-change-event.ts'],
      ['"manual"', 'src/anniversary-banner/anniversary-banner.component.ts'],
    ];
    for (const [text, file] of known) {
      const { source, line } = mapBack('anniversary-banner.js', text!);
      expect(source).toBe(resolve(PACKAGE_ROOT, file!));
      expect(line).toContain(text!.replaceAll('"', "'"));
    }
  });

  it('name as many generated lines as each file has', () => {
    for (const file of ['vnportal-widgets.js', 'anniversary-banner.js', 'messages.js']) {
      const lines = readFileSync(resolve(CDN, file), 'utf8').replace(/\n$/, '').split('\n').length;
      const map = JSON.parse(readFileSync(resolve(CDN, `${file}.map`), 'utf8')) as { mappings: string };
      expect(map.mappings.replace(/;+$/, '').split(';').length, file).toBeLessThanOrEqual(lines);
    }
  });
});
