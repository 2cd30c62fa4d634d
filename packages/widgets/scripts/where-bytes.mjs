#!/usr/bin/env node
// `npm run size:where -w @vnportal/widgets` (after the build): where the bytes of a banner page go, read from
// the shipped source maps of dist/cdn (as source-map-explorer does). Each generated character is charged to the
// source its mapping names; a source's gzip share is its characters gzipped alone, scaled so that a file's
// shares add up to that file's real gzip -9 size. Prints a Markdown table per file and one for the page.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';

const DIR = new URL('../dist/cdn/', import.meta.url);
const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** The files one banner page downloads: the loader, the banner's chunk and every chunk it imports statically. */
function pageFiles(entry) {
  const files = ['vnportal-widgets.js'];
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    if (files.includes(file)) continue;
    files.push(file);
    const code = readFileSync(new URL(file, DIR), 'utf8');
    for (const [, dep] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^"'()]*?from\s*)?["']\.\/([^"']+)["']/g))
      queue.push(dep);
  }
  return files;
}

/** Groups a source path into the part of the code it belongs to. */
function part(source) {
  if (source === '(unmapped)') return '(unmapped: glue, licence, helpers)';
  const s = source.replace(/^(\.\.\/)+/, '');
  if (/@lit\/reactive-element|reactive-element\//.test(s)) return `Lit ${s.split('/').pop()}`;
  const pkg = /(?:^|\/)(anniversary|calendar)\/(?:dist|src)\/(.*)$/.exec(s);
  if (pkg) return `${pkg[1]} ${pkg[2]}`;
  const own = /(?:packages\/widgets\/)?src\/(.*)$/.exec(s);
  if (own) return `widgets ${own[1]}`;
  return s;
}

function analyse(file) {
  const code = readFileSync(new URL(file, DIR), 'utf8');
  const map = new TraceMap(readFileSync(new URL(`${file}.map`, DIR), 'utf8'));
  const lines = code.split('\n');
  const offsets = [0];
  for (const line of lines) offsets.push(offsets.at(-1) + line.length + 1);
  const segments = [];
  eachMapping(map, (m) => segments.push([offsets[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(unmapped)']));
  segments.sort((a, b) => a[0] - b[0]);
  const text = new Map();
  const add = (name, chunk) => text.set(name, (text.get(name) ?? '') + chunk);
  if (segments.length && segments[0][0] > 0) add('(unmapped)', code.slice(0, segments[0][0]));
  segments.forEach(([start, source], i) => {
    const end = segments[i + 1]?.[0] ?? code.length;
    if (end > start) add(source, code.slice(start, end));
  });
  const byPart = new Map();
  for (const [source, chunk] of text) {
    const name = part(source);
    byPart.set(name, (byPart.get(name) ?? '') + chunk);
  }
  const total = gzip(code);
  const alone = [...byPart].map(([name, chunk]) => [name, chunk.length, gzip(chunk)]);
  const sum = alone.reduce((s, [, , g]) => s + g, 0);
  return { file, total, rows: alone.map(([name, raw, g]) => [name, raw, Math.round((g * total) / sum)]) };
}

const entry = process.argv[2] ?? 'anniversary-banner.js';
const page = new Map();
let pageTotal = 0;
for (const file of pageFiles(entry)) {
  const { total, rows } = analyse(file);
  pageTotal += total;
  console.log(`\n### ${file}: ${total} B gzip -9\n\n| source | minified | gzip share |\n|---|---:|---:|`);
  for (const [name, raw, g] of rows.sort((a, b) => b[2] - a[2])) {
    console.log(`| ${name} | ${raw} | ${g} |`);
    page.set(name, (page.get(name) ?? 0) + g);
  }
}
console.log(
  `\n### a page with one <${entry.replace(/\.js$/, '')}>: ${pageTotal} B gzip -9 (files gzipped one by one)\n`,
);
console.log('| source | gzip share |\n|---|---:|');
for (const [name, g] of [...page].sort((a, b) => b[1] - a[1])) console.log(`| ${name} | ${g} |`);
