import { describe, expect, it } from 'vitest';
import { elapsedYears } from './index.js';

describe('elapsedYears', () => {
  it('counts 113 years on 5/6/2024 for 5/6/1911', () => {
    expect(elapsedYears('1911-06-05', '2024-06-05')).toBe(113);
    expect(elapsedYears('1911-06-05', '2024-06-04')).toBe(112);
  });

  it('gives a 29 February date its anniversary on 28 February in common years', () => {
    expect(elapsedYears('2020-02-29', '2021-02-27')).toBe(0);
    expect(elapsedYears('2020-02-29', '2021-02-28')).toBe(1);
    expect(elapsedYears('2020-02-29', '2024-02-28')).toBe(3);
    expect(elapsedYears('2020-02-29', '2024-02-29')).toBe(4);
  });
});
