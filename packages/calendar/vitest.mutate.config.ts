import { statSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Smallest test files first (Vitest's default runs the slowest first): Stryker stops a mutant's run at its first
 * failing test, and the small files of targeted cases fail sooner than the exhaustive walks over 200 years.
 */
class SmallFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const size = (file: TestSpecification) => statSync(file.moduleId).size;
    return [...files].sort((a, b) => size(a) - size(b));
  }
}

// The tests Stryker runs against each mutant, in this folder (Stryker mutates the source in place, so relative
// imports such as ../../../fixtures/hostile.js resolve). Self-contained all the same. One host zone: the code
// reads no host zone, and `npm test` already runs every test under each of them.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // The table test checks generated data against the generator (the table is not mutated); the size test
    // measures a bundle, which Stryker's instrumented source would burst; the published-algorithm oracle
    // walks 73,000 days for each mutant it covers (too slow here; leaving it out can only lower the score).
    exclude: ['src/lunar/table.test.ts', 'src/bundle-size.test.ts', 'src/lunar/published-algorithm.test.ts'],
    // Set in stryker.config.mjs (worker threads cannot change the zone); the same here for a run by hand.
    env: { TZ: process.env.TZ ?? 'Pacific/Kiritimati' },
    setupFiles: ['./vitest.mutate.setup.ts'],
    // One module graph for all test files: three times faster per mutant here, and the tests share no state.
    isolate: false,
    sequence: { sequencer: SmallFilesFirst },
    testTimeout: 60_000,
  },
});
