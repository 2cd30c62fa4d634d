import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { anniversariesBetween, type Commemoration } from './index.js';

const lunar = (id: string, date: string): Commemoration => ({ id, name: id, date, calendar: 'lunar' });
const days = (list: Commemoration[], from: string, to: string) =>
  anniversariesBetween(list, from, to).map((a) => [a.commemoration.id, a.day, a.years]);

describe('lunar dates near the ends of the lunar calendar (1900 to 2100)', () => {
  it('places lunar dates from 1/1/1900, including the last days of lunar year 1899', () => {
    expect(days([lunar('r', '--12-15'), lunar('tet', '--01-01')], '1900-01-01', '1900-02-28')).toEqual([
      ['r', '1900-01-15', null],
      ['tet', '1900-01-31', null],
    ]);
  });

  it('places lunar dates up to 31/12/2100', () => {
    expect(days([lunar('d', '--12-01')], '2100-12-01', '2100-12-31')).toEqual([['d', '2100-12-31', null]]);
  });

  it('refuses a window that starts in 1899 or ends in 2101, naming the entry', () => {
    const solar: Commemoration = { id: 's', name: 's', date: '1800-06-01', calendar: 'solar' };
    const list = [solar, lunar('b', '--03-10')];
    const message =
      /^\[1\]\.calendar: "lunar" cannot be placed from .*: lunar dates are placed from 1900 to 2100 only$/;
    expect(() => anniversariesBetween(list, '1899-12-31', '1900-12-31')).toThrow(commemorationError(message));
    expect(() => anniversariesBetween(list, '2100-01-01', '2101-01-01')).toThrow(commemorationError(message));
  });

  it('places solar dates outside those years', () => {
    const solar: Commemoration = { id: 's', name: 's', date: '1800-06-01', calendar: 'solar' };
    expect(days([solar], '1899-01-01', '1899-12-31')).toEqual([['s', '1899-06-01', 99]]);
    expect(days([solar], '2101-01-01', '2101-12-31')).toEqual([['s', '2101-06-01', 301]]);
  });
});

describe('a commemoration with a calendar that is neither', () => {
  it('is refused, naming its index and what the calendar may be', () => {
    const odd = { id: 'x', name: 'x', date: '2000-01-01', calendar: 'julian' } as unknown as Commemoration;
    expect(() => anniversariesBetween([lunar('a', '--01-01'), odd], '2024-01-01', '2024-12-31')).toThrow(
      commemorationError('[1].calendar: "julian" is not "solar" or "lunar"'),
    );
  });

  it('is solar when it names no calendar', () => {
    const plain = { id: 'p', name: 'p', date: '2000-03-10' } as Commemoration;
    expect(days([plain], '2024-01-01', '2024-12-31')).toEqual([['p', '2024-03-10', 24]]);
  });
});

describe('a lunar founding date', () => {
  it('counts its first anniversary in the next lunar year, even when it falls in the next solar year', () => {
    // 20/12 of lunar year 2023 is 30/1/2024; its first anniversary, 20/12 of lunar year 2024, is 19/1/2025.
    expect(days([lunar('l', '2023-12-20')], '2024-01-01', '2025-12-31')).toEqual([['l', '2025-01-19', 1]]);
  });

  it('puts a founding day 30 on day 29 of a year whose month is short, and on day 30 where it has one', () => {
    // Month 1 has 29 days in lunar 2023 (1/2 is 20/2/2023) and 2024 (1/2 is 10/3/2024), 30 in 2025 (Tết
    // 29/1/2025, 1/2 on 28/2/2025).
    expect(days([lunar('t', '2022-01-30')], '2023-01-01', '2025-12-31')).toEqual([
      ['t', '2023-02-19', 1],
      ['t', '2024-03-09', 2],
      ['t', '2025-02-27', 3],
    ]);
  });
});
