#!/usr/bin/env node
// `npm run size` (after the build): gzip -9 sizes of what the script-tag widget takes from this package,
// bundled from dist/ for the browser as esbuild does, so tree-shaking is measured too. Reports only.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// [what, imports, budget in bytes, leave @vnportal/calendar out of the count?]
const measures = [
  [
    'selectForBanner + bannerParts + parseCommemorations',
    'selectForBanner, bannerParts, parseCommemorations',
    700,
    true,
  ],
  [
    'the same, with @vnportal/calendar (lunar table) inlined',
    'selectForBanner, bannerParts, parseCommemorations',
    0,
    false,
  ],
  ['nationalCommemorations', 'nationalCommemorations', 0, false],
  ['nationalCommemorationsEn', 'nationalCommemorationsEn', 0, false],
  ['nationalCommemorationsLite (what the widget takes)', 'nationalCommemorationsLite', 1200, false],
  ['nationalCommemorationsEnLite', 'nationalCommemorationsEnLite', 0, false],
  ['both Lite catalogs', 'nationalCommemorationsLite, nationalCommemorationsEnLite', 0, false],
];
for (const [name, imports, budget, external] of measures) {
  const out = await build({
    stdin: { contents: `export { ${imports} } from './dist/index.js';`, resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: external ? ['@vnportal/calendar'] : [],
  });
  const bytes = gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  const verdict = budget ? `, budget ${budget} B${bytes > budget ? ': OVER' : ''}` : '';
  console.log(`${name}: ${bytes} B gzip${verdict}`);
}
