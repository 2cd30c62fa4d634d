// fast-check generators shared by the property tests (not part of the package's exports).
import fc from 'fast-check';
import { addDays } from '../src/commemoration-date.js';

/** Any day from 1800-01-01 to about 2199, as `YYYY-MM-DD`; 29 Februaries come up often enough. */
export const anyDay = fc.oneof(
  fc.integer({ min: 0, max: 400 * 365 }).map((n) => addDays('1800-01-01', n)),
  fc.constantFrom(1804, 1896, 1904, 1996, 2000, 2024, 2096).map((y) => `${y}-02-29`),
);
