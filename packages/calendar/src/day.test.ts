import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import {
  addDays,
  CalendarError,
  compareDays,
  daysBetween,
  daysInMonth,
  formatDay,
  isLeapYear,
  parseDay,
  weekday,
} from './index.js';

describe('parseDay', () => {
  it('reads an existing day into numbers', () => {
    expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    ['2024-02-30', /2024-02 has 29 days/],
    ['2023-02-29', /2023-02 has 28 days/],
    ['2023-13-01', /month 13/],
    ['24-6-5', /YYYY-MM-DD/],
    ['2024-06-05T00:00:00Z', /YYYY-MM-DD/],
    [20240605, /20240605 is not a calendar day/],
    [null, /null is not a calendar day/],
  ])('rejects %j with a CalendarError that names it', (value, message) => {
    expect(() => parseDay(value)).toThrow(CalendarError);
    expect(() => parseDay(value, 'date')).toThrow(calendarError(message));
    expect(() => parseDay(value, 'date')).toThrow(calendarError(/^date: /));
  });

  it('round-trips every day through formatDay', () => {
    const days = fc.date({
      min: new Date('1800-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(days, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(formatDay(parseDay(iso))).toBe(iso);
      }),
    );
  });
});

describe('day arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-06-01', -1)).toBe('2024-05-31');
  });

  it('counts the days between two days, whatever the host zone (including DST switches)', () => {
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-11-02', '2024-11-04')).toBe(2);
    expect(daysBetween('2024-06-01', '2024-07-31')).toBe(60);
  });

  it('addDays and daysBetween agree for any day and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 30000 }), fc.integer({ min: -400, max: 400 }), (start, n) => {
        const from = addDays('2000-01-01', start);
        expect(daysBetween(from, addDays(from, n))).toBe(n);
      }),
    );
  });

  it('knows the weekday: 3/7/2023 was a Monday, 2/9/1945 a Sunday', () => {
    expect(weekday('2023-07-03')).toBe(1);
    expect(weekday('1945-09-02')).toBe(0);
  });

  it('orders days and knows leap years', () => {
    expect(['2024-06-05', '1911-06-05', '2019-07-17'].sort(compareDays)).toEqual([
      '1911-06-05',
      '2019-07-17',
      '2024-06-05',
    ]);
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
  });
});

describe('daysInMonth', () => {
  it('agrees with the Gregorian calendar for every month of 1600 to 2400', () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });

  it('refuses month 13', () => {
    expect(() => daysInMonth(2024, 13)).toThrow(calendarError('month: 13 is not a month (1 to 12)'));
  });
});

describe('addDays', () => {
  it('writes years before 1000 with four digits and refuses a fraction of a day', () => {
    expect(addDays('0999-12-31', 1)).toBe('1000-01-01');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(() => addDays('2024-01-01', 0.5)).toThrow(calendarError('amount: 0.5 is not a whole number of days'));
  });
});

describe('days outside what YYYY-MM-DD can write', () => {
  it('refuses to add days past 9999-12-31 or before 0000-01-01, naming the amount', () => {
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    expect(() => addDays('9999-12-31', 1)).toThrow(
      calendarError(/^amount: 1 takes 9999-12-31 outside the years 0000 to 9999/),
    );
    expect(() => addDays('2024-01-01', 1e9)).toThrow(CalendarError);
    expect(addDays('0000-01-02', -1)).toBe('0000-01-01');
    expect(() => addDays('2024-01-01', -800_000)).toThrow(calendarError(/outside the years 0000 to 9999/));
  });
});
