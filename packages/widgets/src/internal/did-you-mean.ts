/**
 * The edit distance between `a` and `b` (insertions, deletions and substitutions of UTF-16 units), or `max` when
 * it is `max` or more. Written out here rather than taken from `leven`: the names compared are short, and the
 * general version cost the warnings' chunk about 150 B gzip.
 */
export function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) >= max) return max;
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 0; i < a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i + 1;
    for (let j = 0; j < b.length; j++) {
      const above = row[j + 1]!;
      row[j + 1] = Math.min(above + 1, row[j]! + 1, diagonal + (a[i] === b[j] ? 0 : 1));
      diagonal = above;
    }
  }
  return Math.min(row[b.length]!, max);
}

/** The known name closest to `name` (at most a third of its letters apart), for "did you mean" hints. */
export function closest(name: string, known: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = distance(name.toLowerCase(), candidate, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
