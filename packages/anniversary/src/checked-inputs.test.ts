import { describe, expect, it } from 'vitest';
import { CommemorationError, MAX_ISSUES } from './commemoration-error.js';
import { didYouMean } from './did-you-mean.js';
import {
  type Anniversary,
  anniversariesBetween,
  bannerParts,
  type Commemoration,
  formatAnniversary,
  formatBanner,
  LIMITS,
  ordinal,
  parseCommemorations,
  roundOf,
  selectForBanner,
} from './index.js';

// Each public function's own checks, one bad value at a time: the error names the field and says what is wrong,
// and the value just inside each limit is still read (so a limit is neither looser nor tighter than documented).

const dang: Commemoration = { id: 'dang', name: 'Ngày thành lập Đảng', date: '1930-02-03', calendar: 'solar' };
const a94: Anniversary = { commemoration: dang, day: '2024-02-03', years: 94, round: null };
const withCommemoration = (change: Record<string, unknown>) =>
  ({ ...a94, commemoration: { ...dang, ...change } }) as unknown as Anniversary;

/** The one issue a call throws: its path and its whole message. */
function issueOf(call: () => unknown): { path: string; message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(CommemorationError);
    const { issues, message } = error as CommemorationError;
    expect(issues).toHaveLength(1);
    return { path: issues[0]!.path, message };
  }
  throw new Error('expected a CommemorationError, but the call returned');
}

const long = (n: number) => 'x'.repeat(n);
const cut = (n: number) => `"${long(79)}"… (${n} characters)`;

describe('ordinal', () => {
  it('refuses what is not a whole number ≥ 0, naming n', () => {
    expect(issueOf(() => ordinal(-1))).toEqual({ path: 'n', message: 'n: -1 is not a whole number ≥ 0' });
    expect(issueOf(() => ordinal(1.5))).toEqual({ path: 'n', message: 'n: 1.5 is not a whole number ≥ 0' });
  });

  it('writes English ordinals, 11th to 13th in every hundred included', () => {
    const written = [0, 1, 2, 3, 4, 10, 11, 12, 13, 21, 22, 23, 101, 102, 103, 111, 112, 113].map(ordinal);
    expect(written).toEqual([
      '0th',
      '1st',
      '2nd',
      '3rd',
      '4th',
      '10th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '102nd',
      '103rd',
      '111th',
      '112th',
      '113th',
    ]);
  });
});

describe('formatAnniversary and formatBanner options', () => {
  it.each(['dash', 'dateSeparator'] as const)('refuses a %s that is not text, or is too long', (key) => {
    const rule = `is not a string of at most ${LIMITS.nameLength.toLocaleString('en')} characters`;
    expect(issueOf(() => formatAnniversary(a94, { [key]: 5 } as never))).toEqual({
      path: key,
      message: `${key}: 5 is not a string of at most 1,000 characters`,
    });
    expect(issueOf(() => formatAnniversary(a94, { [key]: long(1001) }))).toEqual({
      path: key,
      message: `${key}: ${cut(1001)} ${rule}`,
    });
    expect(formatAnniversary(a94, { [key]: long(1000) })).toContain(long(1000));
  });

  it.each(['prefix', 'separator'] as const)('refuses a banner %s that is not text, or is too long', (key) => {
    expect(issueOf(() => formatBanner([a94], { [key]: null } as never))).toEqual({
      path: key,
      message: `${key}: null is not a string of at most 1,000 characters`,
    });
    expect(issueOf(() => formatBanner([a94], { [key]: long(1001) })).path).toBe(key);
    expect(formatBanner([a94, a94], { [key]: long(1000) })).toContain(long(1000));
  });

  it('refuses a lang other than "vi" or "en", and a padded that is not true or false', () => {
    expect(issueOf(() => formatAnniversary(a94, { lang: 'fr' } as never))).toEqual({
      path: 'lang',
      message: 'lang: "fr" is not "vi" or "en"',
    });
    expect(issueOf(() => formatAnniversary(a94, { padded: 'yes' } as never))).toEqual({
      path: 'padded',
      message: 'padded: "yes" is not true or false',
    });
  });

  it('refuses options that are not an options object', () => {
    expect(issueOf(() => formatAnniversary(a94, 5 as never))).toEqual({
      path: 'options',
      message: 'options: 5 is not an options object',
    });
    expect(issueOf(() => formatBanner([a94], [] as never)).path).toBe('options');
  });
});

describe('formatAnniversary: the anniversary it is given', () => {
  it.each([
    [null, 'anniversary', 'anniversary: null is not an anniversary object'],
    ['x', 'anniversary', 'anniversary: "x" is not an anniversary object'],
    [
      { ...a94, commemoration: null },
      'anniversary.commemoration',
      'anniversary.commemoration: null is not a commemoration object',
    ],
    [
      withCommemoration({ name: '  ' }),
      'anniversary.commemoration.name',
      'anniversary.commemoration.name: "  " is not a non-empty string',
    ],
    [
      withCommemoration({ name: 5 }),
      'anniversary.commemoration.name',
      'anniversary.commemoration.name: 5 is not a non-empty string',
    ],
    [
      withCommemoration({ name: long(1001) }),
      'anniversary.commemoration.name',
      `anniversary.commemoration.name: ${cut(1001)} is longer than 1,000 characters`,
    ],
    [
      withCommemoration({ nameEn: 5 }),
      'anniversary.commemoration.nameEn',
      'anniversary.commemoration.nameEn: 5 is not a string',
    ],
    [
      withCommemoration({ nameEn: long(1001) }),
      'anniversary.commemoration.nameEn',
      `anniversary.commemoration.nameEn: ${cut(1001)} is longer than 1,000 characters`,
    ],
    [{ ...a94, day: '2024-2-3' }, 'anniversary.day', 'anniversary.day: "2024-2-3" is not a day in the form YYYY-MM-DD'],
    [{ ...a94, years: 0 }, 'anniversary.years', 'anniversary.years: 0 is not a whole number ≥ 1 or null'],
    [{ ...a94, years: 1.5 }, 'anniversary.years', 'anniversary.years: 1.5 is not a whole number ≥ 1 or null'],
    [
      withCommemoration({ date: '1930-02-30' }),
      'anniversary.commemoration.date',
      'anniversary.commemoration.date: "1930-02-30" is not a day that exists',
    ],
    [
      withCommemoration({ date: '--02-03' }),
      'anniversary.commemoration.date',
      'anniversary.commemoration.date: "--02-03" counts no years',
    ],
  ])('refuses %j, naming %s', (anniversary, path, message) => {
    expect(issueOf(() => formatAnniversary(anniversary as Anniversary))).toEqual({ path, message });
  });

  it('reads names of exactly 1,000 characters, a lunar 30th, and an anniversary without years', () => {
    expect(formatAnniversary(withCommemoration({ name: long(1000) }))).toBe(
      `94 năm ${long(1000)} (3/2/1930 - 3/2/2024)`,
    );
    expect(formatAnniversary(withCommemoration({ nameEn: long(1000) }), { lang: 'en' })).toBe(
      `the 94th anniversary of ${long(1000)} (3/2/1930 - 3/2/2024)`,
    );
    expect(formatAnniversary(withCommemoration({ date: '1930-02-30', calendar: 'lunar' }))).toBe(
      '94 năm Ngày thành lập Đảng (30/2/1930 - 30/2/2024 âm lịch)',
    );
    expect(formatAnniversary({ ...a94, years: null })).toBe('Ngày thành lập Đảng (3/2/2024)');
  });
});

describe('bannerParts and formatBanner: the list', () => {
  it('names the item that is wrong by its place in the list', () => {
    expect(issueOf(() => bannerParts([a94, null] as never))).toEqual({
      path: 'items[1]',
      message: 'items[1]: null is not an anniversary object',
    });
    expect(issueOf(() => formatBanner([a94, { ...a94, years: -3 }])).path).toBe('items[1].years');
  });

  it('refuses what is not an array, and more than a hundred times the commemorations limit', () => {
    expect(issueOf(() => bannerParts('x' as never))).toEqual({
      path: 'items',
      message: 'items: "x" is not an array of anniversaries',
    });
    const max = LIMITS.commemorations * 100;
    expect(issueOf(() => bannerParts(new Array(max + 1).fill(a94)))).toEqual({
      path: 'items',
      message: `items: an array has ${(max + 1).toLocaleString('en')} entries; at most ${max.toLocaleString('en')} are read`,
    });
    expect(bannerParts(new Array(1000).fill(a94)).items).toHaveLength(1000);
  });
});

describe('anniversariesBetween: each entry', () => {
  const year = (list: unknown[]) => anniversariesBetween(list as Commemoration[], '2024-01-01', '2024-12-31');

  it.each([
    [null, '[0]', '[0]: null is not a commemoration object'],
    [[], '[0]', '[0]: an array is not a commemoration object'],
    ['x', '[0]', '[0]: "x" is not a commemoration object'],
    [{ ...dang, name: ' ' }, '[0].name', '[0].name: " " is not a non-empty string'],
    [{ ...dang, name: long(1001) }, '[0].name', `[0].name: ${cut(1001)} is longer than 1,000 characters`],
  ])('refuses %j, naming %s', (entry, path, message) => {
    expect(issueOf(() => year([entry]))).toEqual({ path, message });
  });

  it('reads a name of exactly 1,000 characters, and exactly LIMITS.commemorations entries', () => {
    expect(year([{ ...dang, name: long(1000) }])).toHaveLength(1);
    expect(year(new Array(LIMITS.commemorations).fill(dang))).toHaveLength(LIMITS.commemorations);
    expect(issueOf(() => year(new Array(LIMITS.commemorations + 1).fill(dang))).path).toBe('list');
  });
});

describe('selectForBanner', () => {
  it('refuses a roundOnly that is not true or false', () => {
    expect(issueOf(() => selectForBanner([dang], { today: '2024-02-03', roundOnly: 'yes' } as never))).toEqual({
      path: 'roundOnly',
      message: 'roundOnly: "yes" is not true or false',
    });
  });
});

describe('roundOf', () => {
  it('refuses years that are not whole, naming years', () => {
    expect(issueOf(() => roundOf(1.5))).toEqual({ path: 'years', message: 'years: 1.5 is not a whole number or null' });
    expect([roundOf(null), roundOf(10), roundOf(15), roundOf(11)]).toEqual([null, 'tron', 'le5', null]);
  });
});

describe('parseCommemorations: the text', () => {
  it('reads exactly LIMITS.jsonLength characters and refuses one more', () => {
    const json = (n: number) => `${' '.repeat(n - 2)}[]`;
    expect(parseCommemorations(json(LIMITS.jsonLength))).toEqual([]);
    expect(issueOf(() => parseCommemorations(json(LIMITS.jsonLength + 1))).message).toBe(
      `${JSON.stringify(' '.repeat(79))}… (5000001 characters) is longer than 5,000,000 characters of JSON`,
    );
  });

  it('skips a byte-order mark at the start only', () => {
    expect(parseCommemorations('\uFEFF[]')).toEqual([]);
    expect(issueOf(() => parseCommemorations('[]\uFEFF')).message).toMatch(/^not valid JSON \(/);
  });

  it('refuses a date with anything before its form', () => {
    const entry = { id: 'x', name: 'X', date: 'a--06-05', calendar: 'solar' };
    expect(issueOf(() => parseCommemorations([entry])).message).toBe(
      '[0].date: "a--06-05" is not YYYY-MM-DD, YYYY-MM or --MM-DD',
    );
  });

  it('reads a name of exactly 1,000 characters and refuses one more', () => {
    const entry = { id: 'x', name: long(1000), date: '2000-06-01' };
    expect(parseCommemorations([entry])[0]!.name).toBe(long(1000));
    expect(issueOf(() => parseCommemorations([{ ...entry, name: long(1001) }])).message).toBe(
      `[0].name: ${cut(1001)} is longer than 1,000 characters`,
    );
  });

  it('says once that a blank date is missing, not twice', () => {
    expect(issueOf(() => parseCommemorations([{ id: 'x', name: 'X', date: '  ' }])).message).toBe(
      '[0].date: "  " is not a non-empty string',
    );
  });

  it("gives the lunar calendar's own reason for a lunar day that does not exist, without its field name", () => {
    const entry = { id: 'x', name: 'X', date: '2024-12-30', calendar: 'lunar' };
    expect(issueOf(() => parseCommemorations([entry])).message).toBe(
      '[0].date: "2024-12-30" is not a lunar date that exists (30 does not exist; month 12 of lunar year 2024 has 29 days)',
    );
  });

  it('accepts round-years on a date with a year, and says why a yearly date cannot have it', () => {
    const entry = { id: 'x', name: 'X', date: '1930-02-03', observance: 'round-years' };
    expect(parseCommemorations([entry])[0]!.observance).toBe('round-years');
    expect(issueOf(() => parseCommemorations([{ ...entry, date: '--02-03' }])).message).toBe(
      '[0].observance: "round-years" needs a date with a year ("--02-03" counts no years)',
    );
    expect(issueOf(() => parseCommemorations([{ ...entry, leap: true }])).message).toBe(
      '[0].leap: true needs a lunar YYYY-MM-DD date (calendar "lunar")',
    );
  });

  it('reads exactly LIMITS.commemorations entries and refuses one more, naming the list', () => {
    const entries = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ id: `d${i}`, name: 'X', date: '2000-06-01' }));
    expect(parseCommemorations(entries(LIMITS.commemorations))).toHaveLength(LIMITS.commemorations);
    expect(issueOf(() => parseCommemorations(entries(LIMITS.commemorations + 1)))).toEqual({
      path: '',
      message: 'an array has 10,001 entries; at most 10,000 are read',
    });
  });

  it(`lists at most ${MAX_ISSUES} problems and counts the rest`, () => {
    const bad = Array.from({ length: MAX_ISSUES + 50 }, () => 5);
    try {
      parseCommemorations(bad);
      expect.unreachable();
    } catch (error) {
      const { issues, omitted, message } = error as CommemorationError;
      expect(issues).toHaveLength(MAX_ISSUES);
      expect(issues[MAX_ISSUES - 1]!.path).toBe(`[${MAX_ISSUES - 1}]`);
      expect(omitted).toBe(50);
      expect(message.split('\n')[0]).toBe('Invalid commemorations (150 problems):');
      expect(message.split('\n').at(-1)).toBe('  … and 50 more');
    }
  });

  it(`keeps at most ${MAX_ISSUES} issues when built with more`, () => {
    const issues = Array.from({ length: MAX_ISSUES + 7 }, (_, i) => ({ path: `[${i}]`, message: `[${i}] is wrong` }));
    const error = new CommemorationError(issues, 3);
    expect(error.issues).toHaveLength(MAX_ISSUES);
    expect(error.omitted).toBe(10);
    expect(error.message.split('\n')[0]).toBe('Invalid commemorations (110 problems):');
  });
});

describe('didYouMean', () => {
  it('counts a swap of two neighbours as one typo', () => {
    expect(didYouMean('tte', ['tet'])).toBe(' (did you mean "tet"?)');
    expect(didYouMean('thdiua', ['thidua'])).toBe(' (did you mean "thidua"?)');
    // A swap costs one, not less: the exact id wins over a swapped one listed after it.
    expect(didYouMean('tte', ['tte', 'tet'])).toBe(' (did you mean "tte"?)');
    // Not a swap: the letters differ, or only one of the two matches its neighbour.
    expect(didYouMean('abcd', ['bacx'])).toBe('');
    expect(didYouMean('ab', ['ca'])).toBe('');
    expect(didYouMean('ac', ['cb'])).toBe('');
  });

  it('allows a third of the id in typos, at least one', () => {
    expect(didYouMean('thiduaxx', ['thidua'])).toBe(' (did you mean "thidua"?)');
    expect(didYouMean('thiduaxxx', ['thidua'])).toBe('');
    expect(didYouMean('tetxx', ['tet'])).toBe('');
    expect(didYouMean('TETX', ['tet'])).toBe(' (did you mean "tet"?)');
  });

  it('keeps the first of equally close ids, and reads words up to 40 characters', () => {
    expect(didYouMean('tex', ['tet', 'tea'])).toBe(' (did you mean "tet"?)');
    expect(didYouMean(long(40), [long(40)])).toBe(` (did you mean "${long(40)}"?)`);
    expect(didYouMean(long(41), [long(41)])).toBe('');
  });
});
