import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import {
  addDays,
  CalendarError,
  issueOf,
  issuesMessage,
  parseDay,
  QUOTE_MAX_CHARS,
  quoteValue,
  UNREADABLE_SEARCH_LIMIT,
  unreadableError,
  unreadablePart,
  unreadableProblem,
} from './index.js';

/** A Proxy whose every read throws. */
const revoked = () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

describe('quoteValue', () => {
  it.each([
    ['2024-02-30', '"2024-02-30"'],
    [2024, '2024'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [-0, '-0'],
    [10n, '10n'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [Symbol('x'), 'a symbol'],
    [() => 1, 'a function'],
    [[1, 2], 'an array'],
    [Object.create(null), 'an object'],
    [new Date(Number.NaN), 'an invalid Date'],
    [new Date('2024-06-01T00:00:00Z'), 'a Date (2024-06-01T00:00:00.000Z)'],
  ])('quotes %s as %s', (value, quoted) => {
    expect(quoteValue(value)).toBe(quoted);
  });

  it('cuts a 1 MB string and says how long it was', () => {
    const quoted = quoteValue('a'.repeat(1_000_000));
    expect(quoted.length).toBeLessThan(QUOTE_MAX_CHARS + 40);
    expect(quoted).toMatch(/^"a+"… \(1000000 characters\)$/);
  });

  it('quotes a Date by its own time, from another realm too, and an object dressed as a Date as an object', () => {
    expect(quoteValue(runInNewContext('new Date(0)'))).toBe('a Date (1970-01-01T00:00:00.000Z)');
    const relabelled = Object.assign(new Date(0), { getTime: () => Number.NaN, toISOString: () => 'x' });
    expect(quoteValue(relabelled)).toBe('a Date (1970-01-01T00:00:00.000Z)');
    expect(quoteValue(Object.create(Date.prototype))).toBe('an object');
  });

  it('quotes a revoked Proxy without throwing', () => {
    expect(quoteValue(revoked())).toBe('an object');
  });

  it('never throws and never grows past a bound, whatever the value', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withMap: true }),
        (value) => {
          expect(quoteValue(value).length).toBeLessThanOrEqual(QUOTE_MAX_CHARS * 6 + 40);
        },
      ),
    );
  });
});

describe('issues', () => {
  it('writes one issue line with its path and quoted value', () => {
    expect(issueOf('[2].date', '1911-6-5', 'is not YYYY-MM-DD')).toEqual({
      path: '[2].date',
      value: '1911-6-5',
      message: '[2].date: "1911-6-5" is not YYYY-MM-DD',
    });
    expect(issueOf('name', undefined, 'is not a string').message).toBe('name is missing');
  });

  it('counts the problems on the first line', () => {
    const issues = [issueOf('a', 1, 'is wrong'), issueOf('b', 2, 'is wrong')];
    expect(issuesMessage('events', issues)).toBe('Invalid events (2 problems):\n  a: 1 is wrong\n  b: 2 is wrong');
    expect(issuesMessage('events', issues.slice(0, 1))).toMatch(/^Invalid events \(1 problem\):/);
  });

  it('gives CalendarError the shared issue shape, naming the field and the value', () => {
    try {
      parseDay('2024-02-30');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CalendarError);
      const [issue] = (error as CalendarError).issues;
      expect(issue?.value).toBe('2024-02-30');
      expect(issue?.message).toBe((error as Error).message);
      expect(issue?.path).not.toBe('');
    }
    expect(() => addDays('x'.repeat(1_000_000), 1)).toThrow(calendarError(/characters\)/));
  });
});

describe('isInstant', () => {
  it('accepts an instant with its offset and refuses a bare local time or a non-string', async () => {
    const { isInstant } = await import('./index.js');
    expect(isInstant('2023-07-03T08:00:00+07:00')).toBe(true);
    expect(isInstant('2023-07-03T08:00:00')).toBe(false);
    expect(isInstant(20230703)).toBe(false);
  });
});

describe('unreadablePart', () => {
  it('names the argument or the path inside it whose read throws', () => {
    const proxy = revoked();
    const whole = unreadablePart({ list: proxy });
    expect(whole?.path).toBe('list');
    expect(whole?.value).toBe(proxy);
    const part = unreadablePart({ list: [{ id: 'a' }, { id: 'b', tags: ['x', proxy] }], options: {} });
    expect(part?.path).toBe('list[1].tags[1]');
    expect(String((part!.error as Error).message)).toMatch(/revoked/);
    const getter = {
      ok: 1,
      get url() {
        throw new Error('no url today');
      },
    };
    const found = unreadablePart({ meta: getter });
    expect([found?.path, found?.value]).toEqual(['meta.url', getter]);
    expect(unreadableProblem(found?.error)).toBe('cannot be read (no url today)');
  });

  it('finds nothing in readable values, cycles and shared objects included', () => {
    const cyclic: Record<string, unknown> = { a: [1, 'x', null] };
    cyclic.self = cyclic;
    expect(unreadablePart({ cyclic, again: cyclic, n: 1, s: 'x', u: undefined, d: new Date(0) })).toBeUndefined();
  });

  it('gives up after UNREADABLE_SEARCH_LIMIT reads instead of walking a huge value', () => {
    const huge = Array.from({ length: UNREADABLE_SEARCH_LIMIT + 10 }, () => 0);
    huge.push(revoked() as never);
    expect(unreadablePart({ huge })).toBeUndefined();
  });

  it('refuses arguments that are not an object of names, and never throws writing a problem', () => {
    expect(() => unreadablePart(revoked() as never)).toThrow(/^args: an object is not an object of named arguments$/);
    expect(() => unreadablePart(null as never)).toThrow(/^args: null is not/);
    expect(unreadableProblem(revoked())).toBe('cannot be read');
    expect(unreadableProblem(new Error('x'.repeat(500)))).toMatch(/^cannot be read \(x{79}…\)$/);
  });
});

describe('unreadableError', () => {
  const isOwn = (e: unknown) => e instanceof CalendarError;
  const make = (issue: { message: string }) => new CalendarError(issue.message);

  it("turns a foreign error into the package's own only when an argument cannot be read", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const thrown = new TypeError('revoked');
    const own = unreadableError(thrown, { list: [1, proxy] }, isOwn, make) as CalendarError;
    expect(own).toBeInstanceOf(CalendarError);
    expect(own.message).toBe("list[1] cannot be read (Cannot perform 'IsArray' on a proxy that has been revoked)");
    expect(own.cause).toBe(thrown);
    // A fault of the package (nothing unreadable) and the package's own errors go out unchanged.
    const bug = new TypeError('x is undefined');
    expect(unreadableError(bug, { list: [1, 2] }, isOwn, make)).toBe(bug);
    const mine = new CalendarError('day: "x" is not a day');
    expect(unreadableError(mine, { list: [proxy] }, isOwn, make)).toBe(mine);
  });

  it('refuses helpers that are not functions', () => {
    expect(() => unreadableError(new Error('x'), {}, 1 as never, make)).toThrow(/^isOwn: 1 is not a function$/);
    expect(() => unreadableError(new Error('x'), {}, isOwn, null as never)).toThrow(/^make: null is not a function$/);
  });
});

describe('issue helpers refuse what they cannot write', () => {
  it('names the argument that is not a string', () => {
    expect(() => issueOf(42 as never, 'x', 'is wrong')).toThrow(calendarError(/^path: 42 is not a string$/));
    expect(() => issueOf('a', 1, 5 as never)).toThrow(calendarError(/^problem: 5 is not a string$/));
    expect(() => issuesMessage(5 as never, [])).toThrow(calendarError(/^subject: 5 is not a string$/));
  });

  it('refuses a list that is not an array, or an issue without a message line, naming its index', () => {
    // An object with its own map() is still not an array of issues.
    expect(() => issuesMessage('events', { map: () => ['a'] } as never)).toThrow(
      calendarError(/^issues: an object is not an array of issues$/),
    );
    expect(() => issuesMessage('events', [null] as never)).toThrow(
      calendarError(/^issues\[0\]\.message: undefined is not a string$/),
    );
    expect(() => issuesMessage('events', [{ message: 3 }] as never)).toThrow(
      calendarError(/^issues\[0\]\.message: 3 is not/),
    );
    expect(() => issuesMessage('events', [{ message: 'a' }, { message: 3 }] as never)).toThrow(
      calendarError(/^issues\[1\]\.message: 3 is not a string$/),
    );
  });
});

describe('unreadablePart, at its edges', () => {
  const thrower = () => {
    throw new Error('no');
  };

  it('refuses a string or a function given as the arguments', () => {
    expect(() => unreadablePart('ab' as never)).toThrow(
      calendarError(/^args: "ab" is not an object of named arguments$/),
    );
    expect(() => unreadablePart((() => 1) as never)).toThrow(calendarError(/^args: a function is not an object/));
  });

  it('stops once it has read UNREADABLE_SEARCH_LIMIT keys, even between two arguments', () => {
    // An array of LIMIT - 1 items has exactly LIMIT own keys (its indices and `length`).
    const exact = Array.from({ length: UNREADABLE_SEARCH_LIMIT - 1 }, () => 0);
    expect(unreadablePart({ exact, other: revoked() })).toBeUndefined();
    const over = Array.from({ length: UNREADABLE_SEARCH_LIMIT + 10 }, () => 0);
    expect(unreadablePart({ over, other: revoked() })).toBeUndefined();
  });

  it('still reads the key that is exactly the last one allowed', () => {
    const last = Array.from({ length: UNREADABLE_SEARCH_LIMIT - 2 }, () => 0);
    Object.defineProperty(last, 'x', { get: thrower, enumerable: true });
    expect(unreadablePart({ last })?.path).toBe('last.x');
  });

  it('reads the properties of a function, but not symbol keys', () => {
    const fn = Object.defineProperty(() => 1, 'x', { get: thrower });
    expect(unreadablePart({ fn })?.path).toBe('fn.x');
    expect(unreadablePart({ o: { [Symbol('s')]: 1, [Symbol('t')]: revoked() } })).toBeUndefined();
  });

  it('names the object whose keys cannot be listed, not a key inside it', () => {
    const keyless = new Proxy({}, { ownKeys: thrower });
    const found = unreadablePart({ meta: keyless });
    expect([found?.path, found?.value]).toEqual(['meta', keyless]);
  });

  it('writes an index as [n] and any other key as .key, on arrays and objects alike', () => {
    const list: unknown[] = Array.from({ length: 11 }, () => 0);
    list[10] = revoked();
    expect(unreadablePart({ list })?.path).toBe('list[10]');
    const getters = (key: string, onto: object) => Object.defineProperty(onto, key, { get: thrower });
    expect(unreadablePart({ list: getters('3', [0, 1]) })?.path).toBe('list[3]');
    expect(unreadablePart({ list: getters('a1', [0]) })?.path).toBe('list.a1');
    expect(unreadablePart({ list: getters('1a', [0]) })?.path).toBe('list.1a');
    expect(unreadablePart({ meta: getters('1', {}) })?.path).toBe('meta.1');
    expect(unreadablePart({ '': getters('url', {}) })?.path).toBe('url');
  });
});

describe('unreadableProblem, for any thrown value', () => {
  it('says why when the error has a message or is a string, and nothing more when it is neither', () => {
    expect(unreadableProblem('boom')).toBe('cannot be read (boom)');
    expect(unreadableProblem('')).toBe('cannot be read');
    expect(unreadableProblem(5)).toBe('cannot be read');
    const numbered = new Error('x');
    (numbered as { message: unknown }).message = 42;
    expect(unreadableProblem(numbered)).toBe('cannot be read');
    expect(unreadableProblem(new Error('x'.repeat(QUOTE_MAX_CHARS)))).toBe(
      `cannot be read (${'x'.repeat(QUOTE_MAX_CHARS)})`,
    );
  });

  it('names "the value" for an unnamed root argument, and keeps the cause as a native Error does', () => {
    const isOwn = (e: unknown) => e instanceof CalendarError;
    const make = (issue: { message: string }) => new CalendarError(issue.message);
    const thrown = new TypeError('revoked');
    const own = unreadableError(thrown, { '': revoked() }, isOwn, make) as CalendarError;
    expect(own.message).toMatch(/^the value cannot be read \(/);
    expect(Object.getOwnPropertyDescriptor(own, 'cause')).toEqual(
      Object.getOwnPropertyDescriptor(new Error('x', { cause: thrown }), 'cause'),
    );
  });
});
