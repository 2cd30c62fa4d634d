import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarError } from '../test/errors.js';
import { addDays, CalendarError, issueOf, issuesMessage, parseDay, QUOTE_MAX_CHARS, quoteValue } from './index.js';

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

  it('quotes a revoked Proxy without throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(quoteValue(proxy)).toBe('an object');
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
