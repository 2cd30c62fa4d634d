import { defineConfig } from 'vitest/config';
import type { BrowserCommand } from 'vitest/node';
import { baseTestOptions, chromiumProject } from '../../vitest.shared.ts';
import { visitsCommands } from './test/visits-service.ts';

/** Lets a browser test switch `prefers-reduced-motion` the way a visitor's OS setting does. */
const emulateReducedMotion: BrowserCommand<[reduce: boolean]> = async ({ page }, reduce) => {
  await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
};

export default defineConfig({
  define: { __VNP_VERSION__: JSON.stringify('0.0.0-test'), __VNP_CDN__: 'false' },
  test: {
    ...baseTestOptions,
    projects: [
      chromiumProject({ commands: { emulateReducedMotion, ...visitsCommands } }),
      {
        // The pure pieces (attribute rules, JSON reading): plain data in, plain data out, so Node runs them too.
        extends: true,
        test: {
          name: 'node',
          include: ['src/internal/**/*.test.ts', 'src/**/*-options.test.ts'],
          environment: 'node',
        },
      },
      {
        // The built script-tag file, loaded by a plain HTML page in Chromium, as a webmaster would.
        extends: true,
        test: {
          name: 'script-tag page',
          include: ['test/**/*.test.ts'],
          environment: 'node',
          // Each test drives pages in a real Chromium; CI runs every package's tests at once on 2 cores.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
