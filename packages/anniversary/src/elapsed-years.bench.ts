import { bench, describe } from 'vitest';
import { elapsedYears } from './index.js';

describe('elapsedYears', () => {
  bench('one call (113 years, 5/6/1911 → 5/6/2024)', () => {
    elapsedYears('1911-06-05', '2024-06-05');
  });
  bench('one call (29 February → a common year)', () => {
    elapsedYears('2020-02-29', '2023-02-28');
  });
});
