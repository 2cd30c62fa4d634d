import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { addDays, formatDate, formatDateline, parseDay } from './index.js';

describe('formatDate', () => {
  it('writes banner style d/M/yyyy without leading zeros', () => {
    expect(formatDate('2019-07-17')).toBe('17/7/2019');
    expect(formatDate('1911-06-05')).toBe('5/6/1911');
  });

  it('pads on request and writes month precision as M/yyyy', () => {
    expect(formatDate('1930-02-03', { padded: true })).toBe('03/02/1930');
    expect(formatDate('1958-12')).toBe('12/1958');
  });

  it('round-trips through parseDay for any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50000, max: 50000 }), (n) => {
        const day = addDays('2000-01-01', n);
        const [d, m, y] = formatDate(day).split('/').map(Number) as [number, number, number];
        expect(parseDay(day)).toEqual({ year: y, month: m, day: d });
      }),
    );
  });
});

describe('formatDateline', () => {
  it('writes the seed dateline "Thứ hai, 03/07/2023"', () => {
    expect(formatDateline('2023-07-03')).toBe('Thứ hai, 03/07/2023');
  });

  it('turns an instant into Vietnam’s day first, and adds the time on request', () => {
    expect(formatDateline('2023-07-02T18:30:00Z')).toBe('Thứ hai, 03/07/2023');
    expect(formatDateline(new Date('2023-07-03T01:30:00Z'), { time: true })).toBe('Thứ hai, 03/07/2023 08:30');
  });

  it('has title case, every weekday, and English', () => {
    expect(formatDateline('2023-07-03', { case: 'title' })).toBe('Thứ Hai, 03/07/2023');
    expect(['2023-07-09', '2023-07-08'].map((d) => formatDateline(d))).toEqual([
      'Chủ nhật, 09/07/2023',
      'Thứ bảy, 08/07/2023',
    ]);
    expect(formatDateline('2023-07-03', { lang: 'en' })).toBe('Monday, 3 July 2023');
  });

  it('names the value it cannot read', () => {
    expect(() => formatDateline('03/07/2023')).toThrow(calendarError(/dayOrInstant: "03\/07\/2023" is neither a day/));
  });
});
