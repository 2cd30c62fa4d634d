import { NATIONAL_GROUPS, nationalCatalog } from '@vnportal/anniversary';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { END, guideCatalogTable, START } from '../scripts/guide-catalog.mjs';
import { guideBetween, guideText } from './guide.ts';

const table: string = guideBetween(START, END);
/** The guide's day rows as [mã, tên ngày, ngày, nhóm, ghi chú]. */
const rows = table
  .split('\n')
  .filter((line) => /^\| `[^`]+` \|/.test(line) && line.split('|').length === 7)
  .map((line) =>
    line
      .slice(2, -2)
      .split(' | ')
      .map((cell) => cell.trim().replace(/^`|`$/g, '')),
  );

describe('the table of national ids in HUONG-DAN.md (§4)', () => {
  it('is the catalog as it is today (after a catalog change: node scripts/guide-catalog.mjs)', () => {
    expect(table).toBe(guideCatalogTable(nationalCatalog, NATIONAL_GROUPS));
  });

  it('has one row per national day, in catalog order, with its Vietnamese name and group', () => {
    expect(rows).toHaveLength(50);
    expect(rows.map(([id, name, , group]) => [id, name, group])).toEqual(
      nationalCatalog.map((d) => [d.id, d.name, d.group]),
    );
    expect(table).toContain('\n50 ngày:\n');
    for (const group of Object.keys(NATIONAL_GROUPS)) expect(table).toContain(`\n| \`${group}\` | `);
  });

  it('writes each kind of date as a webmaster reads it, and "chỉ năm tròn" for the leaders only', () => {
    const row = (id: string) => rows.find((r) => r[0] === id);
    expect(row('radi')).toEqual(['radi', 'Ngày Bác Hồ ra đi tìm đường cứu nước', '5/6/1911', 'history', '']);
    expect(row('gioto')).toEqual(['gioto', 'Giỗ Tổ Hùng Vương', '10/3 âm lịch, hằng năm', 'major', '']);
    expect(row('8-3')?.[2]).toBe('8/3, hằng năm');
    expect(row('ddcm')?.[2]).toBe('12/1958');
    expect(row('tranphu')).toEqual([
      'tranphu',
      'Ngày sinh đồng chí Trần Phú',
      '1/5/1904',
      'leaders',
      'chỉ năm tròn, năm lẻ 5',
    ]);
    const roundOnly = rows.filter((r) => r[4] === 'chỉ năm tròn, năm lẻ 5').map((r) => r[0]);
    expect(roundOnly).toEqual(nationalCatalog.filter((d) => d.group === 'leaders').map((d) => d.id));
    expect(roundOnly).toHaveLength(11);
  });

  it('no longer sends the reader to the English README for the ids', () => {
    expect(guideText()).not.toMatch(/README của gói `@vnportal\/anniversary`/);
  });
});
