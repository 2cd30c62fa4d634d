// The unchecked cores (`@vnportal/anniversary/core`, which the script-tag widget calls) against the public
// functions: on every input the public function accepts, both give the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDay } from '../test/arbitraries.js';
import { commemorationError } from '../test/errors.js';
import { addDays, readDate } from './commemoration-date.js';
import {
  anniversariesBetweenCore,
  bannerPartsCore,
  datePartsCore,
  formatAnniversaryCore,
  mergeByIdCore,
  roundOfCore,
  selectForBannerCore,
} from './core.js';
import {
  anniversariesBetween,
  bannerParts,
  type Commemoration,
  formatAnniversary,
  mergeById,
  roundOf,
  type SelectOptions,
  selectForBanner,
} from './index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const solarDate = fc.oneof(
  anyDay,
  anyDay.map((day) => day.slice(0, 7)),
  anyDay.map((day) => `-${day.slice(4)}`),
);
const lunarDate = fc
  .record({
    year: fc.option(fc.integer({ min: 1000, max: 2150 }), { nil: undefined }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 30 }),
  })
  .map(({ year, month, day }) => `${year ?? '-'}-${pad(month)}-${pad(day)}`);
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');

/** One valid commemoration (id filled in by `validList`), solar or lunar, with the optional fields sometimes set. */
const entry = fc
  .record(
    {
      name: text,
      nameEn: text,
      lunar: fc.boolean(),
      solarDate,
      lunarDate,
      leap: fc.boolean(),
      pinned: fc.boolean(),
      observance: fc.constantFrom('yearly', 'round-years'),
    },
    { requiredKeys: ['name', 'lunar', 'solarDate', 'lunarDate'] },
  )
  .map(({ lunar, solarDate: s, lunarDate: l, leap, ...rest }) => ({
    ...rest,
    ...(lunar && leap !== undefined ? { leap } : {}),
    calendar: lunar ? 'lunar' : 'solar',
    date: lunar ? l : s,
  }));

/** A list of valid commemorations with unique ids drawn from a small pool (so two lists share some). */
const validList = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 30 }), entry), { selector: ([id]) => id, maxLength: 12 })
  .map((rows) => rows.map(([id, c]) => ({ id: `c${id}`, ...c }) as Commemoration));

/** A banner window that stays inside the lunar table (1900 to 2100), as the widget's options do. */
const selectOptions: fc.Arbitrary<SelectOptions> = fc.record(
  {
    today: fc.integer({ min: 0, max: 197 * 365 }).map((n) => addDays('1902-01-01', n)),
    daysBefore: fc.integer({ min: 0, max: 366 }),
    daysAfter: fc.integer({ min: 0, max: 366 }),
    max: fc.integer({ min: 1, max: 60 }),
    order: fc.constantFrom('default', 'given'),
    roundOnly: fc.boolean(),
  },
  { requiredKeys: ['today'] },
);

const formatOptions = fc.record(
  {
    lang: fc.constantFrom('vi', 'en'),
    dash: fc.constantFrom(' - ', ' – ', '-'),
    padded: fc.boolean(),
    dateSeparator: fc.constantFrom('/', '.'),
    prefix: fc.constantFrom('', 'Chào mừng'),
    separator: fc.constantFrom('; ', ' • '),
  },
  { requiredKeys: [] },
);

/** With `lang: "en"` every entry needs its nameEn: give it one where it has none. */
const withNamesFor = (lang: string | undefined, list: Commemoration[]) =>
  lang === 'en' ? list.map((c) => ({ ...c, nameEn: c.nameEn ?? `${c.name} (en)` })) : list;

describe('@vnportal/anniversary/core gives what the public functions give, on valid input', () => {
  it('anniversariesBetweenCore = anniversariesBetween', () => {
    fc.assert(
      fc.property(validList, selectOptions, (list, { today, daysBefore = 7, daysAfter = 30 }) => {
        const from = addDays(today, -daysBefore);
        const to = addDays(today, daysAfter);
        expect(anniversariesBetweenCore(list, from, to)).toEqual(anniversariesBetween(list, from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('selectForBannerCore = selectForBanner', () => {
    fc.assert(
      fc.property(validList, selectOptions, (list, options) => {
        expect(selectForBannerCore(list, options)).toEqual(selectForBanner(list, options));
      }),
      { numRuns: 300 },
    );
  });

  it('bannerPartsCore = bannerParts and formatAnniversaryCore = formatAnniversary, items from a real window', () => {
    let nonEmpty = 0;
    fc.assert(
      fc.property(validList, selectOptions, formatOptions, (list, select, options) => {
        const items = selectForBanner(withNamesFor(options.lang, list), { ...select, daysAfter: 366 });
        nonEmpty += +(items.length > 0);
        expect(bannerPartsCore(items, options)).toEqual(bannerParts(items, options));
        for (const item of items) expect(formatAnniversaryCore(item, options)).toBe(formatAnniversary(item, options));
      }),
      { numRuns: 300 },
    );
    // The property compared real lines, not only empty banners.
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('mergeByIdCore = mergeById, with overrides that share ids with the base', () => {
    fc.assert(
      fc.property(validList, validList, (base, overrides) => {
        expect(mergeByIdCore(base, overrides)).toEqual(mergeById(base, overrides));
      }),
    );
  });

  it('roundOfCore = roundOf and datePartsCore = readDate', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: -1000, max: 10_000 })), (years) => {
        expect(roundOfCore(years)).toBe(roundOf(years));
      }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          solarDate.map((d) => [d, false] as const),
          lunarDate.map((d) => [d, true] as const),
        ),
        ([date, lunar]) => {
          expect(datePartsCore(date)).toEqual(readDate(date, lunar));
        },
      ),
    );
  });
});

// The public functions run through the cores, so the properties above show that the checks change no result
// and that the cores' own defaults match; these pin what the cores compute, on their own.
describe('the cores on their own', () => {
  const lunar = (date: string): Commemoration => ({ id: 'l', name: 'giỗ', date, calendar: 'lunar' });

  it('places day 30 of a lunar month on its 29th in years whose month is short', () => {
    // Lunar month 12 of 2024 (Giáp Thìn) has 29 days: 29/12 is 2025-01-28, the eve of Tết Ất Tỵ.
    expect(anniversariesBetweenCore([lunar('2000-12-30')], '2025-01-20', '2025-02-05')).toMatchObject([
      { day: '2025-01-28', years: 24 },
    ]);
  });

  it('leaves out a lunar date it cannot place, where the public function throws for the whole list', () => {
    const list = [lunar('--01-01'), { id: 's', name: 'x', date: '2000-06-05', calendar: 'solar' } as const];
    expect(() => anniversariesBetween(list, '2101-01-01', '2101-12-31')).toThrow(
      commemorationError(/lunar dates are placed/),
    );
    expect(anniversariesBetweenCore(list, '2101-01-01', '2101-12-31')).toMatchObject([{ day: '2101-06-05' }]);
  });

  it('writes the line with its defaults, an empty prefix and English ordinals', () => {
    const doan: Commemoration = {
      id: 'doan',
      name: 'Đoàn',
      nameEn: 'the Union',
      date: '1931-03-26',
      calendar: 'solar',
    };
    const items = selectForBannerCore([doan], { today: '2024-03-26' });
    expect(bannerPartsCore(items).text).toBe('Nhiệt liệt chào mừng kỷ niệm 93 năm Đoàn (26/3/1931 - 26/3/2024)');
    expect(bannerPartsCore(items, { prefix: '' }).text).toBe('93 năm Đoàn (26/3/1931 - 26/3/2024)');
    expect(formatAnniversaryCore(items[0]!, { lang: 'en' })).toBe(
      'the 93rd anniversary of the Union (26/3/1931 - 26/3/2024)',
    );
    expect(mergeByIdCore([doan], [{ ...doan, name: 'Đoàn TNCS' }])).toEqual([{ ...doan, name: 'Đoàn TNCS' }]);
  });
});
