// The unchecked cores (`@vnportal/calendar/core`, which the script-tag widget calls) against the public
// functions: where the public function answers, the core gives the same answer; where it throws, the
// reading cores say undefined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysCore,
  daysInMonthCore,
  formatDateCore,
  lunarToSolarCore,
  parseDayCore,
  todayInVietnamCore,
} from './core.js';
import { addDays, daysInMonth, formatDate, isDay, lunarToSolar, parseDay, todayInVietnam } from './index.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Strings of the form YYYY-MM-DD, most of them days that do not exist (month 00 or 13, day 31 of April …). */
const dayLike = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`);
const realDay = fc
  .integer({ min: -719_528, max: 2_932_896 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

const outcome = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

describe('@vnportal/calendar/core gives what the public functions give', () => {
  it('parseDayCore: parseDay’s parts, or undefined where parseDay throws; isDay agrees', () => {
    let existing = 0;
    fc.assert(
      fc.property(fc.oneof(dayLike, realDay, fc.string({ maxLength: 12 })), (value) => {
        const expected = outcome(() => parseDay(value));
        existing += +(expected !== undefined);
        expect(parseDayCore(value)).toEqual(expected);
        expect(isDay(value)).toBe(expected !== undefined);
      }),
      { numRuns: 2000 },
    );
    expect(existing).toBeGreaterThan(500);
  });

  it('addDaysCore = addDays wherever addDays answers, across leap days, years 0–99 and the ends of the range', () => {
    fc.assert(
      fc.property(realDay, fc.integer({ min: -800_000, max: 800_000 }), (day, amount) => {
        const expected = outcome(() => addDays(day, amount));
        if (expected !== undefined) expect(addDaysCore(day, amount)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
    expect(addDaysCore('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysCore('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysCore('0050-01-01', -1)).toBe('0049-12-31');
    expect(addDaysCore('9999-12-31', 1)).toBe('10000-01-01');
    expect(addDaysCore('1000-01-01', -1)).toBe('0999-12-31');
  });

  it('daysInMonthCore = daysInMonth on every month of the years 0 to 9999, and the Gregorian lengths', () => {
    const differ: string[] = [];
    for (let year = 0; year <= 9999; year++) {
      for (let month = 1; month <= 12; month++) {
        if (daysInMonthCore(year, month) !== daysInMonth(year, month)) differ.push(`${year}-${month}`);
      }
    }
    expect(differ).toEqual([]);
    expect([1900, 2000, 2023, 2024].map((year) => daysInMonthCore(year, 2))).toEqual([28, 29, 28, 29]);
    expect(Array.from({ length: 12 }, (_, i) => daysInMonthCore(2023, i + 1))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });

  it('formatDateCore = formatDate on every day and month formatDate accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          realDay,
          realDay.map((d) => d.slice(0, 7)),
        ),
        fc.boolean(),
        (day, padded) => {
          expect(formatDateCore(day, padded)).toBe(formatDate(day, { padded }));
        },
      ),
      { numRuns: 1000 },
    );
    expect(formatDateCore('2019-07-17')).toBe('17/7/2019');
    expect(formatDateCore('1958-12', true)).toBe('12/1958');
  });

  it('lunarToSolarCore = lunarToSolar, or undefined where it throws (months 1 to 12, days 1 to 30)', () => {
    let placed = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1890, max: 2110 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          const expected = outcome(() => lunarToSolar({ year, month, day, leap }));
          placed += +(expected !== undefined);
          expect(lunarToSolarCore(year, month, day, leap)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
    expect(placed).toBeGreaterThan(1000);
  });

  it('todayInVietnamCore = todayInVietnam at every instant of the years 0000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -62_167_219_200_000, max: 253_402_275_599_999 }), (ms) => {
        expect(todayInVietnamCore(ms)).toBe(todayInVietnam(new Date(ms)));
      }),
      { numRuns: 2000 },
    );
  });
});
