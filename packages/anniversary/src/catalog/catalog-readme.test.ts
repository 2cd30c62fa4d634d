import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { catalogTables, END, START } from '../../scripts/catalog-table.mjs';
import { NATIONAL_GROUPS, nationalCatalog } from '../index.js';

describe('the README catalog tables', () => {
  it('list every id, group and source the catalog has (run scripts/catalog-table.mjs after a change)', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf(START) + START.length, readme.indexOf(END)).trim();
    expect(section).toBe(catalogTables(nationalCatalog, NATIONAL_GROUPS));
  });
});
