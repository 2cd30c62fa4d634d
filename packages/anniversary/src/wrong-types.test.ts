import { describe, expect, it } from 'vitest';
import { commemorationError } from '../test/errors.js';
import { anniversariesBetween, type Commemoration, elapsedYears } from './index.js';

// A value that is not a string is refused even when it turns into a valid one as a string.
describe('dates that only look like dates once turned into strings', () => {
  it('are refused in a commemoration list, naming the entry', () => {
    const odd = { id: 'a', name: 'a', date: ['1931-03-26'], calendar: 'solar' } as unknown as Commemoration;
    expect(() => anniversariesBetween([odd], '2024-01-01', '2024-12-31')).toThrow(
      commemorationError('[0].date: an array is not YYYY-MM-DD, YYYY-MM or --MM-DD'),
    );
  });

  it('are refused as the ends of a range', () => {
    expect(() => elapsedYears(['1911-06-05'] as never, '2024-06-05')).toThrow(
      commemorationError(/^from: an array is not /),
    );
    expect(() => elapsedYears('1911-06-05', { toString: () => '2024-06-05' } as never)).toThrow(
      commemorationError(/^to: an object is not /),
    );
  });
});
