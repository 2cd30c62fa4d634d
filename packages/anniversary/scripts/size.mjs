#!/usr/bin/env node
// `npm run size` (after the build): gzip -9 sizes of what the script-tag widget takes from this package,
// bundled from dist/ for the browser as esbuild does, so tree-shaking is measured too; exits 1 over a budget.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// [what, imports, budget in bytes, leave @vnportal/calendar out of the count?]
const measures = [
  [
    'selectForBanner + bannerParts + parseCommemorations',
    'selectForBanner, bannerParts, parseCommemorations',
    // 3,917 B once every public function checks its arguments and names a wrong item by its place (issue 11);
    // 4,084 B with a lunar day 30 written as observed, month-precision dates lasting their month and one item
    // per commemoration (3,928 B before them); the widget takes the unchecked cores, and its size-limit is the
    // binding gate.
    4300,
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
  // No budget: the widget's script-tag build derives its own compact catalog from nationalCatalog.
  ['nationalCatalog', 'nationalCatalog', 0, false],
  ['nationalCommemorationsLite (deprecated)', 'nationalCommemorationsLite', 0, false],
  ['nationalCommemorationsEnLite', 'nationalCommemorationsEnLite', 0, false],
  ['both Lite catalogs', 'nationalCommemorationsLite, nationalCommemorationsEnLite', 0, false],
];
let over = false;
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
  if (budget && bytes > budget) over = true;
  console.log(`${name}: ${bytes} B gzip${verdict}`);
}
if (over) {
  console.error('Over budget: see the lines marked OVER above.');
  process.exitCode = 1;
}
