import { defineConfig } from 'vitest/config';
import { baseTestOptions, chromiumProject, timeZoneProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      // The counting rules under every host zone: Vietnam's day must not move with the server's TZ.
      ...timeZoneProjects(['src/**/*.test.ts']),
      // The service over real HTTP, against PGlite and a real PostgreSQL server, and its crash tests.
      { extends: true, test: { name: 'service', include: ['test/**/*.test.ts'], env: { TZ: 'UTC' } } },
      // The browser-safe subpath (@vnportal/visits/stats) in a real Chromium.
      chromiumProject({ include: ['src/site-stats.test.ts'] }),
    ],
  },
});
