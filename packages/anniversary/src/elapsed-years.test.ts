import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDay } from '../test/arbitraries.js';
import { commemorationError } from '../test/errors.js';
import { addDays } from './commemoration-date.js';
import { elapsedYears } from './index.js';

describe('elapsedYears', () => {
  it('counts 113 years on 5/6/2024 for 5/6/1911', () => {
    expect(elapsedYears('1911-06-05', '2024-06-05')).toBe(113);
    expect(elapsedYears('1911-06-05', '2024-06-04')).toBe(112);
  });

  it('counts 0 on the founding day itself', () => {
    expect(elapsedYears('2024-06-05', '2024-06-05')).toBe(0);
  });

  it('gives a 29 February date its anniversary on 28 February in common years', () => {
    expect(elapsedYears('2020-02-29', '2021-02-27')).toBe(0);
    expect(elapsedYears('2020-02-29', '2021-02-28')).toBe(1);
    expect(elapsedYears('2020-02-29', '2024-02-28')).toBe(3);
    expect(elapsedYears('2020-02-29', '2024-02-29')).toBe(4);
  });

  it('throws naming the field for a day that is not YYYY-MM-DD or does not exist, and for to before from', () => {
    expect(() => elapsedYears('1911-6-5', '2024-06-05')).toThrow(
      commemorationError('from: "1911-6-5" is not a day in the form YYYY-MM-DD'),
    );
    expect(() => elapsedYears('1911-06-05', '2023-02-29')).toThrow(
      commemorationError('to: "2023-02-29" is not a day that exists'),
    );
    expect(() => elapsedYears('2024-06-05', '2024-06-04')).toThrow(
      commemorationError('to: "2024-06-04" is not on or after from (2024-06-05)'),
    );
  });

  it('never decreases as `to` grows', () => {
    fc.assert(
      fc.property(anyDay, fc.nat(60_000), fc.nat(2_000), (from, a, b) => {
        expect(elapsedYears(from, addDays(from, a + b))).toBeGreaterThanOrEqual(elapsedYears(from, addDays(from, a)));
      }),
    );
  });

  it('goes up by exactly one on each anniversary day and stays put on every other day', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 120 }), (from, years) => {
        const [y, m, d] = from.split('-').map(Number) as [number, number, number];
        const leapDayInCommonYear = m === 2 && d === 29 && new Date(Date.UTC(y + years, 1, 29)).getUTCDate() !== 29;
        const anniversary = `${y + years}-${from.slice(5, 8)}${leapDayInCommonYear ? '28' : from.slice(8)}`;
        expect(elapsedYears(from, anniversary)).toBe(years);
        expect(elapsedYears(from, addDays(anniversary, -1))).toBe(years - 1);
        expect(elapsedYears(from, addDays(anniversary, 1))).toBe(years);
      }),
    );
  });
});
