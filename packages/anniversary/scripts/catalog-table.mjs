#!/usr/bin/env node
// `node scripts/catalog-table.mjs` (after the build) rewrites the README's catalog tables from the catalog
// itself, so the documented ids never drift; catalog-readme.test.ts fails when they have.
import { readFileSync, writeFileSync } from 'node:fs';

const cell = (text) => text.replaceAll('|', '\\|');

/** `1/5/1904`, `12/1958 (month)`, `10/3 âm lịch, yearly`. */
function when({ date, calendar }) {
  const [y, m, d] = date.startsWith('--') ? [null, +date.slice(2, 4), +date.slice(5)] : date.split('-').map(Number);
  const day = `${d ? `${d}/` : ''}${m}${y ? `/${y}` : ''}`;
  return `${day}${calendar === 'lunar' ? ' âm lịch' : ''}${y ? '' : ', yearly'}${d ? '' : ' (month)'}`;
}

/** The README's catalog section body: the groups table, then one row per day. */
export function catalogTables(catalog, groups) {
  const count = (id) => catalog.filter((d) => d.group === id).length;
  const groupRows = Object.entries(groups).map(
    ([id, g]) => `| \`${id}\` | ${cell(g.name)} | ${cell(g.nameEn)} | ${count(id)} |`,
  );
  const dayRows = catalog.map(
    (d) =>
      `| \`${d.id}\` | \`${d.group}\` | ${cell(d.name)} | ${cell(d.nameEn)} | ${when(d)}${d.observance === 'round-years' ? ', round years' : ''} | ${cell(d.source)} |`,
  );
  return [
    '| group id | Vietnamese | English | days |',
    '|---|---|---|---|',
    ...groupRows,
    '',
    `${catalog.length} days:`,
    '',
    '| id | group | name (after "N năm") | English (after "the Nth anniversary of") | date | source |',
    '|---|---|---|---|---|---|',
    ...dayRows,
  ].join('\n');
}

export const START = '<!-- catalog-tables:start (node scripts/catalog-table.mjs) -->';
export const END = '<!-- catalog-tables:end -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { nationalCatalog, NATIONAL_GROUPS } = await import('../dist/index.js');
  const path = new URL('../README.md', import.meta.url);
  const readme = readFileSync(path, 'utf8');
  const [before, rest] = readme.split(START);
  const after = rest.slice(rest.indexOf(END));
  writeFileSync(path, `${before}${START}\n${catalogTables(nationalCatalog, NATIONAL_GROUPS)}\n${after}`);
}
