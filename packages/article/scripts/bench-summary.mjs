// Prints the medians of `npm run bench` side by side: articleFromHtml against its peers measured in the same run,
// its cost per KB at each size (the input's own size in UTF-8), and how far that cost spreads from 5 KB to 5 MB
// (within 1.2× means linear). Each size is measured in several rounds (see the bench): a cell is the median of
// the rounds' medians, per read.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results/chromium.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const NAMES = { ours: 'articleFromHtml', rehype: 'rehype-parse', purify: 'DOMPurify' };
const median = (values) => {
  const s = [...values].sort((x, y) => x - y);
  if (s.length === 0) return undefined;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
/** kb → { bytes, rounds: { ours: [per-read medians], … }, runs } */
const sizes = new Map();
for (const f of report.files ?? []) {
  for (const group of f.groups ?? []) {
    const label = group.fullName.split(' > ').at(-1) ?? '';
    const match = /^(\d+) KB \(([\d,]+) bytes/.exec(label);
    if (!match) continue;
    const kb = Number(match[1]);
    // A sample reads the input several times (about 5 MB a sample): per read, divide.
    const reads = Number(/(\d+) reads a sample/.exec(label)?.[1] ?? 1);
    const size = sizes.get(kb) ?? { bytes: Number(match[2].replaceAll(',', '')), rounds: {}, runs: 0 };
    sizes.set(kb, size);
    for (const [key, name] of Object.entries(NAMES)) {
      const b = group.benchmarks.find((x) => x.name.startsWith(name));
      if (!b) continue;
      const value = typeof b.median === 'number' ? b.median : (median(b.samples ?? []) ?? b.mean);
      size.rounds[key] = [...(size.rounds[key] ?? []), value / reads];
      if (key === 'ours') size.runs += b.sampleCount ?? 0;
    }
  }
}
const rows = [...sizes]
  .sort(([a], [b]) => a - b)
  .map(([kb, size]) => ({
    kb,
    bytes: size.bytes,
    runs: size.runs,
    rounds: size.rounds.ours?.length ?? 0,
    ours: median(size.rounds.ours ?? []),
    rehype: median(size.rounds.rehype ?? []),
    purify: median(size.rounds.purify ?? []),
  }));
const fmt = (n) => (n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const perKb = (r) => r.ours / (r.bytes / 1024);
console.log(`medians from ${file} (ms per read)`);
console.log(
  '| input | samples (rounds) | articleFromHtml | ms per KB | rehype-parse + rehype-sanitize | DOMPurify | ours ÷ rehype | ours ÷ DOMPurify |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(
    `| ${r.kb} KB | ${r.runs} (${r.rounds}) | ${fmt(r.ours)} | ${perKb(r).toFixed(4)} | ${fmt(r.rehype)} | ${fmt(r.purify)} | ${ratio(r.ours, r.rehype)} | ${ratio(r.ours, r.purify)} |`,
  );
}
if (rows.length > 1) {
  const costs = rows.map(perKb);
  console.log(
    `cost/KB spread: ${(Math.max(...costs) / Math.min(...costs)).toFixed(2)}× (max/min over ${rows[0].kb} KB..${rows.at(-1).kb} KB)`,
  );
}
