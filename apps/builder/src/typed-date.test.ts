import { formatDate } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTypedDate, typedFromDate } from './typed-date.ts';

describe('readTypedDate', () => {
  it('reads a day, a month-only date and a yearly day as Vietnamese write them', () => {
    expect(readTypedDate('17/7/2019', 'solar')).toEqual({ date: '2019-07-17', year: 2019, month: 7, day: 17 });
    expect(readTypedDate('12/1958', 'solar')).toMatchObject({ date: '1958-12' });
    expect(readTypedDate('17/7', 'solar')).toMatchObject({ date: '--07-17', year: null });
    expect(readTypedDate(' 05 / 06 / 1911 ', 'solar')).toMatchObject({ date: '1911-06-05' });
    expect(readTypedDate('5.6.1911', 'solar')).toMatchObject({ date: '1911-06-05' });
  });

  it('names the day that does not exist: 31/2/2024, 29/2/2023, 0/5/2020, month 13', () => {
    expect(readTypedDate('31/2/2024', 'solar')).toEqual({
      code: 'no-such-day',
      day: 31,
      month: 2,
      year: 2024,
      length: 29,
    });
    expect(readTypedDate('29/2/2023', 'solar')).toEqual({
      code: 'no-such-day',
      day: 29,
      month: 2,
      year: 2023,
      length: 28,
    });
    expect(readTypedDate('0/5/2020', 'solar')).toEqual({ code: 'day', day: 0 });
    expect(readTypedDate('1/13/2020', 'solar')).toEqual({ code: 'month', month: 13 });
    expect(readTypedDate('29/2', 'solar')).toMatchObject({ date: '--02-29' });
  });

  it('refuses what is not a date form, and an empty field', () => {
    expect(readTypedDate('hôm qua', 'solar')).toEqual({ code: 'form', text: 'hôm qua' });
    expect(readTypedDate('17/7/19', 'solar')).toMatchObject({ code: 'form' });
    expect(readTypedDate('  ', 'solar')).toEqual({ code: 'empty' });
  });

  it('checks a lunar day against its lunar year: the 29-day month, the leap month, 1900 to 2100', () => {
    // Month 12 of lunar 2024 has 29 days; 2023 has leap month 2; 2025 has leap month 6; 2024 none.
    expect(readTypedDate('30/12/2024', 'lunar')).toMatchObject({ code: 'lunar-short-month', length: 29 });
    expect(readTypedDate('10/2/2023', 'lunar', true)).toMatchObject({ date: '2023-02-10' });
    expect(readTypedDate('10/2/2024', 'lunar', true)).toMatchObject({ code: 'no-leap-month', leapMonth: null });
    expect(readTypedDate('10/2/2025', 'lunar', true)).toMatchObject({ code: 'no-leap-month', leapMonth: 6 });
    expect(readTypedDate('10/3/1899', 'lunar')).toMatchObject({ code: 'lunar-year', year: 1899, first: 1900 });
    expect(readTypedDate('10/3', 'lunar')).toMatchObject({ date: '--03-10' });
    expect(readTypedDate('10/3', 'lunar', true)).toEqual({ code: 'leap-needs-day' });
  });

  it('reads back every solar day it shows in the form', () => {
    const day = fc
      .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (iso) => {
        expect(typedFromDate(iso)).toBe(formatDate(iso));
        expect(readTypedDate(typedFromDate(iso), 'solar')).toMatchObject({ date: iso });
      }),
    );
  });
});
