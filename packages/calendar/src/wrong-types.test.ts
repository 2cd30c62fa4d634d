import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { parseDayCore } from './core.js';
import { CalendarError, isDay, parseDay, parseInstant, parseMonth } from './index.js';

// A value that is not a string is refused even when it turns into a valid one as a string.
const lookalikes = [['2024-06-05'], { toString: () => '2024-06-05' }];

describe('values that only look like days once turned into strings', () => {
  it.each(lookalikes)('parseDay refuses %j, naming it by kind', (value) => {
    expect(() => parseDay(value)).toThrow(CalendarError);
    expect(() => parseDay(value)).toThrow(calendarError(/^day: an (array|object) is not a calendar day/));
  });

  it.each(lookalikes)("isDay and parseDayCore (the widget's reader) say no to %j", (value) => {
    expect(isDay(value)).toBe(false);
    expect(parseDayCore(value)).toBeUndefined();
  });

  it('parseMonth refuses an array holding a month', () => {
    expect(() => parseMonth(['1958-12'])).toThrow(calendarError(/^month: an array is not a month in the form YYYY-MM/));
  });

  it('parseInstant refuses an array holding an instant', () => {
    expect(() => parseInstant(['2023-07-03T08:00:00+07:00'], 'published')).toThrow(
      calendarError(/^published: an array is not a date with a time-zone offset/),
    );
  });
});
