import { expect } from 'vitest';
import { CommemorationError } from '../src/commemoration-error.js';

// For `toThrow`: `toThrow('text')` alone also passes for a TypeError with that text, a thrown string, or even
// a thrown `undefined` (chai's quirk); this matches only a CommemorationError whose message has `text` (or matches it).
export const commemorationError = (text: string | RegExp) =>
  expect.objectContaining({
    constructor: CommemorationError,
    message: typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text),
  });
