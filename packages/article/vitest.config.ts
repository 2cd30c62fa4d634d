import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { baseTestOptions, CHROMIUM_ARGS, findChromium, timeZoneProjects } from '../../vitest.shared.ts';

export default defineConfig({
  test: {
    ...baseTestOptions,
    projects: [
      ...timeZoneProjects(),
      {
        // The same tests in a real browser: parsing and sanitising must not depend on Node.
        extends: true,
        test: {
          name: 'chromium',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
          },
        },
      },
    ],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
