import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { CommemorationError, parseCommemorations } from './index.js';

const doan = { id: 'doan', name: 'Ngày thành lập Đoàn TNCS Hồ Chí Minh', date: '1931-03-26' };

function issuesOf(input: unknown) {
  try {
    parseCommemorations(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CommemorationError);
    return (error as CommemorationError).issues.map((issue) => issue.message);
  }
  throw new Error('expected a CommemorationError');
}

describe('parseCommemorations', () => {
  it('defaults a missing calendar to solar and keeps the name exactly as written', () => {
    const [c] = parseCommemorations([{ ...doan, name: '  thành lập  Đoàn ' }]);
    expect(c).toEqual({ ...doan, name: '  thành lập  Đoàn ', calendar: 'solar' });
  });

  it('reads a JSON string of a list', () => {
    expect(parseCommemorations(JSON.stringify([doan]))[0]?.id).toBe('doan');
  });

  it('accepts month-precision, yearly and lunar dates and every optional field', () => {
    const list = parseCommemorations([
      { id: 'ddcm', name: 'ra đời tác phẩm "Đạo đức cách mạng"', date: '1958-12' },
      { id: 'to', name: 'Giỗ Tổ Hùng Vương', date: '--03-10', calendar: 'lunar', pinned: true },
      { id: 'leap', name: 'x', date: '--02-29', scope: 'national', source: 'NĐ 145/2013/NĐ-CP', nameEn: 'X' },
    ]);
    expect(list.map((c) => c.calendar)).toEqual(['solar', 'lunar', 'solar']);
    expect(list[2]).toMatchObject({ scope: 'national', source: 'NĐ 145/2013/NĐ-CP', nameEn: 'X' });
  });

  it('does not change the input objects', () => {
    const input = [{ ...doan }];
    parseCommemorations(input);
    expect(input[0]).toEqual(doan);
  });

  it('reports a date that is not YYYY-MM-DD with its index and field', () => {
    const bad = [doan, { ...doan, id: 'b' }, { ...doan, id: 'c', date: '1911-6-5' }];
    expect(() => parseCommemorations(bad)).toThrow(commemorationError(/^\[2\]\.date: "1911-6-5" is not YYYY-MM-DD/));
  });

  it('reports every problem of every item at once', () => {
    const issues = issuesOf([
      { id: '', name: 'a', date: '2023-02-29' },
      { id: 'x', date: '2024-13-01', calendar: 'gregorian', pinned: 'yes', pined: true },
      { id: 'x', name: 'c', date: '--02-30', nameEn: 7 },
      'doan',
    ]);
    expect(issues).toEqual([
      '[0].id: "" is not a non-empty string',
      '[0].date: "2023-02-29" is not a day that exists',
      '[1].pined: is not a field (id, name, date, scope, source, nameEn, calendar, pinned, observance, leap)',
      '[1].name is missing',
      '[1].calendar: "gregorian" is not "solar" or "lunar"',
      '[1].date: "2024-13-01" is not a day that exists',
      '[1].pinned: "yes" is not true or false',
      '[2].nameEn: 7 is not a non-empty string',
      '[2].id: "x" is not unique ([1] has it too)',
      '[2].date: "--02-30" is not a day that exists',
      '[3]: "doan" is not a commemoration object',
    ]);
  });

  it('reports a missing id once per item, not also as a duplicate', () => {
    expect(
      issuesOf([
        { name: 'a', date: '2000-01-01' },
        { name: 'b', date: '2000-01-01' },
      ]),
    ).toEqual(['[0].id is missing', '[1].id is missing']);
  });

  it('puts one line per issue in the message', () => {
    expect(() => parseCommemorations([{ id: 'a' }])).toThrow(
      commemorationError('Invalid commemorations (2 problems):\n  [0].name is missing\n  [0].date is missing'),
    );
  });

  it('rejects lunar days past 30 and months past 12', () => {
    const lunar = (date: string) => issuesOf([{ ...doan, calendar: 'lunar', date }])[0];
    expect(lunar('1930-01-31')).toBe('[0].date: "1930-01-31" is not a lunar date (months 1 to 12, days 1 to 30)');
    expect(lunar('--13-01')).toBe('[0].date: "--13-01" is not a lunar date (months 1 to 12, days 1 to 30)');
  });

  it('rejects a lunar founding date the lunar calendar does not have', () => {
    const message = issuesOf([{ ...doan, calendar: 'lunar', date: '2024-12-30' }])[0];
    expect(message).toMatch(/^\[0\]\.date: "2024-12-30" is not a lunar date that exists \(.*has 29 days\)$/);
  });

  it('accepts a day of a leap month in a lunar year that has it (month 2 of 2023)', () => {
    const [c] = parseCommemorations([{ ...doan, calendar: 'lunar', date: '2023-02-10', leap: true }]);
    expect(c?.leap).toBe(true);
  });

  it('rejects a leap month in a lunar year without one, and leap on a solar, yearly or month-only date', () => {
    const leap = (extra: object) => issuesOf([{ ...doan, calendar: 'lunar', leap: true, ...extra }])[0];
    expect(leap({ date: '2024-02-10' })).toMatch(
      /^\[0\]\.date: "2024-02-10" is not a lunar date that exists \(.*has none\)/,
    );
    expect(leap({ date: '2025-02-10' })).toMatch(/the leap month is 6/);
    for (const extra of [{ calendar: 'solar', date: '2023-02-10' }, { date: '--02-10' }, { date: '2023-02' }]) {
      expect(leap(extra)).toMatch(/^\[0\]\.leap: .*needs a lunar YYYY-MM-DD date \(calendar "lunar"\)$/);
    }
    expect(issuesOf([{ ...doan, leap: 'yes' }])[0]).toMatch(/^\[0\]\.leap: "yes" is not true or false$/);
  });

  it('rejects a yearly date without a day, a month 13 and a year before 1000', () => {
    expect(issuesOf([{ ...doan, date: '--12' }])[0]).toBe('[0].date: "--12" is not YYYY-MM-DD, YYYY-MM or --MM-DD');
    expect(issuesOf([{ ...doan, date: '1958-13' }])[0]).toBe('[0].date: "1958-13" is not a day that exists');
    expect(issuesOf([{ ...doan, date: '0938-12-01' }])[0]).toMatch(/is not YYYY-MM-DD/);
  });

  it('rejects what is not a list, and JSON that does not parse', () => {
    expect(issuesOf({ doan })).toEqual(['an object is not an array of commemorations']);
    expect(issuesOf('[{"id":')[0]).toMatch(/^not valid JSON/);
    expect(issuesOf(undefined)).toEqual(['the value is missing']);
  });

  it('reads a JSON file saved with a byte-order mark, as Windows editors write Vietnamese text', () => {
    const json = '\uFEFF[{"id":"a","name":"thành lập","date":"1911-06-05"}]';
    expect(parseCommemorations(json)).toEqual([{ id: 'a', name: 'thành lập', date: '1911-06-05', calendar: 'solar' }]);
  });

  it('accepts an observance and names a wrong one', () => {
    const entry = { id: 'tp', name: 'Ngày sinh đồng chí Trần Phú', date: '1904-05-01', observance: 'round-years' };
    expect(parseCommemorations([entry])).toEqual([{ ...entry, calendar: 'solar' }]);
    expect(() => parseCommemorations([{ ...entry, observance: 'tron' }])).toThrow(
      commemorationError('[0].observance: "tron" is not "yearly" or "round-years"'),
    );
    expect(() => parseCommemorations([{ ...entry, date: '--05-01' }])).toThrow(
      commemorationError(/^\[0\]\.observance: "round-years" needs a date with a year/),
    );
  });
});
