import { bannerOptionsFromAttributes } from '@vnportal/widgets';
import { describe, expect, it } from 'vitest';
import { SETTING_LIMITS } from './banner-config.ts';

describe('SETTING_LIMITS', () => {
  it('are the numbers the banner itself takes: each bound is used, one past it is refused with a warning', () => {
    const read = (name: keyof typeof SETTING_LIMITS, value: number) =>
      bannerOptionsFromAttributes({ [name]: String(value) });
    const field = { 'days-before': 'daysBefore', 'days-after': 'daysAfter', max: 'max' } as const;
    for (const name of Object.keys(SETTING_LIMITS) as (keyof typeof SETTING_LIMITS)[]) {
      const { min, max } = SETTING_LIMITS[name];
      for (const inside of [min, max]) {
        const { options, warnings } = read(name, inside);
        expect(warnings, `${name}=${inside}`).toEqual([]);
        expect(options[field[name]]).toBe(inside);
      }
      for (const outside of [min - 1, max + 1])
        expect(read(name, outside).warnings, `${name}=${outside}`).toHaveLength(1);
    }
  });
});
