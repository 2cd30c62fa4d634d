import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import {
  instantToVietnamDay,
  msUntilVietnamMidnight,
  todayInVietnam,
  toVietnamIso,
  vietnamTimeOfDay,
} from './index.js';

describe('Vietnam’s clock before 1970 and at single-digit times', () => {
  it('counts down to midnight in Vietnam for instants before 1970 too', () => {
    expect(msUntilVietnamMidnight(new Date('1960-01-01T16:59:00Z'))).toBe(60_000);
    expect(msUntilVietnamMidnight(new Date('1960-01-01T17:00:00Z'))).toBe(86_400_000);
    expect(todayInVietnam(new Date('1960-01-01T17:00:00Z'))).toBe('1960-01-02');
  });

  it('writes hours and minutes with two digits', () => {
    expect(vietnamTimeOfDay(new Date('2023-07-03T01:05:00Z'))).toBe('08:05');
    expect(vietnamTimeOfDay(new Date('2023-07-02T17:00:00Z'))).toBe('00:00');
    expect(vietnamTimeOfDay(new Date('2023-07-03T16:59:59Z'))).toBe('23:59');
  });

  it('takes a Date as well as a string in instantToVietnamDay and toVietnamIso', () => {
    expect(instantToVietnamDay(new Date('2023-07-02T17:00:00Z'))).toBe('2023-07-03');
    expect(toVietnamIso(new Date('1960-01-01T17:00:00.500Z'))).toBe('1960-01-02T00:00:00+07:00');
  });
});

describe('what is not an instant', () => {
  it('is refused by todayInVietnam and toVietnamIso, naming the argument', () => {
    expect(() => todayInVietnam('2024-06-01' as never)).toThrow(calendarError('now: "2024-06-01" is not a valid Date'));
    expect(() => toVietnamIso(1_700_000_000_000 as never)).toThrow(
      calendarError('instant: 1700000000000 is not a valid Date'),
    );
    expect(() => toVietnamIso(new Date(Number.NaN))).toThrow(
      calendarError('instant: an invalid Date is not a valid Date'),
    );
  });

  it('is refused by instantToVietnamDay as a string without an offset', () => {
    expect(() => instantToVietnamDay('2023-07-03T08:00')).toThrow(
      calendarError('instant: "2023-07-03T08:00" is not a date with a time-zone offset'),
    );
  });
});
