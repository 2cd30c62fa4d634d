import fc from 'fast-check';
import { isbot } from 'isbot';
import { describe, expect, it } from 'vitest';
import { BotFilter } from './bot-filter.js';

const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';

describe('BotFilter', () => {
  it('answers as isbot does for a browser and a crawler, asked once or many times', () => {
    const bots = new BotFilter();
    expect([bots.isBot(CHROME), bots.isBot(GOOGLEBOT), bots.isBot(CHROME), bots.isBot(GOOGLEBOT)]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('answers as isbot does for any user agents, and never keeps more verdicts than its limit (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(CHROME, GOOGLEBOT, 'curl/8.5.0', ''), fc.string()), { maxLength: 60 }),
        (agents) => {
          const bots = new BotFilter(8);
          for (const ua of [...agents, ...agents]) {
            expect(bots.isBot(ua)).toBe(isbot(ua));
            expect(bots.size).toBeLessThanOrEqual(8);
          }
        },
      ),
    );
  });
});
