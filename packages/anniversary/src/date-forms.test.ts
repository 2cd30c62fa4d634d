import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { CommemorationError, elapsedYears, parseCommemorations } from './index.js';

/** The one problem parseCommemorations finds with a date, or `undefined` when it takes it. */
function dateProblem(date: string, calendar: 'solar' | 'lunar' = 'solar'): string | undefined {
  try {
    parseCommemorations([{ id: 'a', name: 'thành lập', date, calendar }]);
    return undefined;
  } catch (error) {
    if (!(error instanceof CommemorationError)) throw error;
    return error.message;
  }
}

describe('the date forms a commemoration may have', () => {
  it('takes a day, a month and a yearly day, from year 1000 on', () => {
    expect(
      ['1931-03-26', '1958-12', '--09-02', '1000-01-01', '9999-12-31', '--02-29'].map((d) => dateProblem(d)),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes the first and last month and day, and refuses one step past them', () => {
    expect([dateProblem('2024-01-01'), dateProblem('2024-12-31'), dateProblem('--12-31')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(dateProblem('2024-00-10')).toBe('[0].date: "2024-00-10" is not a day that exists');
    expect(dateProblem('2024-01-00')).toBe('[0].date: "2024-01-00" is not a day that exists');
    expect(dateProblem('1958-00')).toBe('[0].date: "1958-00" is not a day that exists');
    expect(dateProblem('--04-31')).toBe('[0].date: "--04-31" is not a day that exists');
    expect(dateProblem('2023-02-29')).toBe('[0].date: "2023-02-29" is not a day that exists');
  });

  it('takes day 30 of any lunar month, and refuses lunar day 0 and month 0', () => {
    expect([dateProblem('--02-30', 'lunar'), dateProblem('--12-30', 'lunar'), dateProblem('--01-01', 'lunar')]).toEqual(
      [undefined, undefined, undefined],
    );
    expect(dateProblem('--01-00', 'lunar')).toBe(
      '[0].date: "--01-00" is not a lunar date (months 1 to 12, days 1 to 30)',
    );
    expect(dateProblem('--00-10', 'lunar')).toBe(
      '[0].date: "--00-10" is not a lunar date (months 1 to 12, days 1 to 30)',
    );
  });

  it.each([
    ['0999-12-31', 'a year before 1000'],
    ['x1931-03-26', 'text before'],
    ['1931-03-26x', 'text after'],
    ['1931-3-26', 'a one-digit month'],
    ['1931-03-6', 'a one-digit day'],
    ['931-03-26', 'a three-digit year'],
    ['1931/03/26', 'slashes'],
    ['-03-26', 'one dash for a yearly day'],
    ['--03', 'a yearly month without a day'],
    ['19310326', 'no dashes'],
  ])('refuses %s (%s) and says which forms it takes', (date) => {
    expect(dateProblem(date)).toBe(`[0].date: ${JSON.stringify(date)} is not YYYY-MM-DD, YYYY-MM or --MM-DD`);
  });
});

describe('the days elapsedYears counts between', () => {
  it.each([
    ['1911-06', 'a month'],
    ['--06-05', 'a yearly day'],
    ['1911-06-05 ', 'a trailing space'],
    [' 1911-06-05', 'a leading space'],
  ])('are whole days: %j (%s) is refused', (from) => {
    expect(() => elapsedYears(from, '2024-06-05')).toThrow(
      commemorationError(`from: ${JSON.stringify(from)} is not a day in the form YYYY-MM-DD`),
    );
  });

  it('are days that exist', () => {
    expect(() => elapsedYears('1911-06-31', '2024-06-05')).toThrow(
      commemorationError('from: "1911-06-31" is not a day that exists'),
    );
    expect(() => elapsedYears(19110605 as never, '2024-06-05')).toThrow(
      commemorationError('from: 19110605 is not a day in the form YYYY-MM-DD'),
    );
  });

  it('count across a century and from year 1000', () => {
    expect(elapsedYears('1000-01-01', '2000-01-01')).toBe(1000);
    expect(elapsedYears('1999-12-31', '2000-01-01')).toBe(0);
    expect(elapsedYears('1899-12-31', '2000-12-31')).toBe(101);
  });
});
