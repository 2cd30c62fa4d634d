import { describe, expect, it } from 'vitest';
import { addDays, CalendarError, daysBetween, parseDay, parseMonth, weekday } from './index.js';

/** The error a call throws, so a test can read its name, message and issues. */
function thrown(call: () => unknown): CalendarError {
  try {
    call();
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

describe('a CalendarError reads as one in logs', () => {
  it('is named CalendarError, so a stack trace or String(error) says where it came from', () => {
    const error = thrown(() => parseDay('2024-02-30'));
    expect(error.name).toBe('CalendarError');
    expect(String(error)).toBe('CalendarError: day: "2024-02-30" does not exist; 2024-02 has 29 days');
  });

  it('made by hand, carries its message as its one issue', () => {
    expect(new CalendarError('bad day').issues).toEqual([{ path: '', value: undefined, message: 'bad day' }]);
    const issues = [{ path: 'a', value: 1, message: 'a: 1 is wrong' }];
    expect(new CalendarError('a: 1 is wrong', issues).issues).toBe(issues);
  });
});

describe('each function names the argument it cannot read', () => {
  it('says day or month when no field is given', () => {
    expect(thrown(() => parseDay('x')).issues).toEqual([
      { path: 'day', value: 'x', message: 'day: "x" is not a calendar day in the form YYYY-MM-DD (e.g. 2024-06-05)' },
    ]);
    expect(thrown(() => parseMonth('x')).message).toBe('month: "x" is not a month in the form YYYY-MM (e.g. 1958-12)');
    expect(thrown(() => weekday('2024-13-01')).message).toMatch(/^day: "2024-13-01"/);
    expect(thrown(() => addDays('2024-13-01', 1)).message).toMatch(/^day: "2024-13-01"/);
  });

  it('tells from and to apart in daysBetween', () => {
    expect(thrown(() => daysBetween('2024-02-30', '2024-03-01')).message).toMatch(/^from: "2024-02-30" does not exist/);
    expect(thrown(() => daysBetween('2024-03-01', '2024-02-30')).message).toMatch(/^to: "2024-02-30" does not exist/);
  });
});
