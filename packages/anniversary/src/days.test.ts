import { addDays as calendarAddDays, daysInMonth, isLeapYear } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDay } from '../test/arbitraries.js';
import { addDays, isLeap, monthLength } from './commemoration-date.js';

// commemoration-date.ts is a small hand-written copy of calendar arithmetic (for the widget's size budget):
// it must agree with @vnportal/calendar everywhere.
describe('day arithmetic agrees with @vnportal/calendar', () => {
  it('adds days the same way', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(addDays(day, n)).toBe(calendarAddDays(day, n));
      }),
    );
  });

  it('has the same leap years and month lengths', () => {
    for (let year = 1600; year <= 2400; year++) {
      expect(isLeap(year)).toBe(isLeapYear(year));
      for (let month = 1; month <= 12; month++) expect(monthLength(year, month)).toBe(daysInMonth(year, month));
    }
  });
});
