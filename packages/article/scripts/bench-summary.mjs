// Prints the medians of `npm run bench` side by side: articleFromHtml against its peers measured in the same run,
// and its cost per KB at each size (flat within 1.2× means linear).
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'bench-results/chromium.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const rows = [];
for (const f of report.files ?? []) {
  for (const group of f.groups ?? []) {
    const kb = /^(\d+) KB/.exec(group.fullName.split(' > ').at(-1) ?? '')?.[1];
    if (!kb) continue;
    const median = (name) => {
      const b = group.benchmarks.find((x) => x.name.startsWith(name));
      if (!b) return undefined;
      if (typeof b.median === 'number') return b.median;
      const s = [...(b.samples ?? [])].sort((x, y) => x - y);
      return s.length ? s[Math.floor(s.length / 2)] : (b.p50 ?? b.mean);
    };
    rows.push({
      kb: Number(kb),
      ours: median('articleFromHtml'),
      rehype: median('rehype-parse'),
      purify: median('DOMPurify'),
    });
  }
}
const fmt = (n) => (n === undefined ? '—' : n >= 100 ? n.toFixed(0) : n.toFixed(2));
const ratio = (a, b) => (a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`);
console.log(`medians from ${file} (ms)`);
console.log(
  '| input | articleFromHtml | rehype-parse + rehype-sanitize | DOMPurify | ours ÷ rehype | ours ÷ DOMPurify | ours ms per KB |',
);
console.log('|---|---|---|---|---|---|---|');
for (const r of rows.sort((a, b) => a.kb - b.kb)) {
  console.log(
    `| ${r.kb} KB | ${fmt(r.ours)} | ${fmt(r.rehype)} | ${fmt(r.purify)} | ${ratio(r.ours, r.rehype)} | ${ratio(r.ours, r.purify)} | ${(r.ours / r.kb).toFixed(3)} |`,
  );
}
const perKb = rows.filter((r) => r.kb >= 50).map((r) => r.ours / r.kb);
if (perKb.length > 1) {
  console.log(`cost per KB from 50 KB up: highest ÷ lowest = ${(Math.max(...perKb) / Math.min(...perKb)).toFixed(2)}×`);
}
const all = rows.map((r) => r.ours / r.kb);
if (all.length > 1)
  console.log(`cost per KB from 5 KB up: highest ÷ lowest = ${(Math.max(...all) / Math.min(...all)).toFixed(2)}×`);
