import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBanner, parseCommemorations, selectForBanner } from './index.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/seed/${name}`, import.meta.url), 'utf8');

/**
 * The banner line of the seed portal page, its one double space ("55  năm", a no-break space then a
 * space in the copied HTML) read as one space.
 */
const seedLine = fixture('seed-banner.txt')
  .trim()
  .replace(/\u00a0 /g, ' ');
const seedEvents = parseCommemorations(fixture('seed-events.json'));

describe('the seed portal page', () => {
  it('prints its banner line word for word from its four commemorations on 1/6/2024', () => {
    const items = selectForBanner(seedEvents, { today: '2024-06-01', daysBefore: 0, daysAfter: 60, order: 'given' });
    expect(formatBanner(items)).toBe(seedLine);
  });

  it('keeps the seed line as copied, with its one double space (no-break space + space)', () => {
    expect(
      fixture('seed-banner.txt')
        .trim()
        .match(/\s{2,}/g),
    ).toEqual(['\u00a0 ']);
  });

  it('orders the same items by day by default', () => {
    const items = selectForBanner(seedEvents, { today: '2024-06-01', daysBefore: 0, daysAfter: 60 });
    expect(items.map((a) => a.day)).toEqual(['2024-06-05', '2024-06-06', '2024-06-11', '2024-07-17']);
  });
});
