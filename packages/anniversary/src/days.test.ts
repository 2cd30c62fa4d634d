import { addDays as calendarAddDays, isDay } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDay } from '../test/arbitraries.js';
import { addDays, readDate } from './commemoration-date.js';

// commemoration-date.ts steps days with a few lines of its own (for the widget's size budget) and takes month
// lengths from @vnportal/calendar/core: it must agree with @vnportal/calendar everywhere.
describe('day arithmetic agrees with @vnportal/calendar', () => {
  it('adds days the same way', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(calendarAddDays(day, n));
      }),
    );
  });

  it('accepts as a solar date exactly the days that exist (28, 29, 30 and 31 of every month, 1600 to 2400)', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const day of [28, 29, 30, 31]) {
          const date = `${year}-${pad(month)}-${pad(day)}`;
          expect(typeof readDate(date) === 'object', date).toBe(isDay(date));
        }
      }
    }
  });

  it('accepts a yearly 29 February and no yearly 30 February or 31 April', () => {
    expect(readDate('--02-29')).toEqual({ year: null, month: 2, day: 29 });
    expect(readDate('--02-30')).toBe('is not a day that exists');
    expect(readDate('--04-31')).toBe('is not a day that exists');
    expect(readDate('--12-31')).toEqual({ year: null, month: 12, day: 31 });
  });
});
