import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { CalendarError, parseInstant, toVietnamIso, vietnamTimeOfDay } from './index.js';

const ms = (value: string) => parseInstant(value).getTime();

describe('parseInstant reads every RFC 3339 form a feed or CMS writes', () => {
  it('reads Z, +hh:mm and -hh:mm offsets as the same instant', () => {
    const at = Date.UTC(2023, 6, 3, 1, 0, 0);
    expect([
      ms('2023-07-03T01:00:00Z'),
      ms('2023-07-03T08:00:00+07:00'),
      ms('2023-07-02T18:00:00-07:00'),
      ms('2023-07-03T06:30:00+05:30'),
    ]).toEqual([at, at, at, at]);
  });

  it('reads lower-case t and z, a time without seconds, and 1 to 9 digits of a second', () => {
    expect(ms('2023-07-03t08:00:00z')).toBe(Date.UTC(2023, 6, 3, 8));
    expect(ms('2023-07-03T08:05+07:00')).toBe(Date.UTC(2023, 6, 3, 1, 5));
    expect(ms('2023-07-03T08:00:00.5+07:00')).toBe(Date.UTC(2023, 6, 3, 1, 0, 0, 500));
    expect(ms('2023-07-03T08:00:00.123456789Z')).toBe(Date.UTC(2023, 6, 3, 8, 0, 0, 123));
  });

  it('reads the largest hour, minute, second and offset each field allows', () => {
    const offset = (23 * 60 + 59) * 60_000;
    expect(ms('2023-07-31T23:59:59+23:59')).toBe(Date.UTC(2023, 6, 31, 23, 59, 59) - offset);
    expect(ms('2023-07-01T00:00:00-23:59')).toBe(Date.UTC(2023, 6, 1) + offset);
    expect(ms('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('crosses into the previous year when the offset asks for it', () => {
    expect(parseInstant('2024-01-01T00:30:00+07:00').toISOString()).toBe('2023-12-31T17:30:00.000Z');
  });

  it('keeps the years 0000 to 0099 as written (not 1900 to 1999)', () => {
    expect(parseInstant('0050-03-01T12:00:00Z').getUTCFullYear()).toBe(50);
    expect(parseInstant('0000-01-01T00:00:00+07:00').toISOString()).toBe('-000001-12-31T17:00:00.000Z');
  });

  it('keeps the last minute of a day on that day', () => {
    expect(toVietnamIso('2023-12-31T23:59:59+07:00')).toBe('2023-12-31T23:59:59+07:00');
    expect(vietnamTimeOfDay(parseInstant('2023-07-03T16:59:00Z'))).toBe('23:59');
  });

  it.each([
    ['2023-07-03T08:00:00', 'no offset: it names no moment'],
    ['2023-07-03 08:00:00+07:00', 'a space for T'],
    ['x2023-07-03T08:00:00Z', 'text before'],
    ['2023-07-03T08:00:00Zx', 'text after'],
    ['2023-07-03T08:00:00+0700', 'an offset without its colon'],
    ['2023-07-03T08:00:00.1234567890Z', 'ten digits of a second'],
    ['2023-07-03T8:00:00Z', 'a one-digit hour'],
    ['2023-7-03T08:00:00Z', 'a one-digit month'],
    ['23-07-03T08:00:00Z', 'a two-digit year'],
    ['2023-02-30T08:00:00+07:00', 'a day February does not have'],
    ['2023-02-29T08:00:00Z', 'a 29 February in a common year'],
    ['2023-07-03T24:00:00Z', 'hour 24'],
    ['2023-07-03T23:60:00Z', 'minute 60'],
    ['2023-07-03T23:59:60Z', 'second 60'],
    ['2023-07-03T08:00:00+24:00', 'an offset of 24 hours'],
    ['2023-07-03T08:00:00+07:60', 'an offset of 60 minutes'],
    ['2023-13-03T08:00:00Z', 'month 13'],
    ['2023-00-03T08:00:00Z', 'month 00'],
    ['2023-07-00T08:00:00Z', 'day 00'],
    ['2023-07-32T08:00:00Z', 'day 32'],
    ['2023-04-31T08:00:00Z', 'a 31 April'],
  ])('refuses %s (%s), naming the field', (value) => {
    expect(() => parseInstant(value, 'published')).toThrow(
      calendarError(
        `published: ${JSON.stringify(value)} is not a date with a time-zone offset (e.g. 2023-07-03T08:00:00+07:00)`,
      ),
    );
  });

  it('names "instant" when no field is given, and refuses what is not a string', () => {
    expect(() => parseInstant('2023-07-03')).toThrow(
      calendarError(/^instant: "2023-07-03" is not a date with a time-zone offset/),
    );
    expect(() => parseInstant(1_688_346_000_000)).toThrow(calendarError(/^instant: 1688346000000 is not a date/));
  });

  it('throws a CalendarError whose issue holds the field and the value', () => {
    // Caught by hand: Vitest 4.1's toThrow(text) also passes when `undefined` is thrown.
    const thrown = (() => {
      try {
        parseInstant('2023-07-03T24:00:00Z', 'published');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(CalendarError);
    expect((thrown as CalendarError).issues).toMatchObject([{ path: 'published', value: '2023-07-03T24:00:00Z' }]);
  });
});
