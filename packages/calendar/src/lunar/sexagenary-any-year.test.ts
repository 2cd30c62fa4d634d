import { describe, expect, it } from 'vitest';
import { calendarError } from '../../test/errors.js';
import { CalendarError, sexagenaryMonth, sexagenaryYear } from '../index.js';

describe('can chi for any year, before the common era too', () => {
  it('names year 4 Giáp Tý, the start of a cycle, and the years either side', () => {
    expect([3, 4, 5, 63, 64].map(sexagenaryYear)).toEqual(['Quý Hợi', 'Giáp Tý', 'Ất Sửu', 'Quý Hợi', 'Giáp Tý']);
  });

  it('names year 0 and the years before it as 60 years later: 0 is Canh Thân, -1 Kỷ Mùi, -57 Quý Hợi', () => {
    expect([0, -1, -56, -57].map(sexagenaryYear)).toEqual(['Canh Thân', 'Kỷ Mùi', 'Giáp Tý', 'Quý Hợi']);
  });

  it('names the months of year -57 (a Quý year) from Giáp Dần on', () => {
    expect([1, 2, 12].map((month) => sexagenaryMonth({ year: -57, month }))).toEqual(['Giáp Dần', 'Ất Mão', 'Ất Sửu']);
  });
});

describe('sexagenaryMonth refuses what is not a lunar month of a year', () => {
  it.each([
    [{ year: 2024, month: 0 }, 'lunar.month: 0 is not a lunar month (1 to 12)'],
    [{ year: 2024, month: 1.5 }, 'lunar.month: 1.5 is not a whole number'],
    [{ year: 2024.5, month: 1 }, 'lunar.year: 2024.5 is not a whole number'],
    [{ month: 1 }, 'lunar.year: undefined is not a whole number'],
    [null, 'lunar: null is not a lunar month { year, month }'],
  ])('refuses %j', (lunar, message) => {
    expect(() => sexagenaryMonth(lunar as never)).toThrow(CalendarError);
    expect(() => sexagenaryMonth(lunar as never)).toThrow(calendarError(message));
  });
});
