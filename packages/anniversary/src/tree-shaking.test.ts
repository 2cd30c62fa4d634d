import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a browser bundle of the built package keeps: the script-tag widget must not carry the catalog
// (or its English names) unless it imports them.
async function bundle(imports: string): Promise<string> {
  const out = await build({
    stdin: {
      contents: `export { ${imports} } from './dist/index.js';`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: ['@vnportal/calendar'],
  });
  return out.outputFiles[0]!.text;
}

describe('the built package in a browser bundle', () => {
  it('leaves the catalog out of code that only selects and formats', async () => {
    const code = await bundle('selectForBanner, bannerParts, parseCommemorations');
    expect(code).toContain('Nhi\\u1EC7t li\\u1EC7t ch\\xE0o m\\u1EEBng');
    expect(code).not.toMatch(/Nguy\\xEAn|Lunar New Year/);
  });

  it('keeps the Vietnamese catalog without its English names', async () => {
    const code = await bundle('nationalCommemorations');
    expect(code).toContain('Nguy\\xEAn \\u0111\\xE1n');
    expect(code).not.toContain('Lunar New Year');
  });

  it('leaves the sources out of the lighter catalogs', async () => {
    const code = await bundle('nationalCommemorationsLite, nationalCommemorationsEnLite');
    expect(code).toContain('Nguy\\xEAn \\u0111\\xE1n');
    expect(code).toContain('Lunar New Year');
    expect(code).not.toMatch(/infographics\.vn|BTTTT/);
  });

  it('keeps no Node module', async () => {
    expect(await bundle('selectForBanner, formatBanner, elapsedYears')).not.toMatch(/node:|process\./);
  });
});
