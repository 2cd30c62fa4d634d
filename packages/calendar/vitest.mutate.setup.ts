import fc from 'fast-check';

// A mutant that breaks a property should fail fast: shrinking the counterexample can take longer than
// Stryker's timeout, and nobody reads it during a mutation run. Fewer runs per property keep a run of
// several hundred mutants within an hour on two shared cores (a property's own numRuns still wins).
fc.configureGlobal({ endOnFailure: true, numRuns: 25 });
