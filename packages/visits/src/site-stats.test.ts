import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue, SPECIAL_VALUES, UNREADABLE_VALUES } from '../../../fixtures/hostile.js';
import {
  formatCount,
  formatSiteStats,
  parseSiteStats,
  siteStatsRows,
  VisitsError,
  VisitsValidationError,
} from './stats.js';

// The seed page's box: "Số lượt truy cập 411594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678".
const seedStats = { total: 411594, online: 4, today: 17, yesterday: 678, asOf: '2024-06-01T09:30:00+07:00' };

describe('site statistics', () => {
  it('formats 411594 with Vietnamese grouping as "411.594"', () => {
    expect(formatCount(411594)).toBe('411.594');
    expect(formatCount(4)).toBe('4');
    expect(formatCount(1000000)).toBe('1.000.000');
  });

  it("gives the rows of the seed's box, labelled in Vietnamese", () => {
    expect(siteStatsRows(seedStats)).toEqual([
      { key: 'total', label: 'Số lượt truy cập', value: 411594, text: '411.594' },
      { key: 'online', label: 'Trực tuyến', value: 4, text: '4' },
      { key: 'today', label: 'Hôm nay', value: 17, text: '17' },
      { key: 'yesterday', label: 'Hôm qua', value: 678, text: '678' },
    ]);
  });

  it('writes the box on one line, or with English labels', () => {
    expect(formatSiteStats(seedStats)).toBe('Số lượt truy cập: 411.594; Trực tuyến: 4; Hôm nay: 17; Hôm qua: 678');
    expect(formatSiteStats(seedStats, { lang: 'en' })).toBe(
      'Total visits: 411.594; Online now: 4; Today: 17; Yesterday: 678',
    );
  });

  it('lists every bad count with its field', () => {
    try {
      parseSiteStats({ total: 10, online: -1, today: 11, yesterday: 1.5, asOf: '2024-06-01' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VisitsValidationError);
      expect((error as VisitsValidationError).issues.map((i) => i.message)).toEqual([
        'online: -1 is negative',
        'yesterday: 1.5 is not a whole number',
        'asOf: "2024-06-01" is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)',
        'today: 11 is more than total',
      ]);
    }
  });

  it('names a missing or an unknown field', () => {
    const { online: _, ...noOnline } = seedStats;
    expect(() => parseSiteStats(noOnline)).toThrow('online: is required');
    expect(() => parseSiteStats({ ...seedStats, visitors: 3 })).toThrow('visitors: is not a known field');
  });

  it('refuses a day count above the total', () => {
    expect(() => parseSiteStats({ ...seedStats, today: 411595 })).toThrow('today: 411595 is more than total');
  });

  it('refuses a count that is not a number', () => {
    expect(() => formatCount(Number.NaN)).toThrow('value: NaN is not a whole number ≥ 0');
    expect(() => parseSiteStats({ ...seedStats, total: '411594' })).toThrow('total: "411594" is not a number');
  });

  it('groups digits so that removing the dots gives the number back (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (n) => {
        const text = formatCount(n);
        expect(text).toMatch(/^\d{1,3}(\.\d{3})*$/);
        expect(Number(text.replaceAll('.', ''))).toBe(n);
      }),
    );
  });
});

describe('any value given to the statistics functions', () => {
  const calls: [string, (a: unknown, b: unknown) => unknown][] = [
    ['parseSiteStats', (a) => parseSiteStats(a)],
    ['formatCount', (a) => formatCount(a as never)],
    ['siteStatsRows', (a, b) => siteStatsRows(a as never, b as never)],
    ['formatSiteStats', (a, b) => formatSiteStats(a as never, b as never)],
  ];
  const returnsOrThrowsOurs = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (!(error instanceof VisitsError)) throw error;
      expect(error.issues.length).toBeGreaterThan(0);
      expect(error.message.length).toBeLessThan(2000);
    }
  };

  it.each(calls)('%s returns or throws VisitsError, never a TypeError', (_, call) => {
    fc.assert(
      fc.property(hostileValue, hostileValue, (a, b) => {
        returnsOrThrowsOurs(() => call(a, b));
        returnsOrThrowsOurs(() => call(seedStats, b));
      }),
      { numRuns: 100 },
    );
    const failingGetter = {
      ...seedStats,
      get today(): number {
        throw new Error('the getter failed');
      },
    };
    for (const value of [...SPECIAL_VALUES, ...UNREADABLE_VALUES, failingGetter, { lang: UNREADABLE_VALUES[0] }]) {
      returnsOrThrowsOurs(() => call(value, value));
      returnsOrThrowsOurs(() => call(seedStats, value));
    }
  });

  it('names what could not be read and the option it does not know', () => {
    const stats = {
      ...seedStats,
      get today(): number {
        throw new Error('the getter failed');
      },
    };
    expect(() => formatSiteStats(stats)).toThrow(/^today cannot be read \(the getter failed\)$/);
    expect(() => formatSiteStats(seedStats, { lang: 'vi-VN' } as never)).toThrow(
      /^options\.lang: "vi-VN" is not "vi" or "en"$/,
    );
    expect(() => siteStatsRows(seedStats, null as never)).toThrow(/^options: null is not an options object$/);
    expect(() => formatCount(10n as never)).toThrow(/^value: 10n is not a whole number ≥ 0$/);
  });
});
