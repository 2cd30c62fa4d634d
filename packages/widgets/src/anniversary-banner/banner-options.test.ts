import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../internal/messages.js';
import { BANNER_ATTRIBUTES, bannerOptionsFromAttributes } from './banner-options.js';
import { catalog } from './national-data.js';

const en = (attrs: Record<string, string>) =>
  bannerOptionsFromAttributes(attrs).warnings.map((w) => describeProblem(w).en);
const vi = (attrs: Record<string, string>) =>
  bannerOptionsFromAttributes(attrs).warnings.map((w) => describeProblem(w).vi);

describe('bannerOptionsFromAttributes', () => {
  it('gives the documented defaults for a bare element, with no warning', () => {
    expect(bannerOptionsFromAttributes({})).toEqual({
      options: {
        date: undefined,
        src: undefined,
        national: undefined,
        daysBefore: 7,
        daysAfter: 30,
        max: 5,
        prefix: undefined,
        roundOnly: false,
        order: 'default',
        mode: 'marquee',
        speed: 60,
        lang: 'vi',
        mourning: undefined,
      },
      warnings: [],
    });
  });

  it('suggests the attribute a typo meant, in Vietnamese first', () => {
    expect(en({ nationa: '' })).toEqual([
      expect.stringMatching(/^unknown attribute "nationa"; did you mean "national"\?/),
    ]);
    expect(vi({ 'days-afer': '60' })[0]).toMatch(
      /^không có thuộc tính "days-afer"; có phải bạn muốn viết "days-after"\?/,
    );
  });

  it("leaves the page's own global, data- and aria- attributes alone", () => {
    expect(en({ id: 'b', class: 'x', style: '', hidden: '', 'data-cms': '1', 'aria-label': 'x', slot: 's' })).toEqual(
      [],
    );
  });

  it('reads national="false" as off and says how to write it', () => {
    const { options, warnings } = bannerOptionsFromAttributes({ national: 'false' });
    expect(options.national).toBeUndefined();
    expect(warnings.map((w) => describeProblem(w).en)).toEqual([
      expect.stringContaining('remove "national" to switch it off'),
    ]);
  });

  it('reads national="true" (and yes, on, 1) as the whole catalog, with no warning, as round-only="true" is on', () => {
    for (const national of ['true', 'TRUE', ' yes ', 'on', '1']) {
      const { options, warnings } = bannerOptionsFromAttributes({ national });
      expect(options.national).toEqual({});
      expect(warnings).toEqual([]);
    }
    // No catalog id or group is one of those words, so none is shadowed.
    const names = catalog.flatMap((day) => [day.id, day.group]);
    expect(names.filter((name) => /^(true|yes|on|1)$/i.test(name))).toEqual([]);
    // A word that only starts like one is still an id, and warned about where ids are checked.
    expect(bannerOptionsFromAttributes({ national: 'true-day' }).options.national).toEqual({ include: ['true-day'] });
  });

  it('takes national ids and groups to include, and "-id" to leave out', () => {
    expect(bannerOptionsFromAttributes({ national: '' }).options.national).toEqual({});
    expect(bannerOptionsFromAttributes({ national: 'dang, 30-4 -tranphu' }).options.national).toEqual({
      include: ['dang', '30-4'],
      exclude: ['tranphu'],
    });
    expect(bannerOptionsFromAttributes({ national: '-tranphu -tdt' }).options.national).toEqual({
      exclude: ['tranphu', 'tdt'],
    });
  });

  it('falls back to the default for an out-of-range number, with one warning naming it', () => {
    const { options, warnings } = bannerOptionsFromAttributes({ 'days-after': '40000' });
    expect(options.daysAfter).toBe(30);
    expect(warnings.map((w) => describeProblem(w).en)).toEqual([
      'days-after="40000" is not a whole number from 0 to 366; using the default, 30.',
    ]);
  });

  it('refuses a day the calendar cannot count to, counting to today instead', () => {
    expect(bannerOptionsFromAttributes({ date: '2100-12-01' }).options.date).toBeUndefined();
    expect(en({ date: '2100-12-01' })).toEqual([expect.stringContaining('counting to today in Vietnam')]);
    expect(bannerOptionsFromAttributes({ date: '2024-06-01' }).options.date).toBe('2024-06-01');
  });

  it('cuts a long prefix at the documented limit', () => {
    const { options, warnings } = bannerOptionsFromAttributes({ prefix: 'x'.repeat(1_000_000) });
    expect(options.prefix).toHaveLength(300);
    expect(warnings).toHaveLength(1);
  });

  it('reads a mourning period from its three attributes, and says what is missing', () => {
    expect(
      bannerOptionsFromAttributes({
        'mourning-from': '2024-07-20',
        'mourning-to': '2024-07-21',
        'mourning-message': 'Quốc tang',
      }).options.mourning,
    ).toEqual({ from: '2024-07-20', to: '2024-07-21', message: 'Quốc tang' });
    expect(en({ 'mourning-from': '2024-07-20' })).toEqual([expect.stringContaining('mourning needs all of')]);
    expect(en({ 'mourning-from': '2024-7-20', 'mourning-to': '2024-07-21', 'mourning-message': 'x' })).toHaveLength(1);
  });

  it('reads mode and order as date and lang are read: spaces around them and capitals do not matter', () => {
    const { options, warnings } = bannerOptionsFromAttributes({ mode: ' static', order: 'Given ' });
    expect([options.mode, options.order, warnings]).toEqual(['static', 'given', []]);
    expect(bannerOptionsFromAttributes({ mode: 'LIST' }).options.mode).toBe('list');
    // A word that is not one of them still falls back with the value as written.
    expect(en({ mode: ' Scroll' })).toEqual([
      'mode=" Scroll" is not one of "marquee", "static", "list"; using "marquee".',
    ]);
  });

  it('keeps a mourning period whose message is missing, with no message, so its days show no festive line', () => {
    for (const message of [{}, { 'mourning-message': '   ' }] as Record<string, string>[]) {
      const { options, warnings } = bannerOptionsFromAttributes({
        'mourning-from': '2024-07-20',
        'mourning-to': '2024-07-21',
        ...message,
      });
      expect(options.mourning).toEqual({ from: '2024-07-20', to: '2024-07-21', message: '' });
      expect(warnings.map((w) => describeProblem(w).en)).toEqual([
        expect.stringMatching(/^mourning needs all of .*and mourning-message\.$/),
      ]);
    }
  });

  it('ignores keys an old polyfill put on Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 'x';
    try {
      expect(en({ max: '3' })).toEqual([]);
    } finally {
      delete proto.polluted;
    }
  });

  it('never throws, and every option stays in its range, for any attributes at all', () => {
    const name = fc.oneof(fc.constantFrom(...BANNER_ATTRIBUTES), fc.string());
    fc.assert(
      fc.property(fc.dictionary(name, fc.string()), (attrs) => {
        const { options, warnings } = bannerOptionsFromAttributes(attrs);
        expect(options.daysAfter).toBeGreaterThanOrEqual(0);
        expect(options.daysAfter).toBeLessThanOrEqual(366);
        expect(options.max).toBeGreaterThanOrEqual(1);
        expect(['marquee', 'static', 'list']).toContain(options.mode);
        for (const w of warnings) expect(describeProblem(w).vi).toBeTruthy();
      }),
    );
  });
});
