/**
 * The bounds `articleFromHtml` and `htmlToBlocks` keep: past any of them they throw `ArticleError` naming the
 * limit, rather than run out of stack or memory. Real portal articles stay far inside them.
 */
export const HTML_LIMITS = {
  /** Longest HTML accepted, in UTF-16 code units (10 Mi: twice the 5 MB the benchmark reads). */
  maxLength: 10 * 1024 * 1024,
  /** Deepest element nesting after parsing (a table level counts 4: table, tbody, tr, td). */
  maxDepth: 512,
  /** Most blocks one article may hold. */
  maxBlocks: 20_000,
} as const;
