import { bench, describe } from 'vitest';
import { addDays, lunarToSolar, solarToLunar } from '../index.js';

// Batches of 1,000 conversions, since one call is shorter than the timer's resolution: conversions/s = hz × 1,000.
// The days are spread evenly over 1900–2100, so no single year stays hot in the cache.
const days = Array.from({ length: 1000 }, (_, i) => addDays('1900-01-01', Math.floor((i * 73_413) / 999)));
const lunarDates = days.map(solarToLunar);

describe('lunar conversions, 1,000 per iteration', () => {
  bench(
    'solarToLunar × 1,000',
    () => {
      for (const day of days) solarToLunar(day);
    },
    { time: 2000, warmupTime: 500 },
  );

  bench(
    'lunarToSolar × 1,000',
    () => {
      for (const lunar of lunarDates) lunarToSolar(lunar);
    },
    { time: 2000, warmupTime: 500 },
  );
});
