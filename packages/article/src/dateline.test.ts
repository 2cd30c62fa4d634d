import { describe, expect, it } from 'vitest';
import { dateline, toRfc822, toVietnamIso } from './index.js';

describe('dateline', () => {
  it('gives the seed dateline "Thứ hai, 03/07/2023" in every host time zone', () => {
    expect(dateline({ datePublished: '2023-07-03T08:00:00+07:00' })).toBe('Thứ hai, 03/07/2023');
  });

  it('counts the day in Vietnam for an instant written in UTC late the evening before', () => {
    expect(dateline({ datePublished: '2023-07-02T17:30:00Z' }, { time: true })).toBe('Thứ hai, 03/07/2023 00:30');
  });
});

describe('toVietnamIso and toRfc822', () => {
  it('write an instant in +07:00', () => {
    expect(toVietnamIso('2023-07-02T17:30:00Z')).toBe('2023-07-03T00:30:00+07:00');
    expect(toRfc822('2023-07-02T17:30:00Z')).toBe('Mon, 03 Jul 2023 00:30:00 +0700');
  });

  it('name the field when the instant is bad', () => {
    expect(() => toRfc822('2023-07-03', 'articles[0].datePublished')).toThrow(
      'articles[0].datePublished: "2023-07-03" is not a date with a time-zone offset',
    );
  });
});
