// Mutation testing of the anniversary package's source: `npm run mutate` (slow: not part of `npm test`).
import { strykerOptions } from '../../stryker.shared.mjs';

export default strykerOptions([
  'src/**/*.ts',
  // Re-exports and types only.
  '!src/index.ts',
  '!src/types.ts',
  // The bin: cli.test.ts runs the built dist/cli.js as a process, which Stryker's in-process runner cannot see.
  '!src/cli.ts',
  // The national catalog is data (names, dates, sources), checked entry by entry by its own tests: a mutant
  // there is a different entry, not a different rule.
  '!src/catalog/**',
]);
