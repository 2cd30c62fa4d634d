import { defineConfig } from 'vitest/config';
import { baseTestOptions } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' } },
      {
        extends: true,
        test: {
          name: 'builder e2e (Chromium)',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
