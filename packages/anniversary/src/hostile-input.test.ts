import { CalendarError } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNREADABLE_VALUES } from '../../../fixtures/hostile.js';
import { commemorationError } from '../test/errors.js';
import * as lib from './index.js';

// Every public function, called with any value in each argument: it returns, or throws one of the packages' errors.
const calls: [string, (a: unknown, b: unknown, c: unknown) => unknown][] = [
  ['parseCommemorations', (a) => lib.parseCommemorations(a)],
  ['anniversariesBetween', (a, b, c) => lib.anniversariesBetween(a as never, b as never, c as never)],
  ['selectForBanner', (a, b) => lib.selectForBanner(a as never, b as never)],
  ['formatAnniversary', (a, b) => lib.formatAnniversary(a as never, b as never)],
  ['formatBanner', (a, b) => lib.formatBanner(a as never, b as never)],
  ['bannerParts', (a, b) => lib.bannerParts(a as never, b as never)],
  ['elapsedYears', (a, b) => lib.elapsedYears(a as never, b as never)],
  ['roundOf', (a) => lib.roundOf(a as never)],
  ['ordinal', (a) => lib.ordinal(a as never)],
  ['mergeById', (a, b) => lib.mergeById(a as never, b as never)],
  ['pickNational', (a, b) => lib.pickNational(a as never, b as never)],
  ['toICalendar', (a, b) => lib.toICalendar(a as never, b as never)],
  ['pickNationalFrom', (a, b) => lib.pickNationalFrom(a as never, b as never)],
];

const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withDate: true, withMap: true, withSet: true }),
  fc.constantFrom(Symbol('s'), 10n, Object.create(null), 'x'.repeat(1_000_000), -0, Number.NaN),
);
// Values shaped like the real ones, so the checks past the first are reached too.
const day = fc.constantFrom('2024-06-01', '2024-02-29', '1000-01-01', '9999-12-31', '2100-12-31', '1900-01-01');
const entry = fc.record(
  {
    id: fc.oneof(fc.string(), hostile),
    name: fc.oneof(fc.string(), hostile),
    date: fc.oneof(fc.constantFrom('1911-06-05', '--03-10', '1958-12', '2024-02-30'), hostile),
    calendar: fc.oneof(fc.constantFrom('solar', 'lunar'), hostile),
    observance: fc.oneof(fc.constantFrom('yearly', 'round-years'), hostile),
  },
  { requiredKeys: [] },
);
const list = fc.array(entry, { maxLength: 4 });
const anniversary = fc.record({
  commemoration: entry,
  day: fc.oneof(day, hostile),
  years: fc.oneof(fc.nat(200), hostile),
});
const options = fc.record(
  {
    today: fc.oneof(day, hostile),
    from: day,
    to: day,
    max: fc.oneof(fc.nat(9), hostile),
    lang: hostile,
    prefix: hostile,
  },
  { requiredKeys: [] },
);
const argument = fc.oneof(hostile, list, anniversary, fc.array(anniversary, { maxLength: 3 }), options, day);

function returnsOrThrowsOurs(call: () => unknown): void {
  try {
    call();
  } catch (error) {
    if (!(error instanceof lib.CommemorationError || error instanceof CalendarError)) throw error;
    // The message is bounded, whatever the value: a 1 MB name is cut.
    expect(error.message.length).toBeLessThan(20_000);
  }
}

describe('every public function, given any JSON-compatible or hostile value', () => {
  it.each(calls)('%s returns or throws CommemorationError or CalendarError', (_, call) => {
    fc.assert(
      fc.property(argument, argument, argument, (a, b, c) => returnsOrThrowsOurs(() => call(a, b, c))),
      { numRuns: 300 },
    );
  });
});

/** Values whose reads throw, alone and inside the shapes the functions read (fast-check cannot hold them). */
function unreadableArguments(): unknown[] {
  const throwing = () => ({
    id: 'a',
    date: '2000-06-01',
    get name(): string {
      throw new Error('the getter failed');
    },
  });
  return UNREADABLE_VALUES.flatMap((value) => [
    value,
    [value],
    [{ id: 'a', name: 'x', date: '2000-06-01' }, value],
    { today: '2024-06-01', max: value },
    { commemoration: value, day: '2024-06-01', years: 24 },
    [{ commemoration: value, day: '2024-06-01', years: 24 }],
    { include: [value] },
  ]).concat([throwing(), [throwing()], { commemoration: throwing(), day: '2024-06-01', years: 24 }]);
}

describe('every public function, given values whose reads throw (a revoked Proxy, a failing getter)', () => {
  it.each(calls)('%s throws CommemorationError or CalendarError naming where', (_, call) => {
    const valid: unknown[] = [[{ id: 'a', name: 'x', date: '2000-06-01' }], { today: '2024-06-01' }, '2024-12-31'];
    for (const value of unreadableArguments()) {
      for (let position = 0; position < 3; position++) {
        const args = valid.map((v, i) => (i === position ? value : v));
        returnsOrThrowsOurs(() => call(args[0], args[1], args[2]));
      }
    }
  });

  it.each(calls)('%s throws, not returns, for a revoked Proxy given whole or inside a list', (_, call) => {
    const [revoked] = UNREADABLE_VALUES;
    const ours = (error: unknown) => error instanceof lib.CommemorationError || error instanceof CalendarError;
    for (const value of [revoked, [revoked]]) {
      let thrown: unknown;
      try {
        call(value, { today: '2024-06-01' }, '2024-12-31');
      } catch (error) {
        thrown = error;
      }
      expect(ours(thrown)).toBe(true);
    }
  });

  it('says which part could not be read and keeps what was thrown as the cause', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const list = [{ id: 'a', name: 'x', date: '2000-06-01' }, proxy];
    const error = (() => {
      try {
        lib.selectForBanner(list as never, { today: '2024-06-01' });
      } catch (e) {
        return e as lib.CommemorationError;
      }
    })();
    expect(error).toBeInstanceOf(lib.CommemorationError);
    expect(error?.message).toBe("list[1] cannot be read (Cannot perform 'IsArray' on a proxy that has been revoked)");
    expect(error?.issues[0]?.path).toBe('list[1]');
    expect((error!.cause as Error).name).toBe('TypeError');
    const getter = {
      id: 'a',
      date: '2000-06-01',
      get name(): string {
        throw new Error('the getter failed');
      },
    };
    expect(() => lib.parseCommemorations([getter])).toThrow(
      commemorationError('[0].name cannot be read (the getter failed)'),
    );
  });
});

describe('the reproductions of issue 11', () => {
  it('throws for a bad anniversary instead of printing "undefined"', () => {
    const bad = { commemoration: { id: 'n', name: 'n', date: 'bad' }, day: '2024-06-01', years: 113 };
    expect(() => lib.formatAnniversary(bad as never)).toThrow(
      commemorationError('anniversary.commemoration.date: "bad" is not YYYY-MM-DD, YYYY-MM or --MM-DD'),
    );
    expect(() => lib.formatBanner([{ day: '2024-06-01' }] as never)).toThrow(
      commemorationError(/^items\[0\]\.commemoration is missing$/),
    );
  });

  it('names the missing name instead of showing "24 năm undefined"', () => {
    const list = [{ id: 'a', date: '2000-06-01' }] as never;
    expect(() => lib.formatBanner(lib.selectForBanner(list, { today: '2024-06-01' }))).toThrow(
      commemorationError(/^\[0\]\.name is missing$/),
    );
  });

  it('names the argument of selectForBanner(null, …) and selectForBanner(list)', () => {
    expect(() => lib.selectForBanner(null as never, { today: '2024-06-01' })).toThrow(
      commemorationError(/^list: null is not an array of commemorations$/),
    );
    expect(() => (lib.selectForBanner as (list: unknown) => unknown)([])).toThrow(
      commemorationError(/^options is missing$/),
    );
  });

  it('quotes BigInt, Symbol and null-prototype values without crashing', () => {
    expect(() => lib.parseCommemorations([{ id: 10n, name: Symbol('n'), date: Object.create(null) }])).toThrow(
      commemorationError(
        /\[0\]\.id: 10n is not a non-empty string\n {2}\[0\]\.name: a symbol is not a non-empty string\n {2}\[0\]\.date: an object/,
      ),
    );
  });

  it('cuts a 1 MB value in the message', () => {
    const error = (() => {
      try {
        lib.elapsedYears('x'.repeat(1_000_000), '2024-01-01');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/^from: "x+"… \(1000000 characters\) is not a day in the form YYYY-MM-DD$/);
    expect(error!.message.length).toBeLessThan(200);
  });

  it('names what the caller typed near the year limits, not the window end "+010000-01"', () => {
    expect(() => lib.selectForBanner([], { today: '9999-12-31' })).toThrow(
      commemorationError('today: "9999-12-31" with daysAfter 30 ends the window after the year 9999'),
    );
    expect(() => lib.selectForBanner([], { today: '1000-01-01' })).toThrow(
      commemorationError('today: "1000-01-01" with daysBefore 7 starts the window before the year 1000'),
    );
  });

  it('names the limits past which it reads no further', () => {
    const many = Array.from({ length: lib.LIMITS.commemorations + 1 }, (_, i) => ({
      id: `${i}`,
      name: 'x',
      date: '2000-01-01',
    }));
    expect(() => lib.parseCommemorations(many)).toThrow(
      commemorationError(/has 10,001 entries; at most 10,000 are read/),
    );
    expect(() => lib.anniversariesBetween(many as never, '2024-01-01', '2024-12-31')).toThrow(
      commemorationError(/^list: an array has 10,001/),
    );
    const long = [{ id: 'a', name: 'x'.repeat(lib.LIMITS.nameLength + 1), date: '2000-01-01' }];
    expect(() => lib.parseCommemorations(long)).toThrow(
      commemorationError(/\[0\]\.name: "x+"… \(1001 characters\) is longer than 1,000 characters/),
    );
    const errors = (() => {
      try {
        lib.parseCommemorations(Array.from({ length: 5_000 }, () => ({})));
      } catch (e) {
        return e as lib.CommemorationError;
      }
    })()!;
    expect([errors.issues.length, errors.omitted]).toEqual([lib.MAX_ISSUES, 15_000 - lib.MAX_ISSUES]);
    expect(errors.message).toMatch(/^Invalid commemorations \(15,000 problems\):\n/);
    expect(errors.message).toMatch(/\n {2}… and 14,900 more$/);
  });
});
