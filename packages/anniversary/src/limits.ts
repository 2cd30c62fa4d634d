/**
 * What this package reads at most; past these it throws a CommemorationError naming the limit, so no input
 * hangs or runs out of memory. A banner list is a few dozen entries; these are far above any real one.
 */
export const LIMITS = {
  /** Entries in one list of commemorations. */
  commemorations: 10_000,
  /** Characters in one `name` or `nameEn` (a banner phrase is under 200). */
  nameLength: 1_000,
  /** Characters of JSON text `parseCommemorations` reads. */
  jsonLength: 5_000_000,
} as const;
