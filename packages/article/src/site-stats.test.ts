import { describe, expect, it } from 'vitest';
import { seedStats } from '../test/seed.js';
import { ArticleValidationError, formatCount, formatSiteStats, parseSiteStats, siteStatsRows } from './index.js';

// The model lives in @vnportal/visits/stats (tested there); these are the deprecated re-exports.
describe('site statistics (deprecated re-exports of @vnportal/visits/stats)', () => {
  it("still formats the seed's box", () => {
    expect(formatCount(411594)).toBe('411.594');
    expect(siteStatsRows(seedStats)[0]).toEqual({
      key: 'total',
      label: 'Số lượt truy cập',
      value: 411594,
      text: '411.594',
    });
    expect(formatSiteStats(seedStats)).toBe('Số lượt truy cập: 411.594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678');
  });

  it('still throws ArticleValidationError naming each bad field, for callers that catch it', () => {
    try {
      parseSiteStats({ ...seedStats, online: -1, today: 411595 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleValidationError);
      expect((error as ArticleValidationError).issues.map((i) => i.message)).toEqual([
        'online: -1 is negative',
        'today: 411595 is more than total',
      ]);
    }
    expect(() => formatCount(-1)).toThrow('value: -1 is not a whole number ≥ 0');
  });
});
