import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import {
  instantToVietnamDay,
  msUntilVietnamMidnight,
  todayInVietnam,
  toVietnamIso,
  VIETNAM_TIME_ZONE,
} from './index.js';

describe('host time zone of this run', () => {
  it('is the zone this project asked for, so the date tests really run under it', () => {
    const offsets: Record<string, number> = {
      UTC: 0,
      'America/Los_Angeles': 480,
      'Asia/Ho_Chi_Minh': -420,
      'Pacific/Kiritimati': -840,
    };
    expect(new Date('2024-01-15T12:00:00Z').getTimezoneOffset()).toBe(offsets[process.env.TZ ?? '']);
  });
});

describe('VIETNAM_TIME_ZONE', () => {
  it('is the zone Intl formats as Vietnam, a day that agrees with todayInVietnam', () => {
    const now = new Date('2024-05-31T17:30:00Z');
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE }).format(now);
    expect([day, todayInVietnam(now)]).toEqual(['2024-06-01', '2024-06-01']);
  });
});

describe('todayInVietnam', () => {
  it('turns to the next day at midnight in Vietnam (17:00 UTC)', () => {
    expect(todayInVietnam(new Date('2024-05-31T16:59:59Z'))).toBe('2024-05-31');
    expect(todayInVietnam(new Date('2024-05-31T17:00:00Z'))).toBe('2024-06-01');
  });

  it('is the same day for the same instant read in Los Angeles or Kiribati', () => {
    expect(todayInVietnam(new Date('2024-06-01T08:00:00-07:00'))).toBe('2024-06-01');
    expect(todayInVietnam(new Date('2024-06-01T23:30:00+14:00'))).toBe('2024-06-01');
  });

  it('matches Intl in Asia/Ho_Chi_Minh for any instant from 1976 on', () => {
    const vn = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Ho_Chi_Minh',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1976-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (now) => {
          expect(todayInVietnam(now)).toBe(vn.format(now));
        },
      ),
    );
  });

  it('refuses an instant whose day YYYY-MM-DD cannot write', () => {
    expect(() => todayInVietnam(new Date(8.64e15))).toThrow(
      calendarError(/^now: a Date \(.*\) is outside the years 0000 to 9999/),
    );
  });

  it('refuses an invalid Date', () => {
    expect(() => todayInVietnam(new Date('nope'))).toThrow(calendarError(/now: an invalid Date/));
  });
});

describe('instantToVietnamDay', () => {
  it('reads the offset of an RFC 3339 instant', () => {
    expect(instantToVietnamDay('2023-07-03T08:00:00+07:00')).toBe('2023-07-03');
    expect(instantToVietnamDay('2023-07-02T20:00:00Z')).toBe('2023-07-03');
  });

  it.each(['2023-07-03', '2023-07-03T08:00:00', '2023-02-30T08:00:00+07:00', '2023-07-03T25:00:00Z'])(
    'refuses %s',
    (value) => {
      expect(() => instantToVietnamDay(value)).toThrow(calendarError(/is not a date with a time-zone offset/));
    },
  );
});

describe('msUntilVietnamMidnight', () => {
  it('counts down to 17:00 UTC', () => {
    expect(msUntilVietnamMidnight(new Date('2024-05-31T16:59:00Z'))).toBe(60_000);
    expect(msUntilVietnamMidnight(new Date('2024-05-31T17:00:00Z'))).toBe(24 * 3600_000);
  });
});

describe('toVietnamIso', () => {
  it('writes the same instant at +07:00', () => {
    expect(toVietnamIso('2023-07-02T17:30:00Z')).toBe('2023-07-03T00:30:00+07:00');
    expect(toVietnamIso('2023-07-03T08:00:00+07:00')).toBe('2023-07-03T08:00:00+07:00');
    expect(toVietnamIso(new Date('2024-05-31T17:00:00Z'))).toBe('2024-06-01T00:00:00+07:00');
  });

  it('names the field it cannot read', () => {
    expect(() => toVietnamIso('2023-07-03', 'datePublished')).toThrow(
      calendarError(/^datePublished: "2023-07-03" is not a date with a time-zone offset/),
    );
    expect(() => toVietnamIso(new Date('x'), 'updated')).toThrow(
      calendarError(/^updated: an invalid Date is not a valid Date/),
    );
  });

  it('refuses instants whose Vietnam wall clock leaves the years 0000 to 9999, instead of a six-digit year', () => {
    expect(toVietnamIso('9999-12-31T16:59:59Z')).toBe('9999-12-31T23:59:59+07:00');
    expect(() => toVietnamIso('9999-12-31T17:00:00Z', 'published')).toThrow(
      calendarError(/^published: "9999-12-31T17:00:00Z" is, in Vietnam's time, outside the years 0000 to 9999$/),
    );
    expect(toVietnamIso('0000-01-01T00:00:00+07:00')).toBe('0000-01-01T00:00:00+07:00');
    expect(() => toVietnamIso('0000-01-01T00:00:00+08:00')).toThrow(calendarError(/outside the years 0000 to 9999/));
    // The last moment a Date can hold: +7 h would be past it, which toISOString refuses with a RangeError.
    expect(() => toVietnamIso(new Date(8.64e15), 'updated')).toThrow(calendarError(/^updated: .* outside the years/));
    expect(() => toVietnamIso(new Date(-8.64e15))).toThrow(calendarError(/outside the years 0000 to 9999/));
  });

  it('agrees with todayInVietnam on the day, for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1976-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
        (now) => {
          expect(toVietnamIso(now).slice(0, 10)).toBe(todayInVietnam(now));
          expect(new Date(toVietnamIso(now)).getTime()).toBe(Math.floor(now.getTime() / 1000) * 1000);
        },
      ),
    );
  });
});
