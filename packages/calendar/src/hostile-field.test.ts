import { describe, expect, it } from 'vitest';
import { CalendarError, toVietnamIso } from './index.js';

describe('a long field label given by the caller', () => {
  it('is cut in the message like a long value, not echoed whole', () => {
    const label = 'f'.repeat(5000);
    let error: unknown;
    try {
      toVietnamIso('not an instant', label);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CalendarError);
    const message = (error as CalendarError).message;
    expect(message.length).toBeLessThan(300);
    expect(message.startsWith(`${'f'.repeat(79)}…: "not an instant"`)).toBe(true);
  });
});
