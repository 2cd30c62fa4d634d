import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { lunarToSolarCore } from './core.js';
import { formatDate, formatDateline, formatDay } from './index.js';

// formatDay's own checks, each part at and just past its range: the message names the part and its range.
describe('formatDay refuses parts a day cannot be written with', () => {
  it('names `parts` for a value that is not an object of parts, a string included', () => {
    expect(() => formatDay('2024-06-01' as never)).toThrow(
      calendarError(/^parts: "2024-06-01" is not \{ year, month, day \}$/),
    );
    expect(() => formatDay(null as never)).toThrow(calendarError(/^parts: null is not \{ year, month, day \}$/));
  });

  it.each([
    ['year', { year: -1, month: 1, day: 1 }, '-1', 0, 9999],
    ['year', { year: 10_000, month: 1, day: 1 }, '10000', 0, 9999],
    ['month', { year: 2024, month: 0, day: 1 }, '0', 1, 12],
    ['month', { year: 2024, month: 13, day: 1 }, '13', 1, 12],
    ['month', { year: 2024, month: 1.5, day: 1 }, '1.5', 1, 12],
    ['month', { year: 2024, month: '6', day: 1 }, '"6"', 1, 12],
    ['day', { year: 2024, month: 6, day: 0 }, '0', 1, 31],
    ['day', { year: 2024, month: 6, day: 32 }, '32', 1, 31],
  ])('parts.%s %j', (name, parts, quoted, min, max) => {
    expect(() => formatDay(parts as never)).toThrow(
      calendarError(
        new RegExp(`^parts\\.${name}: ${quoted.replace('.', '\\.')} is not a whole number from ${min} to ${max}$`),
      ),
    );
  });

  it('writes the parts at the ends of each range', () => {
    expect(formatDay({ year: 0, month: 1, day: 1 })).toBe('0000-01-01');
    expect(formatDay({ year: 9999, month: 12, day: 31 })).toBe('9999-12-31');
  });
});

describe('options left out', () => {
  it('formatDate and formatDateline take no options object at all', () => {
    expect(formatDate('2019-07-17')).toBe('17/7/2019');
    expect(formatDate('2019-07-17', undefined)).toBe('17/7/2019');
    expect(formatDateline('2023-07-03')).toBe('Thứ hai, 03/07/2023');
  });
});

describe('lunarToSolarCore', () => {
  it('reads an ordinary (not leap) month when `leap` is left out', () => {
    // Giỗ Tổ, 10/3 âm lịch: 18/4/2024.
    expect(lunarToSolarCore(2024, 3, 10)).toBe('2024-04-18');
    expect(lunarToSolarCore(2023, 2, 10)).toBe('2023-03-01');
  });
});

describe('the English dateline near year 0', () => {
  it("writes the day's own year, as the Vietnamese one does", () => {
    expect(formatDateline('0000-01-01', { lang: 'en' })).toBe('Saturday, 1 January 0');
    expect(formatDateline('0000-01-01')).toBe('Thứ bảy, 01/01/0');
    expect(formatDateline('0001-01-01', { lang: 'en' })).toBe('Monday, 1 January 1');
    expect(formatDateline('0099-03-01', { lang: 'en' })).toBe('Sunday, 1 March 99');
  });
});
