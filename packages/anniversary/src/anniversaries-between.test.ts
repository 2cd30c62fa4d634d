import { isLeapYear, solarToLunar } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDay } from '../test/arbitraries.js';
import { commemorationError } from '../test/errors.js';
import { addDays } from './commemoration-date.js';
import { anniversariesBetween, type Commemoration, elapsedYears, roundOf } from './index.js';

const solar = (id: string, date: string): Commemoration => ({ id, name: id, date, calendar: 'solar' });
const doan = solar('doan', '1931-03-26');

describe('anniversariesBetween', () => {
  it('counts 94 years for the Youth Union on 26/3/2025, where portals printed 92', () => {
    expect(anniversariesBetween([doan], '2025-03-01', '2025-03-31')).toEqual([
      { commemoration: doan, day: '2025-03-26', years: 94, round: null },
    ]);
  });

  it('places a day of leap month 2 of 2023 on the same day of the regular month 2 in later years', () => {
    // Lunar 1/2 Giáp Thìn is 10/3/2024 (new moon); leap 10/2/2023 itself was 31/3/2023 and is no anniversary.
    const leap: Commemoration = { id: 'l', name: 'l', date: '2023-02-10', calendar: 'lunar', leap: true };
    expect(anniversariesBetween([leap], '2023-01-01', '2024-12-31')).toEqual([
      { commemoration: leap, day: '2024-03-19', years: 1, round: null },
    ]);
  });

  it('includes both ends of the range', () => {
    expect(anniversariesBetween([doan], '2025-03-26', '2025-03-26')).toHaveLength(1);
    expect(anniversariesBetween([doan], '2025-03-27', '2026-03-25')).toHaveLength(0);
  });

  it('does not count the founding day itself (year 0) or a founding after the range', () => {
    expect(anniversariesBetween([solar('new', '2024-06-05')], '2024-01-01', '2024-12-31')).toEqual([]);
    expect(anniversariesBetween([solar('later', '2030-01-01')], '2024-01-01', '2024-12-31')).toEqual([]);
  });

  it('marks năm tròn (ends in 0) and năm lẻ 5 (ends in 5) per Nghị định 145/2013', () => {
    const rounds = [50, 55, 94, 100, 105, 1].map(roundOf);
    expect(rounds).toEqual(['tron', 'le5', null, 'tron', 'le5', null]);
    expect(anniversariesBetween([doan], '2031-03-26', '2031-03-26')[0]).toMatchObject({ years: 100, round: 'tron' });
  });

  it('puts a 29 February founding on 28 February in common years and on 29 February in leap years', () => {
    const leap = solar('leap', '2020-02-29');
    expect(anniversariesBetween([leap], '2021-01-01', '2024-12-31').map((a) => [a.day, a.years])).toEqual([
      ['2021-02-28', 1],
      ['2022-02-28', 2],
      ['2023-02-28', 3],
      ['2024-02-29', 4],
    ]);
  });

  it('puts a month-precision date on the 1st of its month, lasting to its last day', () => {
    const ddcm = solar('ddcm', '1958-12');
    expect(anniversariesBetween([ddcm], '2018-01-01', '2018-12-31')).toEqual([
      { commemoration: ddcm, day: '2018-12-01', lastDay: '2018-12-31', years: 60, round: 'tron' },
    ]);
    expect(anniversariesBetween([ddcm], '2018-12-31', '2019-11-30').map((a) => a.day)).toEqual(['2018-12-01']);
  });

  it('gives a yearly date every year, with no year count, from the start of the range', () => {
    const labour = solar('ld', '--05-01');
    expect(anniversariesBetween([labour], '1800-04-01', '1801-05-01').map((a) => [a.day, a.years, a.round])).toEqual([
      ['1800-05-01', null, null],
      ['1801-05-01', null, null],
    ]);
  });

  it('keeps the list order, each commemoration by day', () => {
    const list = [solar('b', '2000-12-01'), solar('a', '2000-01-05')];
    expect(anniversariesBetween(list, '2020-01-01', '2021-12-31').map((a) => a.day)).toEqual([
      '2020-12-01',
      '2021-12-01',
      '2020-01-05',
      '2021-01-05',
    ]);
  });

  it('throws naming the field for a bad range or a bad date in the list', () => {
    expect(() => anniversariesBetween([doan], '2024-1-1', '2024-12-31')).toThrow(
      commemorationError('from: "2024-1-1" is not a day in the form YYYY-MM-DD'),
    );
    expect(() => anniversariesBetween([doan], '2024-12-31', '2024-01-01')).toThrow(
      commemorationError('to: "2024-01-01" is not on or after from (2024-12-31)'),
    );
    expect(() => anniversariesBetween([doan, solar('x', '1911-6-5')], '2024-01-01', '2024-12-31')).toThrow(
      commemorationError('[1].date: "1911-6-5" is not YYYY-MM-DD'),
    );
  });
});

describe('anniversariesBetween with lunar dates', () => {
  const lunar = (id: string, date: string): Commemoration => ({ id, name: id, date, calendar: 'lunar' });

  it('counts lunar years and places each on its solar day', () => {
    // 10/3 Canh Ngọ (1930) → 10/3 Giáp Thìn (2024) = 18/4/2024.
    const found = anniversariesBetween([lunar('l', '1930-03-10')], '2024-01-01', '2024-12-31');
    expect(found.map((a) => [a.day, a.years, a.round])).toEqual([['2024-04-18', 94, null]]);
  });

  it('finds a late lunar date of the previous lunar year in January', () => {
    // 20/12 of lunar year 2023 falls on 30/1/2024.
    const found = anniversariesBetween([lunar('l', '--12-20')], '2024-01-01', '2024-01-31');
    expect(found.map((a) => a.day)).toEqual(['2024-01-30']);
  });

  it('puts day 30 on the 29th in a year whose month has 29 days', () => {
    // Month 12 of lunar year 2024 (Giáp Thìn) has 29 days; Tết Ất Tỵ is 29/1/2025.
    const found = anniversariesBetween([lunar('l', '--12-30')], '2025-01-01', '2025-01-31');
    expect(found.map((a) => a.day)).toEqual(['2025-01-28']);
  });

  it('does not count the lunar founding day itself', () => {
    expect(anniversariesBetween([lunar('l', '2024-03-10')], '2024-01-01', '2024-12-31')).toEqual([]);
  });

  it('lands every lunar anniversary on a day that is that lunar date (regular month, or 29 for a missing 30)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        (year, month, day) => {
          const date = `--${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          for (const a of anniversariesBetween([lunar('l', date)], `${year}-01-01`, `${year}-12-31`)) {
            const found = solarToLunar(a.day);
            expect([found.month, found.leap]).toEqual([month, false]);
            expect(found.day === day || (day === 30 && found.day === 29)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('says which years the lunar calendar covers instead of guessing outside them', () => {
    expect(() => anniversariesBetween([lunar('l', '--03-10')], '2101-01-01', '2101-12-31')).toThrow(
      commemorationError(
        '[0].calendar: "lunar" cannot be placed from 2101-01-01 to 2101-12-31: lunar dates are placed from 1900 to 2100 only',
      ),
    );
  });
});

describe('anniversariesBetween, for any dates', () => {
  it('reports each anniversary on the day elapsedYears goes up by one, with that count', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 1, max: 150 * 366 }), (founded, offset) => {
        const day = addDays(founded, offset);
        const found = anniversariesBetween([solar('c', founded)], day, day);
        const step = elapsedYears(founded, day) - elapsedYears(founded, addDays(day, -1));
        expect(found.length).toBe(step);
        if (step) expect(found[0]?.years).toBe(elapsedYears(founded, day));
      }),
    );
  });

  it('finds over a range exactly what it finds over the two halves of that range', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.nat(800),
        fc.nat(800),
        fc.array(anyDay, { minLength: 1, maxLength: 5 }),
        (from, a, b, dates) => {
          const list = dates.map((date, i) => solar(`c${i}`, date));
          const middle = addDays(from, a);
          const to = addDays(middle, b + 1);
          const keys = (found: { commemoration: Commemoration; day: string }[]) =>
            found.map((x) => `${x.commemoration.id}@${x.day}`).sort();
          expect(keys(anniversariesBetween(list, from, to))).toEqual(
            keys([...anniversariesBetween(list, from, middle), ...anniversariesBetween(list, addDays(middle, 1), to)]),
          );
        },
      ),
    );
  });

  // A window that starts on 29 February cannot be fair to both a 28 and a 29 February founding
  // (they share 28 February the next year but not this one), so year windows start on any other day.
  it('finds every commemoration exactly once in any one-year window, a month twice when the window starts inside it', () => {
    const notLeapDay = anyDay.filter((d) => !d.endsWith('-02-29'));
    fc.assert(
      fc.property(notLeapDay, fc.array(anyDay, { minLength: 1, maxLength: 8 }), (start, dates) => {
        const y = Number(start.slice(0, 4));
        const end = addDays(`${y + 1}-${start.slice(5)}`, -1);
        const list = dates.flatMap((date, i) => {
          let year = y - 1 - (i % 200);
          while (date.endsWith('02-29') && !isLeapYear(year)) year--;
          const past = `${year}${date.slice(4)}`;
          return [solar(`d${i}`, past), solar(`m${i}`, past.slice(0, 7)), solar(`y${i}`, `--${date.slice(5)}`)];
        });
        const found = anniversariesBetween(list, start, end);
        // A month that the window starts after the 1st of is in the window at its start and again at its end.
        const twice = (c: Commemoration) =>
          /^\d{4}-\d\d$/.test(c.date) && c.date.slice(5) === start.slice(5, 7) && !start.endsWith('-01');
        const expected = list.flatMap((c) => (twice(c) ? [c.id, c.id] : [c.id]));
        expect(found.map((a) => a.commemoration.id).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('counts a round-years entry only in years ending in 0 or 5', () => {
    const birth = { ...solar('tranphu', '1904-05-01'), observance: 'round-years' as const };
    const found = anniversariesBetween([birth], '2000-01-01', '2030-12-31');
    expect(found.map((a) => [a.day, a.years, a.round])).toEqual([
      ['2004-05-01', 100, 'tron'],
      ['2009-05-01', 105, 'le5'],
      ['2014-05-01', 110, 'tron'],
      ['2019-05-01', 115, 'le5'],
      ['2024-05-01', 120, 'tron'],
      ['2029-05-01', 125, 'le5'],
    ]);
  });

  it('names an observance it does not know', () => {
    const bad = { ...solar('a', '1904-05-01'), observance: 'round' } as never;
    expect(() => anniversariesBetween([bad], '2024-01-01', '2024-12-31')).toThrow(
      commemorationError('[0].observance: "round" is not "yearly" or "round-years"'),
    );
  });
});
