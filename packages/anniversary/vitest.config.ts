import { defineConfig } from 'vitest/config';
import { reporting, timeZoneProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...reporting,
    projects: timeZoneProjects(),
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
