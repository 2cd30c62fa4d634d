import { bench, describe } from 'vitest';
import { addDays } from './commemoration-date.js';
import { bannerParts, nationalCommemorations, selectForBanner } from './index.js';

const days = Array.from({ length: 365 }, (_, i) => addDays('2025-01-01', i));

describe('a year of daily banners over the national catalog', () => {
  bench('365 × selectForBanner (default window)', () => {
    for (const today of days) selectForBanner(nationalCommemorations, { today });
  });
  bench('365 × selectForBanner + bannerParts', () => {
    for (const today of days) bannerParts(selectForBanner(nationalCommemorations, { today }));
  });
});
