import { describe, expect, it } from 'vitest';
import { ENTRIES, measure } from '../scripts/size.mjs';

// The script-tag widget inlines this code next to Lit in a 10 KB budget; `npm run size` prints the figures.
describe('bundle size (esbuild --minify, gzip -9)', () => {
  it.each(ENTRIES.filter(([, , budget]) => budget !== null))(
    'keeps the %s within budget',
    async (_, entry, budget, withoutTable) => {
      const { gzip } = await measure(entry, withoutTable);
      expect(gzip).toBeLessThanOrEqual(budget as number);
    },
  );
});
