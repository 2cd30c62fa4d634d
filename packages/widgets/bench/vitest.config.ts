import { defineConfig } from 'vitest/config';

/** `npm run bench`: Chromium measurements of the built script-tag files; slow, so out of `npm test`. */
export default defineConfig({
  test: {
    include: ['bench/**/*.ts'],
    exclude: ['bench/vitest.config.ts'],
    environment: 'node',
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
