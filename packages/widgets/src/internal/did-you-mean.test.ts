import { describe, expect, it } from 'vitest';
import { closest } from './did-you-mean.js';

describe('closest', () => {
  it('finds the name a typo meant', () => {
    expect(closest('nationa', ['national', 'date'])).toBe('national');
    expect(closest('days-afer', ['days-before', 'days-after'])).toBe('days-after');
    expect(closest('DATE', ['date'])).toBe('date');
  });

  it('suggests nothing for a name far from every known one', () => {
    expect(closest('colour', ['national', 'date'])).toBeUndefined();
  });
});
