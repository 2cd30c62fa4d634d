import { defineConfig } from 'vitest/config';
import { baseTestOptions } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    name: 'demo e2e (Chromium)',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Each file starts the counter service on a fresh embedded store (PGlite creates it: 20–50 s on a busy 2-core machine).
    hookTimeout: 180_000,
    // One file at a time: each runs its own service and Chromium.
    fileParallelism: false,
  },
});
