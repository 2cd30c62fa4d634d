import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLunarYears, TABLE_PATH, tableModule } from '../../scripts/generate-lunar-table.mjs';

describe('the committed lunar table', () => {
  it('is exactly what the generator computes from astronomy-engine now', () => {
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(tableModule(computeLunarYears()));
  }, 30_000);
});
