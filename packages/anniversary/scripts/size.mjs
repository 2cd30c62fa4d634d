#!/usr/bin/env node
// `npm run size`: gzip -9 sizes of what the script-tag widget inlines from this package, as esbuild
// bundles it for the browser. Reports against the widget's budgets; @vnportal/calendar is counted apart.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const entries = [
  ['selectForBanner + bannerParts + parseCommemorations', 'scripts/widget-subset.ts', 700, true],
  ['nationalCommemorations', 'scripts/catalog-entry.ts', 1200, false],
  ['the three functions with @vnportal/calendar (lunar table) inlined', 'scripts/widget-subset.ts', null, false],
];
for (const [name, entry, budget, external] of entries) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external: external ? ['@vnportal/calendar'] : [],
  });
  const bytes = gzipSync(out.outputFiles[0].contents, { level: 9 }).length;
  console.log(`${name}: ${bytes} B gzip${budget ? ` (budget ${budget} B${bytes > budget ? ', OVER' : ''})` : ''}`);
}
