// After `tsup`: writes into the loader (dist/cdn/vnportal-widgets.js) which shared chunks each element file
// imports, so the loader can fetch an element's files all at once instead of one after the other. The chunks
// are named by a hash of their content, known only once the elements' build has written them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode, encode } from '@jridgewell/sourcemap-codec';

const CDN = 'dist/cdn';
const LOADER = 'vnportal-widgets.js';
// The loader's `{ '{{vnp-chunks}}': [] }` as terser prints it.
const PLACEHOLDER = '{"{{vnp-chunks}}":[]}';

/** The files a built module imports statically from its own folder (`import{…}from"./chunk-X.js"`), not `import()`. */
function staticImports(file) {
  const code = readFileSync(join(CDN, file), 'utf8');
  return [...code.matchAll(/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((m) => m[1]);
}

/** Every file `file` needs before it runs, transitively, in the order found. */
function needs(file, seen = new Set()) {
  for (const dep of staticImports(file)) {
    if (seen.has(dep)) continue;
    seen.add(dep);
    needs(dep, seen);
  }
  return [...seen];
}

const manifest = {};
for (const file of readdirSync(CDN)
  .filter((f) => f.endsWith('.js') && f !== LOADER)
  .sort()) {
  const deps = needs(file);
  if (deps.length) manifest[file] = deps;
}

const path = join(CDN, LOADER);
const code = readFileSync(path, 'utf8');
const at = code.indexOf(PLACEHOLDER);
if (at < 0 || code.indexOf(PLACEHOLDER, at + 1) >= 0) {
  throw new Error(`link-chunks: ${PLACEHOLDER} should appear once in ${path}, found ${at < 0 ? 'none' : 'more'}`);
}
const literal = JSON.stringify(manifest);
writeFileSync(path, code.slice(0, at) + literal + code.slice(at + PLACEHOLDER.length));

// The map: everything after the placeholder on its line moves by the length the text gained.
const line = code.slice(0, at).split('\n').length - 1;
const column = at - (code.lastIndexOf('\n', at - 1) + 1);
const delta = literal.length - PLACEHOLDER.length;
const map = JSON.parse(readFileSync(`${path}.map`, 'utf8'));
const mappings = decode(map.mappings);
for (const segment of mappings[line] ?? []) if (segment[0] > column) segment[0] += delta;
map.mappings = encode(mappings);
writeFileSync(`${path}.map`, JSON.stringify(map));
console.log(`link-chunks: ${LOADER} fetches ${JSON.stringify(manifest)}`);
