// Prints the medians of `npm run bench` side by side: articleFromHtml against its peers measured in the same run,
// its cost per KB at each size (the input's own size in UTF-8), and how far that cost spreads from 5 KB to 5 MB
// (within 1.2× means linear).
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results/chromium.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const f of report.files ?? []) {
  for (const group of f.groups ?? []) {
    const label = group.fullName.split(' > ').at(-1) ?? '';
    const match = /^(\d+) KB \(([\d,]+) bytes/.exec(label);
    if (!match) continue;
    // Small inputs are read several times a sample (the browser's clock ticks in 0.1 ms): per read, divide.
    const reads = Number(/(\d+) reads a sample/.exec(label)?.[1] ?? 1);
    const median = (name) => {
      const b = group.benchmarks.find((x) => x.name.startsWith(name));
      if (!b) return undefined;
      if (typeof b.median === 'number') return b.median / reads;
      const s = [...(b.samples ?? [])].sort((x, y) => x - y);
      return (s.length ? s[Math.floor(s.length / 2)] : (b.p50 ?? b.mean)) / reads;
    };
    const samples = (name) => group.benchmarks.find((x) => x.name.startsWith(name))?.sampleCount;
    rows.push({
      kb: Number(match[1]),
      bytes: Number(match[2].replaceAll(',', '')),
      ours: median('articleFromHtml'),
      rehype: median('rehype-parse'),
      purify: median('DOMPurify'),
      runs: samples('articleFromHtml'),
    });
  }
}
const fmt = (n) => (n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
const perKb = (r) => r.ours / (r.bytes / 1024);
console.log(`medians from ${file} (ms)`);
console.log(
  '| input | runs | articleFromHtml | ms per KB | rehype-parse + rehype-sanitize | DOMPurify | ours ÷ rehype | ours ÷ DOMPurify |',
);
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows.sort((a, b) => a.kb - b.kb)) {
  console.log(
    `| ${r.kb} KB | ${r.runs ?? '—'} | ${fmt(r.ours)} | ${perKb(r).toFixed(3)} | ${fmt(r.rehype)} | ${fmt(r.purify)} | ${ratio(r.ours, r.rehype)} | ${ratio(r.ours, r.purify)} |`,
  );
}
if (rows.length > 1) {
  const costs = rows.map(perKb);
  const first = rows[0].kb;
  const last = rows.at(-1).kb;
  console.log(
    `cost/KB spread: ${(Math.max(...costs) / Math.min(...costs)).toFixed(2)}× (max/min over ${first} KB..${last} KB)`,
  );
}
