import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { type Commemoration, selectForBanner } from './index.js';

const c = (id: string, date: string, pinned?: boolean): Commemoration => ({
  id,
  name: id,
  date,
  calendar: 'solar',
  ...(pinned === undefined ? {} : { pinned }),
});
const ids = (list: Commemoration[], today: string, extra = {}) =>
  selectForBanner(list, { today, daysBefore: 0, daysAfter: 60, max: 10, ...extra }).map((a) => a.commemoration.id);

describe('the default banner order', () => {
  it('keeps the list order for anniversaries on the same day', () => {
    // Công an nhân dân and Cách mạng Tháng Tám share 19/8/1945.
    expect(ids([c('can', '1945-08-19'), c('cmt8', '1945-08-19')], '2025-08-01')).toEqual(['can', 'cmt8']);
    expect(ids([c('cmt8', '1945-08-19'), c('can', '1945-08-19')], '2025-08-01')).toEqual(['cmt8', 'can']);
  });

  it('orders pinned items by day among themselves, then the others by day', () => {
    const list = [
      c('late', '1945-09-02'),
      c('pinLate', '1930-08-30', true),
      c('early', '1945-08-05'),
      c('pinEarly', '1930-08-10', true),
      c('notPinned', '1945-08-20', false),
    ];
    expect(ids(list, '2025-08-01')).toEqual(['pinEarly', 'pinLate', 'early', 'notPinned', 'late']);
  });

  it('puts a pinned item first even when it comes last and latest', () => {
    expect(ids([c('a', '1945-08-02'), c('b', '1945-08-03'), c('p', '1945-09-20', true)], '2025-08-01')).toEqual([
      'p',
      'a',
      'b',
    ]);
  });
});

describe('banner option values', () => {
  it('takes 0 for each side of the window and 1 as the smallest max (a banner of no items is a mistake)', () => {
    expect(ids([c('a', '1945-08-01')], '2025-08-01', { daysBefore: 0, daysAfter: 0 })).toEqual(['a']);
    expect(ids([c('a', '1945-08-01'), c('b', '1945-08-01')], '2025-08-01', { max: 1 })).toEqual(['a']);
    expect(() => selectForBanner([c('a', '1945-08-01')], { today: '2025-08-01', max: 0 })).toThrow(
      commemorationError('max: 0 is not a whole number ≥ 1'),
    );
  });

  it('names the bound of each option it refuses', () => {
    const list = [c('a', '1945-08-01')];
    expect(() => selectForBanner(list, { today: '2025-08-01', max: -1 })).toThrow(
      commemorationError('max: -1 is not a whole number ≥ 1'),
    );
    expect(() => selectForBanner(list, { today: '2025-08-01', daysBefore: 36_601 })).toThrow(
      commemorationError('daysBefore: 36601 is not a whole number from 0 to 36600'),
    );
    expect(() => selectForBanner(list, { today: '2025-08-01', daysAfter: '3' as unknown as number })).toThrow(
      commemorationError('daysAfter: "3" is not a whole number from 0 to 36600'),
    );
    expect(() => selectForBanner(list, { today: '2025-02-30' })).toThrow(
      commemorationError('today: "2025-02-30" is not a day that exists'),
    );
  });

  it('takes order "default" by name', () => {
    const list = [c('b', '1945-08-03'), c('a', '1945-08-02')];
    expect(ids(list, '2025-08-01', { order: 'default' })).toEqual(['a', 'b']);
    expect(ids(list, '2025-08-01', { order: 'given' })).toEqual(['b', 'a']);
  });

  it('orders long lists the same way: pinned first, then by day, ties in list order (property)', () => {
    // Lists past 64 items, where the engine's sort merges runs instead of inserting one by one.
    const entry = fc.record({ day: fc.integer({ min: 1, max: 6 }), pinned: fc.boolean() });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 65, maxLength: 200 }), (entries) => {
        const list = entries.map((e, i) => c(`e${i}`, `1945-08-0${e.day}`, e.pinned));
        // The expected order, written out: each pinned item by day, then each other item by day, list order within a day.
        const expected: string[] = [];
        for (const pinned of [true, false]) {
          for (let day = 1; day <= 6; day++) {
            entries.forEach((e, i) => {
              if (e.pinned === pinned && e.day === day) expected.push(`e${i}`);
            });
          }
        }
        expect(ids(list, '2025-08-01', { max: 1000 })).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });
});
