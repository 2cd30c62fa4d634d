import { describe, expect, it } from 'vitest';
import type { CommemorationError } from './commemoration-error.js';
import { parseCommemorations } from './index.js';

/** The error `parseCommemorations` throws for `input`. */
function errorOf(input: unknown): CommemorationError {
  try {
    parseCommemorations(input);
  } catch (error) {
    return error as CommemorationError;
  }
  throw new Error('parseCommemorations accepted the input');
}

// The cap on listed problems (100, as documented), at the counts where a miscount would show: as many left out
// as listed, and unknown fields (one line each, not quoting their value) past the cap.
describe('problems past the listing cap', () => {
  it('still throws when exactly as many problems are left out as are listed (200)', () => {
    const error = errorOf(Array.from({ length: 200 }, () => 5));
    expect(error.issues).toHaveLength(100);
    expect(error.omitted).toBe(100);
    expect(error.message.split('\n').at(-1)).toBe('  … and 100 more');
  });

  it('counts the unknown fields of one entry left out past the cap', () => {
    const entry: Record<string, unknown> = { id: 'a', date: '2000-01-01', name: 'Ngày A' };
    for (let i = 0; i < 150; i++) entry[`f${i}`] = i;
    const error = errorOf([entry]);
    expect(error.issues).toHaveLength(100);
    expect(error.issues[0]!.message).toMatch(/^\[0\]\.f0: is not a field \(/);
    expect(error.omitted).toBe(50);
    expect(error.message.split('\n')[0]).toBe('Invalid commemorations (150 problems):');
    expect(error.message.split('\n').at(-1)).toBe('  … and 50 more');
  });
});
