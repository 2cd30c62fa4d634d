/** The four figures of the "Thống kê truy cập" box, as the counter service's stats endpoint sends them. */
export interface VisitFigures {
  total: number;
  online: number;
  today: number;
  yesterday: number;
}

/** The rows in the order portals print them. */
export const FIGURE_KEYS = ['total', 'online', 'today', 'yesterday'] as const;

/**
 * The four figures of a stats answer. Checked here, not with `parseSiteStats` from @vnportal/visits: that would
 * make the service package (Fastify, PGlite) an install dependency of the widgets, for four integer checks.
 * @throws Error naming the first field that is not a whole number ≥ 0 (`today: -1 is not a count`).
 */
export function readStats(data: unknown): VisitFigures {
  const figures = {} as VisitFigures;
  for (const key of FIGURE_KEYS) {
    const value = (data as Partial<VisitFigures> | null)?.[key];
    if (!Number.isSafeInteger(value) || value! < 0) throw new Error(`${key}: ${value} is not a count`);
    figures[key] = value!;
  }
  return figures;
}
