import { defineConfig } from 'vitest/config';
import { baseTestOptions } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    name: 'demo e2e (Chromium)',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
