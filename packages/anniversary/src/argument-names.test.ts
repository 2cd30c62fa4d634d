import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { anniversariesBetween, elapsedYears } from './index.js';

describe('a range that is not two days names the end that is wrong', () => {
  it('in anniversariesBetween', () => {
    expect(() => anniversariesBetween([], '2024-01-01', '2024-13-01')).toThrow(
      commemorationError('to: "2024-13-01" is not a day that exists'),
    );
    expect(() => anniversariesBetween([], '2024-02-30', '2024-12-31')).toThrow(
      commemorationError('from: "2024-02-30" is not a day that exists'),
    );
  });

  it('in elapsedYears', () => {
    expect(() => elapsedYears('1911-06-05', '2024/06/05')).toThrow(
      commemorationError('to: "2024/06/05" is not a day in the form YYYY-MM-DD'),
    );
  });

  it('and takes a one-day range', () => {
    expect(anniversariesBetween([], '2024-06-05', '2024-06-05')).toEqual([]);
    expect(elapsedYears('2024-02-29', '2024-02-29')).toBe(0);
  });
});
