import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readList, readListQuickly } from './read-json.js';

const BAC_HO = { id: 'radi', name: 'Ngày Bác Hồ ra đi tìm đường cứu nước', date: '1911-06-05' };

// Values near the rules' edges: every form of date, both calendars, wrong types, empty and long text.
const date = fc.oneof(
  fc.constantFrom('1911-06-05', '1958-12', '--03-10', '--02-29', '2024-02-30', '1930-02-30', '0999-01-01'),
  fc.constantFrom('--13-01', '--01', '2023-02-29', '1911-6-5', '2024-13', '2101-01-01', '1899-01-01', ''),
  fc
    .tuple(fc.integer({ min: 990, max: 2110 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 31 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc
    .tuple(fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 31 }))
    .map(([m, d]) => `--${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);
const text = fc.oneof(fc.constantFrom('a', ' ', '', 'x'.repeat(300), 'x'.repeat(301)), fc.string(), fc.integer());
// A plausible entry, then, in one of three cases, some fields replaced by values near or past the rules.
const plausible = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    name: fc.constantFrom('Giỗ Tổ Hùng Vương', 'ngày thành lập'),
    date,
    calendar: fc.constantFrom('solar', 'lunar'),
    pinned: fc.boolean(),
    observance: fc.constantFrom('yearly', 'round-years'),
    nameEn: fc.constant('the founding'),
  },
  { requiredKeys: ['id', 'name', 'date'] },
);
const odd = fc.record(
  {
    id: text,
    name: text,
    calendar: fc.constantFrom('Lunar', 1),
    pinned: fc.constantFrom('true', 0),
    leap: fc.constantFrom(true, false, 0),
    observance: fc.constantFrom('round', null),
    nameEn: text,
    scope: text,
    source: text,
    pined: fc.constant(true),
  },
  { requiredKeys: [] },
);
const entry = fc
  .tuple(plausible, fc.oneof(fc.constant({}), fc.constant({}), odd))
  .map(([base, changes]) => ({ ...base, ...changes }) as Record<string, unknown>);

describe('readListQuickly, the happy path of readList', () => {
  it('takes a plainly right list whole, as readList reads it', () => {
    const list = [BAC_HO, { id: 'gioto', name: 'Giỗ Tổ Hùng Vương', date: '--03-10', calendar: 'lunar', pinned: true }];
    expect(readListQuickly(list)).toEqual(readList(list, undefined));
    expect(readListQuickly(list)!.list[1]).toEqual({ ...list[1], calendar: 'lunar' });
    const shared = {
      commemorations: [BAC_HO],
      mourning: { from: '2024-07-20', to: '2024-07-21', message: 'Quốc tang' },
    };
    expect(readListQuickly(shared)).toEqual(readList(shared, undefined));
  });

  it('never takes a list readList has something to say about, and gives its list when it takes one', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), (entries) => {
        const quick = readListQuickly(entries);
        const precise = readList(entries, undefined);
        if (quick) {
          taken += +(quick.list.length > 0);
          expect(precise).toEqual(quick);
        }
        // The quick reader may hand a right list to the precise one, but only the rare forms it leaves to it.
        if (!quick && precise.problems.length === 0) {
          expect(entries.some((e) => e.leap === true || JSON.stringify(e).length > 280)).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
    // Not vacuous: many generated lists are right and the quick reader takes them.
    expect(taken).toBeGreaterThan(20);
  });

  it('leaves a wrong shape, a repeated id and a bad mourning to readList', () => {
    expect(readListQuickly([BAC_HO, BAC_HO])).toBeUndefined();
    expect(readListQuickly({ commemorations: [BAC_HO], extra: 1 })).toBeUndefined();
    expect(readListQuickly({ mourning: { from: '2024-07-21', to: '2024-07-20', message: 'x' } })).toBeUndefined();
    expect(readListQuickly('[]')).toBeUndefined();
  });

  it('reads only own keys, whatever an old polyfill put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.calendar = 'lunar';
    try {
      expect(readListQuickly([BAC_HO])!.list).toEqual([{ ...BAC_HO, calendar: 'solar' }]);
    } finally {
      delete proto.calendar;
    }
  });
});
