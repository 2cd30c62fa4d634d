import { todayInVietnam } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SaltKeeper, type SaltStore } from './salt-keeper.js';

// An in-memory store: the salts by day.
function memoryStore(): SaltStore & { salts: Map<string, string> } {
  const salts = new Map<string, string>();
  return {
    salts,
    takeSalt: async (day, candidate) => {
      if (!salts.has(day)) salts.set(day, candidate);
      return salts.get(day) as string;
    },
    destroySaltsBefore: async (day) => {
      for (const d of salts.keys()) if (d < day) salts.delete(d);
    },
  };
}

describe('SaltKeeper.peek', () => {
  it("hands out the salt exactly while Vietnam's day is the salt's, whatever TZ is (property)", async () => {
    // Instants from 1970 to 2100, and a second instant up to two days either side of the first.
    const DAY = 86_400_000;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2 * DAY, max: 4_102_444_800_000 }),
        fc.integer({ min: -2 * DAY, max: 2 * DAY }),
        async (at, delta) => {
          let salts = 0;
          const keeper = new SaltKeeper(memoryStore(), { now: () => at, newSalt: () => `s${++salts}` });
          const { day, salt } = await keeper.salt(at);
          expect(day).toBe(todayInVietnam(new Date(at)));
          const later = at + delta;
          expect(keeper.peek(later)).toEqual(todayInVietnam(new Date(later)) === day ? { day, salt } : undefined);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('has nothing to hand out before the first salt is taken', () => {
    const keeper = new SaltKeeper(memoryStore(), { now: () => 0, newSalt: () => 's' });
    expect(keeper.peek(0)).toBeUndefined();
    expect(keeper.peek(Date.parse('2024-06-01T00:00:00Z'))).toBeUndefined();
  });
});
