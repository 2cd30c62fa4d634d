import { defineConfig } from 'vitest/config';
import { baseTestOptions, nodeProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: nodeProjects({
      timeZoneDependent: ['src/today.test.ts', 'src/format.test.ts', 'src/day-oracle.test.ts'],
    }),
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
