import leven from 'leven';
import { describe, expect, it } from 'vitest';
import { closest, distance } from './did-you-mean.js';

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

describe('distance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(distance('nationa', 'national', 9)).toBe(1);
    expect(distance('kitten', 'sitting', 9)).toBe(3);
    expect(distance('', 'abc', 9)).toBe(3);
    expect(distance('đi', 'di', 9)).toBe(1);
  });

  it('stops at max', () => {
    expect(distance('a', 'abcdef', 3)).toBe(3);
    expect(distance('abcdef', 'uvwxyz', 2)).toBe(2);
  });

  it('agrees with the leven package it replaced, on names like the ones compared', () => {
    const letters = ['a', 'd', 'e', 'n', 't', '-', 'đ'];
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const word = () =>
      Array.from({ length: Math.floor(random() * 9) }, () => letters[Math.floor(random() * 7)]).join('');
    for (let n = 0; n < 2000; n++) {
      const [a, b, max] = [word(), word(), 1 + Math.floor(random() * 6)];
      expect(distance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(leven(a, b), max));
    }
  });
});
