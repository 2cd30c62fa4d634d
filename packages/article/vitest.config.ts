import { defineConfig } from 'vitest/config';
import { baseTestOptions, chromiumProject, nodeProjects } from '../../vitest.shared.ts';

export default defineConfig({
  // The bench's peers and fast-check, pre-bundled up front: found mid-run, Vite reloads the page and the bench file fails to load.
  optimizeDeps: { include: ['dompurify', 'rehype-parse', 'rehype-sanitize', 'unified', 'fast-check'] },
  test: {
    ...baseTestOptions,
    projects: [
      // Files that print or parse instants run under every host zone; the rest once.
      ...nodeProjects({
        timeZoneDependent: [
          'src/dateline.test.ts',
          'src/feeds.test.ts',
          'src/json-ld.test.ts',
          'src/article-to-html.test.ts',
          'src/schema.test.ts',
          'src/dublin-core.test.ts',
        ],
      }),
      // The same tests in a real browser: parsing and sanitising must not depend on Node.
      chromiumProject(),
    ],
    benchmark: { include: ['src/**/*.bench.ts'] },
  },
});
