import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit.js';

function limiter(options: { max?: number; capacity?: number } = {}) {
  const clock = { now: 1_000_000 };
  const limit = new RateLimiter({
    max: options.max ?? 3,
    windowMs: 60_000,
    now: () => clock.now,
    ...(options.capacity ? { capacity: options.capacity } : {}),
  });
  return { clock, limit };
}

describe('RateLimiter', () => {
  it('allows max requests in a window, then says how long to wait until the window ends', () => {
    const { clock, limit } = limiter();
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 0]);
    clock.now += 20_000;
    expect(limit.take('a')).toBe(40_000);
    expect(limit.take('b')).toBe(0); // another visitor is not held back
    clock.now += 39_999;
    expect(limit.take('a')).toBe(1);
    clock.now += 1;
    expect(limit.take('a')).toBe(0); // a new window, from this request on
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 60_000]);
  });

  it('forgets ended windows, so memory holds only the last minute of visitors', () => {
    const { clock, limit } = limiter();
    for (let i = 0; i < 50; i++) limit.take(`early-${i}`);
    clock.now += 30_000;
    for (let i = 0; i < 20; i++) limit.take(`late-${i}`);
    expect(limit.size).toBe(70);
    clock.now += 30_000; // the early windows end now, the late ones in 30 s
    limit.take('late-0');
    expect(limit.size).toBe(20);
    clock.now += 30_000;
    limit.take('new');
    expect(limit.size).toBe(1);
  });

  it('keeps at most capacity keys, forgetting the oldest window first', () => {
    const { clock, limit } = limiter({ max: 1, capacity: 2 });
    limit.take('old');
    clock.now += 1;
    limit.take('mid');
    clock.now += 1;
    limit.take('new');
    expect(limit.size).toBe(2);
    expect(limit.take('mid')).toBeGreaterThan(0); // still limited
    expect(limit.take('old')).toBe(0); // forgotten, so a fresh window
  });

  it('refuses settings that are not whole numbers above 0, naming the field', () => {
    expect(() => new RateLimiter({ max: 0, windowMs: 60_000, now: Date.now })).toThrow(
      'max: 0 is not a whole number above 0',
    );
    expect(() => new RateLimiter({ max: 60, windowMs: 1.5, now: Date.now })).toThrow('windowMs: 1.5');
  });
});
