import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileValue, returnsOrThrows, SPECIAL_VALUES, UNREADABLE_VALUES } from '../../../fixtures/hostile.js';
import * as api from './index.js';
import { CalendarError } from './index.js';

/** Every exported function; each is called with hostile values in every position. */
const FUNCTIONS = Object.fromEntries(
  Object.entries(api).filter(([name, value]) => typeof value === 'function' && name !== 'CalendarError'),
) as Record<string, (...args: unknown[]) => unknown>;

/** A valid value for each position, so that one hostile argument is the one read. */
const valid: unknown[] = ['2024-06-05', '2024-06-05'];

const returnsOrThrowsCalendarError = (call: () => unknown) => returnsOrThrows(call, CalendarError);

describe('the edges of what a Date holds', () => {
  it("gives Vietnam's time of day at the first and last moments a Date holds, not NaN:NaN", () => {
    expect(api.vietnamTimeOfDay(new Date(8.64e15))).toBe('07:00');
    expect(api.vietnamTimeOfDay(new Date(-8.64e15))).toBe('07:00');
    expect(api.vietnamTimeOfDay(new Date('2023-07-03T16:59:59.999Z'))).toBe('23:59');
  });

  it('refuses what is not a valid Date, naming the argument', () => {
    expect(() => api.vietnamTimeOfDay(new Date(Number.NaN))).toThrow(/^instant: an invalid Date is not a valid Date$/);
    expect(() => api.msUntilVietnamMidnight('2024-06-01' as never)).toThrow(/^now: "2024-06-01" is not a valid Date$/);
    expect(() => api.formatDay({ year: 2024, month: 13, day: 1 })).toThrow(
      /^parts\.month: 13 is not a whole number from 1 to 12$/,
    );
    expect(api.formatDay({ year: 2024, month: 2, day: 31 })).toBe('2024-02-31');
    expect(() => api.parseDay('x', Symbol('f') as never)).toThrow(/^value: "x" is not a calendar day/);
    expect(() => api.issuesMessage('events', undefined as never)).toThrow(/^issues: undefined is not an array/);
  });
});

describe('any value given to any public function', () => {
  it('covers every exported function', () => {
    expect(Object.keys(FUNCTIONS).length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.keys(FUNCTIONS))('%s returns or throws CalendarError, never a TypeError or RangeError', (name) => {
    const fn = FUNCTIONS[name]!;
    fc.assert(
      fc.property(fc.array(hostileValue, { maxLength: 3 }), fc.nat(1), (args, keep) => {
        returnsOrThrowsCalendarError(() => fn(...args));
        const mixed = valid.map((v, i) => (i === keep ? args[0] : v));
        returnsOrThrowsCalendarError(() => fn(...mixed));
      }),
      { numRuns: 100 },
    );
    for (const value of [
      ...SPECIAL_VALUES,
      ...UNREADABLE_VALUES,
      '9999-12-31T23:59:59-12:00',
      '0000-01-01T00:00:00+14:00',
    ]) {
      returnsOrThrowsCalendarError(() => fn(value, value, value));
      returnsOrThrowsCalendarError(() => fn(value));
      returnsOrThrowsCalendarError(() => fn('2024-06-05', value));
    }
  });
});
