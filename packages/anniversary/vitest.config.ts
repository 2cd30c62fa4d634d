import { defineConfig } from 'vitest/config';
import { baseTestOptions, nodeProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: nodeProjects({ timeZoneDependent: ['src/cli.test.ts'] }),
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
