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

describe('a field label at the cut', () => {
  it('is written whole up to 80 characters and cut from 81', () => {
    const messageFor = (label: string) => {
      try {
        toVietnamIso('x', label);
      } catch (error) {
        return (error as CalendarError).message;
      }
      throw new Error('toVietnamIso accepted "x"');
    };
    expect(messageFor('f'.repeat(80))).toMatch(/^f{80}: "x" /);
    expect(messageFor('f'.repeat(81))).toMatch(/^f{79}…: "x" /);
  });
});
