#!/usr/bin/env node
// Prints what the calendar costs a browser bundle (esbuild --minify, then gzip -9), and fails over budget.
// `npm run size`; the widget inlines the "widget subset", so its budget is tight.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const src = new URL('../src/', import.meta.url).pathname;

const WIDGET_SUBSET = `export { todayInVietnam, parseDay, addDays, daysBetween, formatDate, lunarToSolar, solarToLunar } from './index.ts';`;

/** Entries to measure: name, source (resolved in src/), gzip budget in bytes or null, whether to empty the table. */
export const ENTRIES = /** @type {const} */ ([
  ['lunar table (src/lunar/table.ts)', `export * from './lunar/table.ts';`, 800, false],
  ['whole package (src/index.ts)', `export * from './index.ts';`, null, false],
  ['widget subset: todayInVietnam … solarToLunar, with the table', WIDGET_SUBSET, null, false],
  // 1,970 B: the years 0000–9999 range checks cost 8 B over 1,800; the shared error shape (issues, long values cut) 90 B
  // more; cutting a caller's long field label in messages 4 B more; refusing a label that is not a string and an
  // instant whose Vietnam time is past the year 9999 (issue 11's "any value returns or throws") 27 B more; checking
  // formatDate's and formatDateline's options instead of reading a wrong one as the default 113 B more. The widgets
  // themselves import the unchecked cores (`@vnportal/calendar/core`), which carry none of these checks. Reading
  // object arguments so that a revoked Proxy or a throwing getter gets a CalendarError: 72 B more.
  ['widget subset: code without the table', WIDGET_SUBSET, 2200, true],
]);

/** @type {import('esbuild').Plugin} */
const emptyTable = {
  name: 'empty-lunar-table',
  setup(build) {
    build.onLoad({ filter: /lunar[\\/]table\.ts$/ }, () => ({
      contents: `export const FIRST_LUNAR_YEAR = 1899, LAST_LUNAR_YEAR = 2100, FIRST_TET = 0, LUNAR_YEARS = '';`,
      loader: 'ts',
    }));
  },
};

/**
 * Minified and gzip -9 bytes of one entry, bundled as the widget's build would (ESM, browser, dependencies inlined).
 * @param {string} contents
 * @param {boolean} withoutTable replace the lunar table by an empty one, to weigh the code alone
 */
export async function measure(contents, withoutTable = false) {
  const result = await build({
    stdin: { contents, resolveDir: src, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    plugins: withoutTable ? [emptyTable] : [],
  });
  const code = /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).contents;
  return { minified: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  let over = false;
  for (const [name, contents, budget, withoutTable] of ENTRIES) {
    const { minified, gzip } = await measure(contents, withoutTable);
    const verdict = budget == null ? '' : gzip <= budget ? ` (budget ${budget} B)` : ` OVER BUDGET ${budget} B`;
    if (budget != null && gzip > budget) over = true;
    console.log(`${name}: ${minified} B minified, ${gzip} B gzip${verdict}`);
  }
  process.exitCode = over ? 1 : 0;
}
