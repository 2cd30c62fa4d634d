import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant, in this folder (Stryker mutates the source in place, so relative
// imports such as ../../../fixtures/hostile.js resolve). Self-contained all the same. One host zone: the code
// reads no host zone, and `npm test` already runs every test under each of them.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // These run the built dist/ (the CLI as a process, the bundle a browser gets), not the mutated source.
    exclude: ['src/cli.test.ts', 'src/tree-shaking.test.ts'],
    // Set in stryker.config.mjs (worker threads cannot change the zone); the same here for a run by hand.
    // VNP_MUTATION_RUN: timing bounds loosen (instrumented code is several times slower; a hang is a timeout).
    env: { TZ: process.env.TZ ?? 'Pacific/Kiritimati', VNP_MUTATION_RUN: '1' },
    setupFiles: ['./vitest.mutate.setup.ts'],
    // One module graph for all test files: three times faster per mutant here, and the tests share no state.
    isolate: false,
    testTimeout: 60_000,
  },
});
