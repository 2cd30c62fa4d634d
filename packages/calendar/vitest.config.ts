import { defineConfig } from 'vitest/config';
import { baseTestOptions, timeZoneProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: timeZoneProjects(),
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
