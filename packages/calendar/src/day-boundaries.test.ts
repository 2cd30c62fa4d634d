import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { CalendarError, compareDays, daysInMonth, isDay, isLeapYear, parseDay, parseMonth } from './index.js';

describe('the first and last month and day are days; one step outside is refused', () => {
  it('reads January, December, the 1st and the 31st', () => {
    expect(parseDay('2024-01-01')).toEqual({ year: 2024, month: 1, day: 1 });
    expect(parseDay('2024-12-31')).toEqual({ year: 2024, month: 12, day: 31 });
  });

  it('refuses month 00 and day 00, saying which part is wrong', () => {
    expect(() => parseDay('2024-00-10')).toThrow(calendarError('day: "2024-00-10" has month 0; months are 01 to 12'));
    expect(() => parseDay('2024-01-00')).toThrow(
      calendarError('day: "2024-01-00" does not exist; 2024-01 has 31 days'),
    );
    expect(() => parseDay('2024-04-31')).toThrow(
      calendarError('day: "2024-04-31" does not exist; 2024-04 has 30 days'),
    );
  });

  it('tells a day from a non-day', () => {
    expect([isDay('2024-02-29'), isDay('2023-02-29'), isDay('2024-00-10'), isDay(20240229)]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('reads months 01 and 12 of a month-precision day and refuses 00 and 13', () => {
    expect(parseMonth('1958-01')).toEqual({ year: 1958, month: 1 });
    expect(parseMonth('1958-12')).toEqual({ year: 1958, month: 12 });
    expect(() => parseMonth('1958-00')).toThrow(
      calendarError('month: "1958-00" is not a month in the form YYYY-MM (e.g. 1958-12)'),
    );
    expect(() => parseMonth('1958-13', 'since')).toThrow(calendarError(/^since: "1958-13" is not a month/));
    expect(() => parseMonth('1958-12-01')).toThrow(CalendarError);
  });

  it('counts the days of months 1 and 12 and refuses months 0 and 2.5', () => {
    expect([daysInMonth(2023, 1), daysInMonth(2023, 12)]).toEqual([31, 31]);
    expect(() => daysInMonth(2024, 0)).toThrow(calendarError('month: 0 is not a month (1 to 12)'));
    expect(() => daysInMonth(2024, 2.5)).toThrow(calendarError('month: 2.5 is not a month (1 to 12)'));
  });

  it('refuses a year that is not whole for the leap rule', () => {
    expect(() => isLeapYear(2024.5)).toThrow(calendarError('year: 2024.5 is not a whole number'));
    expect(isLeapYear(1600)).toBe(true);
  });
});

describe('only the whole value is read as a day', () => {
  it.each(['x2024-06-05', '12024-06-05', '2024-06-05x', '2024-06-051', ' 2024-06-05', '2024-06-05\n'])(
    'refuses %j, which has a day inside it',
    (value) => {
      expect(() => parseDay(value)).toThrow(
        calendarError(`day: ${JSON.stringify(value)} is not a calendar day in the form YYYY-MM-DD`),
      );
    },
  );

  it.each(['x1958-12', '11958-12', '1958-12x', '1958-123'])(
    'refuses %j as a month, which has one inside it',
    (value) => {
      expect(() => parseMonth(value)).toThrow(
        calendarError(`month: ${JSON.stringify(value)} is not a month in the form YYYY-MM`),
      );
    },
  );
});

describe('compareDays', () => {
  it('says 0 for the same day and orders days either way', () => {
    expect(compareDays('2024-06-05', '2024-06-05')).toBe(0);
    expect(compareDays('2024-06-04', '2024-06-05')).toBe(-1);
    expect(compareDays('2024-06-05', '2024-06-04')).toBe(1);
  });

  it('refuses a value that is not a day, naming which side it is', () => {
    expect(() => compareDays('2024-6-5', '2024-06-05')).toThrow(calendarError(/^a: "2024-6-5" is not a calendar day/));
    expect(() => compareDays('2024-06-05', '2024-02-30')).toThrow(calendarError(/^b: "2024-02-30" does not exist/));
  });
});
