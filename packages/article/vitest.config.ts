import { defineConfig } from 'vitest/config';
import { baseTestOptions, chromiumProject, timeZoneProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: [
      ...timeZoneProjects(),
      // The same tests in a real browser: parsing and sanitising must not depend on Node.
      chromiumProject(),
    ],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
