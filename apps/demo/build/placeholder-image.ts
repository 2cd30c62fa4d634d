/**
 * A generated placeholder photo (SVG), so the demo needs no external image host. The scene is
 * abstract (a hall with a stage and a red banner); the label says it stands in for the real photo.
 */
export function placeholderImage(options: { label: string; hue: number; width?: number; height?: number }): string {
  const { label, hue, width = 800, height = 450 } = options;
  const rows = Array.from({ length: 5 }, (_, row) =>
    Array.from({ length: 12 }, (_, col) => {
      const x = 70 + col * 56 + (row % 2) * 14;
      const y = 300 + row * 26;
      return `<circle cx="${x}" cy="${y}" r="10" fill="hsl(${hue} 25% ${22 + row * 6}%)"/>`;
    }).join(''),
  ).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 800 450" role="img" aria-label="${escapeXml(label)}">
<defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue} 45% 88%)"/><stop offset="1" stop-color="hsl(${hue} 35% 70%)"/></linearGradient></defs>
<rect width="800" height="450" fill="url(#g)"/>
<rect x="120" y="70" width="560" height="70" rx="4" fill="#b4141e"/>
<text x="400" y="115" text-anchor="middle" font-family="Noto Sans, Arial, sans-serif" font-size="26" font-weight="700" fill="#ffd54a">${escapeXml(label)}</text>
<rect x="90" y="170" width="620" height="90" fill="hsl(${hue} 30% 55%)"/>
<rect x="360" y="190" width="80" height="70" fill="#8a0f17"/>
${rows}
<text x="780" y="435" text-anchor="end" font-family="Arial, sans-serif" font-size="14" fill="#333">Ảnh minh họa</text>
</svg>
`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
