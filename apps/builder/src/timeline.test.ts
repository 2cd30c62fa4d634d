import {
  type Commemoration,
  formatBanner,
  nationalCommemorations,
  parseCommemorations,
  type SelectOptions,
  selectForBanner,
} from '@vnportal/anniversary';
import { addDays } from '@vnportal/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seed from '../../../fixtures/seed/seed-events.json' with { type: 'json' };
import { timeline } from './timeline.ts';

const list = [...parseCommemorations(seed), ...nationalCommemorations.filter((c) => !seed.some((s) => s.id === c.id))];

/** The timeline's change days are exactly those found by asking the banner for its line on every day. */
function agreesWithTheWalk(list: readonly Commemoration[], from: string, opts: Omit<SelectOptions, 'today'>): void {
  const months = timeline(list, from, opts);
  const first = `${months[0]!.month}-01`;
  const end = addDays(`${months[11]!.month}-01`, 40).slice(0, 8);
  const walked: { day: string; text: string }[] = [];
  for (let day = first; day < `${end}01`; day = addDays(day, 1)) {
    const text = formatBanner(selectForBanner(list, { ...opts, today: day }));
    if (!walked.length || walked.at(-1)!.text !== text) walked.push({ day, text });
  }
  expect(months.flatMap((m) => m.changes)).toEqual(walked);
}

describe('timeline', () => {
  it('lists the seed’s June 2024 anniversaries on their solar days, in day order', () => {
    const [june] = timeline(list, '2024-06-01', { daysBefore: 0, daysAfter: 60, max: 4, order: 'given' });
    expect(june?.month).toBe('2024-06');
    expect(june?.anniversaries.map((a) => [a.day, a.anniversary.commemoration.id])).toEqual([
      ['2024-06-05', 'radi'],
      ['2024-06-06', 'cpcm'],
      ['2024-06-11', 'thidua'],
      ['2024-06-21', 'baochi'],
    ]);
    expect(june?.anniversaries[0]?.text).toBe('113 năm ngày bác hồ ra đi tìm đường cứu nước (5/6/1911 - 5/6/2024)');
  });

  it('finds exactly the days a day-by-day walk finds where the banner line changes', () => {
    const options = fc.record({
      daysBefore: fc.integer({ min: 0, max: 20 }),
      daysAfter: fc.integer({ min: 0, max: 90 }),
      max: fc.integer({ min: 1, max: 6 }),
      order: fc.constantFrom('default' as const, 'given' as const),
    });
    const start = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(start, options, (from, opts) => {
        agreesWithTheWalk(list, from, opts);
      }),
      { numRuns: 15 },
    );
  });

  it('finds the day a window over a year switches a commemoration to its next anniversary, as the walk does', () => {
    // A window of a year or more holds two anniversaries of a day; the banner shows the nearer one, so the
    // line changes halfway between them, a day no anniversary enters or leaves the window.
    const few = parseCommemorations([
      { id: 'a', name: 'ngày A', date: '2000-03-10' },
      { id: 'b', name: 'ngày B', date: '1990-12', pinned: true },
      { id: 'c', name: 'ngày C', date: '1980-08-15', calendar: 'lunar' },
      { id: 'd', name: 'ngày D', date: '--09-02' },
    ]);
    const options = fc.record({
      daysBefore: fc.integer({ min: 150, max: 500 }),
      daysAfter: fc.integer({ min: 150, max: 500 }),
      max: fc.integer({ min: 1, max: 4 }),
      order: fc.constantFrom('default' as const, 'given' as const),
      roundOnly: fc.boolean(),
    });
    const start = fc.integer({ min: 0, max: 3650 }).map((n) => addDays('2020-01-01', n));
    fc.assert(
      fc.property(start, options, (from, opts) => {
        agreesWithTheWalk(few, from, opts);
      }),
      { numRuns: 25 },
    );
  });
});
