import { formatCount, SITE_STATS_TITLE, type SiteStats } from '../site-stats.js';

const ROWS = [
  ['total', 'Số lượt truy cập'],
  ['online', 'Trực tuyến'],
  ['today', 'Hôm nay'],
  ['yesterday', 'Hôm qua'],
] as const;

/** The counter box as an SVG image, for pages that show it with a plain `<img>` and no script. */
export function statsSvg(stats: SiteStats): string {
  const rows = ROWS.map(
    ([key, label], i) =>
      `<text x="8" y="${44 + i * 20}">${label}</text><text x="212" y="${44 + i * 20}" text-anchor="end" font-weight="bold">${formatCount(stats[key])}</text>`,
  ).join('');
  const title = SITE_STATS_TITLE.vi;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="116" viewBox="0 0 220 116" role="img" aria-label="${title}: ${ROWS.map(([key, label]) => `${label} ${formatCount(stats[key])}`).join(', ')}"><title>${title}</title><rect width="220" height="116" rx="4" fill="#fff" stroke="#c8102e"/><g font-family="Arial, sans-serif" font-size="13" fill="#222"><text x="8" y="20" font-weight="bold" fill="#c8102e">${title}</text>${rows}</g></svg>`;
}
