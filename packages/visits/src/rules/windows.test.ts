import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startsVisit, VISIT_WINDOW_MS } from './windows.js';

describe('startsVisit', () => {
  it('starts a visit for a first page view, and 30 minutes or more after the last one, never sooner (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 45 }),
        fc.integer({ min: 0, max: 3 * VISIT_WINDOW_MS }),
        (last, gap) => {
          expect(startsVisit(undefined, last + gap)).toBe(true);
          expect(startsVisit(last, last + gap)).toBe(gap >= VISIT_WINDOW_MS);
        },
      ),
    );
  });

  it('counts a view 29:59 after the last as the same visit and one at 30:00 as a new one', () => {
    expect(startsVisit(0, 29 * 60_000 + 59_000)).toBe(false);
    expect(startsVisit(0, 30 * 60_000)).toBe(true);
  });
});
