import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { BANNER_DEFAULTS, type Commemoration, selectForBanner } from './index.js';

const c = (id: string, date: string, extra: Partial<Commemoration> = {}): Commemoration => ({
  id,
  name: id,
  date,
  calendar: 'solar',
  ...extra,
});
const list = [
  c('quockhanh', '1945-09-02'),
  c('cmt8', '1945-08-19', { pinned: true }),
  c('bacho', '1911-06-05'),
  c('dang', '1930-02-03'),
];
const ids = (items: { commemoration: Commemoration }[]) => items.map((a) => a.commemoration.id);

describe('selectForBanner', () => {
  it('shows by default what falls from 7 days before today to 30 days after, at most 5', () => {
    expect(BANNER_DEFAULTS).toEqual({ daysBefore: 7, daysAfter: 30, max: 5 });
    expect(ids(selectForBanner(list, { today: '2025-08-20' }))).toEqual(['cmt8', 'quockhanh']);
    expect(ids(selectForBanner(list, { today: '2025-08-01' }))).toEqual(['cmt8']);
    expect(ids(selectForBanner(list, { today: '2025-08-27' }))).toEqual(['quockhanh']);
  });

  it('puts pinned items first, then the rest by day', () => {
    const items = selectForBanner(list, { today: '2025-06-01', daysAfter: 100 });
    expect(ids(items)).toEqual(['cmt8', 'bacho', 'quockhanh']);
  });

  it('keeps the list order with order "given"', () => {
    const items = selectForBanner(list, { today: '2025-06-01', daysAfter: 100, order: 'given' });
    expect(ids(items)).toEqual(['quockhanh', 'cmt8', 'bacho']);
  });

  it('cuts the list at max after ordering', () => {
    expect(ids(selectForBanner(list, { today: '2025-06-01', daysAfter: 100, max: 2 }))).toEqual(['cmt8', 'bacho']);
    expect(() => selectForBanner(list, { today: '2025-06-01', max: 0 })).toThrow(
      commemorationError('max: 0 is not a whole number ≥ 1'),
    );
  });

  it('keeps only năm tròn and năm lẻ 5 with roundOnly', () => {
    const withYearly = [...list, c('tet', '--01-01')];
    const items = selectForBanner(withYearly, { today: '2025-06-01', daysAfter: 214, roundOnly: true });
    expect(items.map((a) => [a.commemoration.id, a.years, a.round])).toEqual([
      ['cmt8', 80, 'tron'],
      ['quockhanh', 80, 'tron'],
    ]);
  });

  it('keeps an anniversary exactly daysBefore days after it and none a day later', () => {
    expect(ids(selectForBanner(list, { today: '2025-06-08', daysBefore: 3, daysAfter: 0 }))).toEqual(['bacho']);
    expect(ids(selectForBanner(list, { today: '2025-06-09', daysBefore: 3, daysAfter: 0 }))).toEqual([]);
  });

  it('reaches across the new year', () => {
    expect(ids(selectForBanner(list, { today: '2025-12-20', daysAfter: 45 }))).toEqual(['dang']);
  });

  it('throws naming the option for a bad today, window, max or order', () => {
    expect(() => selectForBanner(list, { today: '1/6/2024' })).toThrow(
      commemorationError('today: "1/6/2024" is not a day'),
    );
    expect(() => selectForBanner(list, { today: '2024-06-01', daysAfter: -1 })).toThrow(
      commemorationError('daysAfter: -1 is not a whole number from 0 to 36600'),
    );
    expect(() => selectForBanner(list, { today: '2024-06-01', max: 1.5 })).toThrow(
      commemorationError('max: 1.5 is not'),
    );
    expect(() => selectForBanner(list, { today: '2024-06-01', max: Infinity })).toThrow(
      commemorationError('max: Infinity is not'),
    );
    expect(() => selectForBanner(list, { today: '2024-06-01', order: 'day' as 'given' })).toThrow(
      commemorationError('order: "day" is not "default" or "given"'),
    );
  });

  it('takes a window of up to a century either side, and names a wider one instead of failing on dates', () => {
    expect(
      selectForBanner(list, { today: '2024-06-01', daysBefore: 36_600, daysAfter: 36_600, max: 100 }).length,
    ).toBeGreaterThan(0);
    expect(() => selectForBanner(list, { today: '2024-06-01', daysBefore: 999_999_999 })).toThrow(
      commemorationError(/^daysBefore: 999999999 is not a whole number from 0 to 36600$/),
    );
  });
});
