import { describe, expect, it } from 'vitest';
import { calendarError } from '../../test/errors.js';
import { addDays, sexagenaryDay, sexagenaryMonth, sexagenaryYear } from '../index.js';

describe('sexagenaryYear', () => {
  it('names Tết Giáp Thìn 2024, Ất Tỵ 2025, Mậu Thân 1968, Ất Dậu 1945, Canh Tý 2020', () => {
    expect([2024, 2025, 1968, 1945, 2020].map(sexagenaryYear)).toEqual([
      'Giáp Thìn',
      'Ất Tỵ',
      'Mậu Thân',
      'Ất Dậu',
      'Canh Tý',
    ]);
  });

  it('uses Vietnam’s cat (Mão), not the rabbit: 2023 is Quý Mão', () => {
    expect(sexagenaryYear(2023)).toBe('Quý Mão');
  });

  it('repeats every 60 years and refuses a fraction', () => {
    expect(sexagenaryYear(1964)).toBe(sexagenaryYear(2024));
    expect(() => sexagenaryYear(2024.5)).toThrow(calendarError('year: 2024.5 is not a whole number'));
  });
});

describe('sexagenaryMonth', () => {
  it('names month 1 Dần: Bính Dần in a Giáp year, Mậu Dần in an Ất year', () => {
    expect(sexagenaryMonth({ year: 2024, month: 1 })).toBe('Bính Dần');
    expect(sexagenaryMonth({ year: 2025, month: 1 })).toBe('Mậu Dần');
    expect(sexagenaryMonth({ year: 2024, month: 12 })).toBe('Đinh Sửu');
  });

  it('refuses month 13', () => {
    expect(() => sexagenaryMonth({ year: 2024, month: 13 })).toThrow(
      calendarError('lunar.month: 13 is not a lunar month (1 to 12)'),
    );
    expect(() => sexagenaryMonth(null as never)).toThrow(calendarError(/^lunar: null is not a lunar month/));
    expect(() => sexagenaryMonth({ year: 2024 } as never)).toThrow(calendarError(/^lunar\.month\b/));
  });
});

describe('sexagenaryDay', () => {
  it('names Tết Giáp Thìn (10/2/2024) a Giáp Thìn day and 1/1/2000 a Mậu Ngọ day', () => {
    expect(sexagenaryDay('2024-02-10')).toBe('Giáp Thìn');
    expect(sexagenaryDay('2000-01-01')).toBe('Mậu Ngọ');
  });

  it('moves one step a day and comes back after 60 days, even for years before 100', () => {
    expect(sexagenaryDay('2024-02-11')).toBe('Ất Tỵ');
    expect(sexagenaryDay(addDays('2024-02-10', 60))).toBe('Giáp Thìn');
    expect(sexagenaryDay(addDays('0050-03-01', 60))).toBe(sexagenaryDay('0050-03-01'));
  });

  it('names a day it cannot read', () => {
    expect(() => sexagenaryDay('10/2/2024')).toThrow(calendarError(/day: "10\/2\/2024" is not a calendar day/));
  });
});
