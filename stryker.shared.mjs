// Stryker options every package's stryker.config.mjs shares: `npm run mutate` in a package (slow, so not part
// of `npm test`). Loaded from the package folder; the tests run in that folder too (`inPlace`, below).

// The host zone of the test runner processes, which inherit it: Stryker runs Vitest in worker threads, where
// a project's `env: { TZ }` cannot change the zone. The code reads no host zone; `npm test` runs all four.
process.env.TZ = 'Pacific/Kiritimati';

/**
 * @param {string[]} mutate the package's globs of files to mutate (tests and benchmarks are left out here)
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerOptions(mutate) {
  return {
    testRunner: 'vitest',
    plugins: ['@stryker-mutator/vitest-runner', '../../scripts/stryker-survivors-reporter.mjs'],
    vitest: { configFile: 'vitest.mutate.config.ts' },
    mutate: [...mutate, '!src/**/*.test.ts', '!src/**/*.bench.ts'],
    coverageAnalysis: 'perTest',
    // The machine is shared: two workers at most (STRYKER_CONCURRENCY=1 when two packages run at once).
    concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
    // Runs the tests from the package folder itself (the source mutated in place and restored at the end), not
    // from a copy in .stryker-tmp/: a copy cannot reach the repository's shared fixtures by their relative path,
    // and a test file that fails to load drops out of the run silently, lowering the score with false survivors.
    inPlace: true,
    // Only the mutated sources are rewritten (and restored): by default Stryker also adds `// @ts-nocheck` to every
    // JS/TS file it reads, in place the tests, configs, the bin (whose executable mode its restore dropped) and a
    // dist/ that a parallel run of another package imports. Vitest strips types without checking them.
    disableTypeChecks: false,
    ignorePatterns: ['bin', 'scripts', 'reports', 'dist'],
    // Reuses the last run's results for mutants whose code and covering tests did not change (not in git).
    incremental: true,
    incrementalFile: 'reports/stryker-incremental.json',
    reporters: ['clear-text', 'progress', 'html', 'json', 'survivors'],
    htmlReporter: { fileName: 'reports/mutation/mutation.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    thresholds: { high: 95, low: 90, break: 95 },
    // A loaded machine runs the same tests two or three times slower than during the dry run: a mutant is
    // called a hang only past 3 × its tests' dry-run time + 20 s (a false timeout would count as killed).
    timeoutFactor: 3,
    timeoutMS: 20_000,
  };
}
