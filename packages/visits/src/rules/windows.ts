/** A visit is a visitor's first page view after 30 minutes without one (the usual analytics session). */
export const VISIT_WINDOW_MS = 30 * 60 * 1000;

/** "Online" counts the distinct visitors seen in the last 5 minutes, as Plausible's "current visitors" does. */
export const ONLINE_WINDOW_MS = 5 * 60 * 1000;

/**
 * Whether a page view at `at` starts a new visit, given when the same visitor was last seen
 * (`undefined`: never, or not since their hash was forgotten).
 */
export function startsVisit(lastSeen: number | undefined, at: number): boolean {
  return lastSeen === undefined || at - lastSeen >= VISIT_WINDOW_MS;
}
