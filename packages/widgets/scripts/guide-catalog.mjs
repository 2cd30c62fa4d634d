#!/usr/bin/env node
// `node scripts/guide-catalog.mjs` (after the anniversary package's build) rewrites the table of national ids
// in HUONG-DAN.md, in Vietnamese, from the catalog itself; test/guide-catalog.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDate } from '@vnportal/calendar';

/** `5/6/1911`, `12/1958` (known to the month), `10/3 âm lịch, hằng năm`. */
function ngay({ date, calendar }) {
  const yearly = date.startsWith('--');
  const day = yearly ? `${+date.slice(5)}/${+date.slice(2, 4)}` : formatDate(date);
  return `${day}${calendar === 'lunar' ? ' âm lịch' : ''}${yearly ? ', hằng năm' : ''}`;
}

/** The guide's §4 table body: the groups, then one row per national day, in catalog order. */
export function guideCatalogTable(catalog, groups) {
  const groupRows = Object.entries(groups).map(
    ([id, group]) => `| \`${id}\` | ${group.name} | ${catalog.filter((d) => d.group === id).length} |`,
  );
  const dayRows = catalog.map(
    (d) =>
      `| \`${d.id}\` | ${d.name} | ${ngay(d)} | \`${d.group}\` | ${d.observance === 'round-years' ? 'chỉ năm tròn, năm lẻ 5' : ''} |`,
  );
  return [
    '| mã nhóm | nhóm | số ngày |',
    '|---|---|---|',
    ...groupRows,
    '',
    `${catalog.length} ngày:`,
    '',
    '| mã | tên ngày (sau "N năm") | ngày | nhóm | ghi chú |',
    '|---|---|---|---|---|',
    ...dayRows,
  ].join('\n');
}

export const START = '<!-- bang-ma:start (node scripts/guide-catalog.mjs) -->';
export const END = '<!-- bang-ma:end -->';

if (import.meta.url === `file://${process.argv[1]}`) {
  const { nationalCatalog, NATIONAL_GROUPS } = await import('@vnportal/anniversary');
  const path = new URL('../HUONG-DAN.md', import.meta.url);
  const guide = readFileSync(path, 'utf8');
  const [before, rest] = guide.split(START);
  if (rest === undefined) throw new Error(`HUONG-DAN.md has no ${START} line`);
  writeFileSync(
    path,
    `${before}${START}\n${guideCatalogTable(nationalCatalog, NATIONAL_GROUPS)}\n${rest.slice(rest.indexOf(END))}`,
  );
}
