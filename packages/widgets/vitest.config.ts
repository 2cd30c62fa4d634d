import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, reporting } from '../../vitest.shared.ts';

export default defineConfig({
  define: { __VNP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    ...reporting,
    projects: [
      {
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
      {
        // The built script-tag file, loaded by a plain HTML page in Chromium, as a webmaster would.
        extends: true,
        test: { name: 'script-tag page', include: ['test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
