import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { formatDate, formatDateline } from './index.js';

describe('formatDate options', () => {
  it('pads a month-precision day on request and leaves two-digit parts alone', () => {
    expect(formatDate('1958-02', { padded: true })).toBe('02/1958');
    expect(formatDate('1958-02')).toBe('2/1958');
    expect(formatDate('2019-12-17', { padded: true })).toBe('17/12/2019');
  });

  it('names the day it cannot read, whichever form it looks like', () => {
    expect(() => formatDate('1958-13')).toThrow(
      calendarError('day: "1958-13" is not a month in the form YYYY-MM (e.g. 1958-12)'),
    );
    expect(() => formatDate('2024-02-30')).toThrow(
      calendarError('day: "2024-02-30" does not exist; 2024-02 has 29 days'),
    );
  });
});

describe('options that are not what the function reads', () => {
  it('are refused by name, not read as the default', () => {
    expect(() => formatDateline('2023-07-03', { lang: 'vi-VN' } as never)).toThrow(
      calendarError('options.lang: "vi-VN" is not one of "vi", "en"'),
    );
    expect(() => formatDateline('2023-07-03', { case: 'Title' } as never)).toThrow(
      calendarError('options.case: "Title" is not one of "sentence", "title"'),
    );
    expect(() => formatDateline('2023-07-03', { time: 'yes' } as never)).toThrow(
      calendarError('options.time: "yes" is not one of true, false'),
    );
    expect(() => formatDate('2023-07-03', { padded: 1 } as never)).toThrow(
      calendarError('options.padded: 1 is not one of true, false'),
    );
    expect(() => formatDate('2023-07-03', null as never)).toThrow(calendarError('options: null is not an object'));
    expect(formatDateline('2023-07-03', {})).toBe('Thứ hai, 03/07/2023');
  });
});

describe('formatDateline options', () => {
  it('adds no time to a day, which has none, even on request', () => {
    expect(formatDateline('2023-07-03', { time: true })).toBe('Thứ hai, 03/07/2023');
  });

  it('adds Vietnam’s time to an instant string only on request', () => {
    expect(formatDateline('2023-07-03T01:30:00Z', { time: true })).toBe('Thứ hai, 03/07/2023 08:30');
    expect(formatDateline('2023-07-03T01:30:00Z')).toBe('Thứ hai, 03/07/2023');
    expect(formatDateline(new Date('2023-07-03T01:30:00Z'))).toBe('Thứ hai, 03/07/2023');
  });

  it('writes English with Vietnam’s day and time for an instant', () => {
    expect(formatDateline('2023-07-02T18:30:00Z', { lang: 'en', time: true })).toBe('Monday, 3 July 2023 01:30');
    expect(formatDateline('2023-07-09', { lang: 'en', case: 'title' })).toBe('Sunday, 9 July 2023');
  });

  it('writes every weekday in title case', () => {
    const week = ['2023-07-09', '2023-07-10', '2023-07-11', '2023-07-12', '2023-07-13', '2023-07-14', '2023-07-15'];
    expect(week.map((day) => formatDateline(day, { case: 'title' }).split(',')[0])).toEqual([
      'Chủ Nhật',
      'Thứ Hai',
      'Thứ Ba',
      'Thứ Tư',
      'Thứ Năm',
      'Thứ Sáu',
      'Thứ Bảy',
    ]);
    expect(week.map((day) => formatDateline(day).split(',')[0])).toEqual([
      'Chủ nhật',
      'Thứ hai',
      'Thứ ba',
      'Thứ tư',
      'Thứ năm',
      'Thứ sáu',
      'Thứ bảy',
    ]);
  });

  it('refuses an instant it cannot read and a value that is neither, naming dayOrInstant', () => {
    expect(() => formatDateline('2023-07-03T25:00:00Z')).toThrow(
      calendarError('dayOrInstant: "2023-07-03T25:00:00Z" is not a date with a time-zone offset'),
    );
    expect(() => formatDateline(20230703 as never)).toThrow(
      calendarError(
        'dayOrInstant: 20230703 is neither a day (YYYY-MM-DD) nor an instant with offset (e.g. 2023-07-03T08:00:00+07:00)',
      ),
    );
    expect(() => formatDateline(new Date('x'))).toThrow(calendarError(/an invalid Date is not a valid Date/));
  });
});
