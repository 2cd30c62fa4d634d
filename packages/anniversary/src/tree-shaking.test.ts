import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a browser bundle of the built package keeps: code that does not import the catalog must not carry it
// (the script-tag widget derives its own compact catalog data at build time).
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

  it('leaves the catalog out of code that only merges the lists it is given', async () => {
    const code = await bundle('mergeById, selectForBanner');
    expect(code).not.toMatch(/Nguy\\xEAn|Lunar New Year/);
  });

  it('leaves the catalog out of code that chooses national days from rows it passes itself', async () => {
    const code = await bundle('pickNationalFrom');
    expect(code).toContain('is not a catalog or group id');
    expect(code).not.toMatch(/Nguy\\xEAn|Lunar New Year/);
  });

  it('keeps no Node module', async () => {
    expect(await bundle('selectForBanner, formatBanner, elapsedYears')).not.toMatch(/node:|process\./);
  });
});
