import { expect } from 'vitest';
import { CalendarError } from '../src/calendar-error.js';

// For `toThrow`: `toThrow('text')` alone also passes for a TypeError with that text, a thrown string, or even
// a thrown `undefined` (chai's quirk); this matches only a CalendarError whose message has `text` (or matches it).
export const calendarError = (text: string | RegExp) =>
  expect.objectContaining({
    constructor: CalendarError,
    message: typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text),
  });
