import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type NationalDay, nationalCatalog } from '@vnportal/anniversary';
import { type Plugin, transform } from 'esbuild';
import { type MinifyOptions, minify } from 'terser';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __VNP_VERSION__: JSON.stringify(version), __VNP_CDN__: 'false' };

/** `import css from './x.css?inline'`: the readable stylesheet, minified here into one string. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      // The path keeps "?inline", so tsup's own .css loader does not claim it.
      path: resolve(dirname(args.importer), args.path),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => {
      const { code } = await transform(readFileSync(args.path.replace(/\?inline$/, ''), 'utf8'), {
        loader: 'css',
        minify: true,
      });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

/**
 * The catalog as the script-tag chunks carry it, derived from @vnportal/anniversary at build time: rows of
 * the fields a banner shows (the npm build imports the readable catalog itself), and the English names apart.
 */
const compactCatalog: Plugin = {
  name: 'compact-catalog',
  setup(build) {
    // One canonical path each, so the entry and the element's dynamic import are one module.
    build.onResolve({ filter: /national(-en)?-data\.[jt]s$/ }, (args) => ({
      path: /-en-data\.[jt]s$/.test(args.path) ? 'names-en' : 'names-vi',
      namespace: 'catalog',
    }));
    build.onLoad({ filter: /.*/, namespace: 'catalog' }, (args) => {
      if (args.path === 'names-en') {
        const names = Object.fromEntries(nationalCatalog.map((day) => [day.id, day.nameEn]));
        return { contents: `export const namesEn = ${JSON.stringify(names)};`, loader: 'js' };
      }
      // One string per column (gzip finds more repeats down a column than across a row); flags: the group's
      // index times 4, plus 1 = lunar, 2 = observed in round years only.
      const groups = [...new Set(nationalCatalog.map((day) => day.group))];
      const column = (field: (day: NationalDay) => string | number) => {
        const cells = nationalCatalog.map((day) => String(field(day)));
        const bad = cells.find((cell) => cell.includes('|'));
        if (bad !== undefined) throw new Error(`compact catalog: "${bad}" holds the column separator "|"`);
        return JSON.stringify(cells.join('|'));
      };
      const flags = (day: NationalDay) =>
        groups.indexOf(day.group) * 4 + (day.calendar === 'lunar' ? 1 : 0) + (day.observance === 'round-years' ? 2 : 0);
      return {
        contents: `const groups = ${JSON.stringify(groups)}, ids = ${column((d) => d.id)}.split('|'), dates = ${column((d) => d.date)}.split('|'), flags = ${column(flags)}.split('|');
export const catalog = ${column((d) => d.name)}.split('|').map((name, i) => ({ id: ids[i], name, date: dates[i], group: groups[flags[i] >> 2], calendar: flags[i] & 1 ? 'lunar' : 'solar', observance: flags[i] & 2 ? 'round-years' : 'yearly' }));`,
        loader: 'js',
      };
    });
  },
};

/** The script-tag build reads the sibling packages' sources: module-level tree-shaking and maps to the real files. */
const sources = {
  '@vnportal/anniversary': fileURLToPath(new URL('../anniversary/src/index.ts', import.meta.url)),
  '@vnportal/calendar': fileURLToPath(new URL('../calendar/src/index.ts', import.meta.url)),
  // The unchecked cores (their package READMEs: "for vnportal's own widgets").
  '@vnportal/anniversary/core': fileURLToPath(new URL('../anniversary/src/core.ts', import.meta.url)),
  '@vnportal/calendar/core': fileURLToPath(new URL('../calendar/src/core.ts', import.meta.url)),
};

// terser after esbuild: `passes: 2` and `module` squeeze out more gzip than esbuild alone; ascii_only writes the
// Vietnamese text as \u escapes, which gzip smaller than raw UTF-8 (and need no charset).
const TERSER: MinifyOptions = {
  ecma: 2020,
  compress: { passes: 2 },
  format: { comments: /^!/, ascii_only: true },
};

/**
 * Minifies built files again with terser, in place, chaining the maps: terser reads esbuild's map as its input
 * map, so the final map points at the TypeScript sources (tsup's own terser step maps to shifted lines).
 */
async function terse(dir: string, files: readonly string[], module: boolean): Promise<void> {
  if (process.env.VNP_NO_TERSER) return;
  await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const code = readFileSync(path, 'utf8');
      const map = readFileSync(`${path}.map`, 'utf8');
      // Lit's licence notice goes with Lit's code: only in the file that holds it.
      const lit = (JSON.parse(map) as { sources: string[] }).sources.some((s) => s.includes('@lit/reactive-element'));
      const out = await minify(
        { [file]: code },
        {
          ...TERSER,
          format: { ...TERSER.format, ...(lit ? { preamble: LIT_NOTICE } : {}) },
          module,
          toplevel: true,
          sourceMap: { content: map, url: `${file}.map`, includeSources: true },
        },
      );
      writeFileSync(path, out.code!);
      writeFileSync(`${path}.map`, out.map as string);
    }),
  );
}

const CDN = 'dist/cdn';
const LIT_NOTICE = '/*! Lit: Copyright 2017 Google LLC, BSD-3-Clause */';

// The script-tag files: esbuild bundles and minifies (mangling our `_` members), then terse() above.
const scriptTag: Options = {
  outDir: CDN,
  noExternal: [/.*/],
  minify: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'browser',
  define: { ...define, __VNP_CDN__: 'true' },
  esbuildPlugins: [inlineCss, compactCatalog],
  esbuildOptions(options) {
    options.alias = sources;
    // Our private members start with `_` + a letter; Lit's own start with `_$` and stay as they are.
    options.mangleProps = /^_[a-z]/;
    options.legalComments = 'none';
    if (process.env.VNP_METAFILE) options.metafile = true;
  },
  outExtension: () => ({ js: '.js' }),
};

/** The chunks a page downloads only when it needs them; each is built whole, so none splits the elements' files. */
const ON_DEMAND = {
  // English names of the catalog: lang="en" with national.
  'names-en': 'src/anniversary-banner/national-en-data.ts',
  // The precise reader: a list the quick reader does not take whole (a mistake in an entry, an unknown id).
  check: 'src/internal/check.ts',
  // JSON with a syntax error, or longer than LIMITS.jsonLength.
  'recover-json': 'src/internal/recover-json.ts',
  // The warnings' sentences: the loader and the elements import it by this name on the first problem.
  messages: 'src/internal/messages.ts',
  // The src reader (streams the body up to LIMITS.jsonLength): only a banner with src.
  'fetch-json': 'src/internal/fetch-json.ts',
};
const ELEMENT_ENTRIES = {
  'anniversary-banner': 'src/anniversary-banner/anniversary-banner.ts',
  'visit-stats': 'src/visit-stats/visit-stats.ts',
};
const js = (names: readonly string[]) => names.map((name) => `${name}.js`);

/** In the elements' build, `import()` of an on-demand module stays an import of its file beside the chunk. */
const onDemandExternal: Plugin = {
  name: 'on-demand-external',
  setup(build) {
    const files = new Map(Object.entries(ON_DEMAND).map(([name, file]) => [resolve(file), `./${name}.js`]));
    build.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const path = files.get(resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts'));
      return path ? { path, external: true } : undefined;
    });
  },
};

export default defineConfig([
  {
    // npm: ESM, @lit/reactive-element and @vnportal/* stay external dependencies; define modules are the side effects.
    entry: [
      'src/index.ts',
      'src/define.ts',
      'src/anniversary-banner/anniversary-banner.ts',
      'src/visit-stats/visit-stats.ts',
    ],
    format: ['esm'],
    dts: { entry: ['src/index.ts', 'src/define.ts'] },
    sourcemap: true,
    clean: ['!cdn/**'],
    target: 'es2022',
    platform: 'browser',
    define,
    esbuildPlugins: [inlineCss],
  },
  {
    // <script>: the loader, a classic script at the path sites already use.
    ...scriptTag,
    entry: { 'vnportal-widgets': 'src/loader.ts' },
    format: ['iife'],
    onSuccess: () => terse(CDN, ['vnportal-widgets.js'], false),
  },
  {
    // The elements' chunks the loader imports, sharing one copy of Lit and the internals (chunk-*.js).
    ...scriptTag,
    entry: ELEMENT_ENTRIES,
    format: ['esm'],
    splitting: true,
    esbuildPlugins: [onDemandExternal, inlineCss, compactCatalog],
    // The other two cdn builds write beside this one at the same time: leave their files alone.
    clean: ['**/*', '!vnportal-widgets.js*', ...js(Object.keys(ON_DEMAND)).map((f) => `!${f}*`)],
    esbuildOptions(options, context) {
      scriptTag.esbuildOptions?.(options, context);
      options.chunkNames = 'chunk-[hash]';
    },
    onSuccess: () =>
      terse(
        CDN,
        [...js(Object.keys(ELEMENT_ENTRIES)), ...readdirSync(CDN).filter((f) => /^chunk-.*\.js$/.test(f))],
        true,
      ),
  },
  {
    // The on-demand chunks, each self-contained (stable names, so size-limit and the README can name them).
    ...scriptTag,
    entry: ON_DEMAND,
    format: ['esm'],
    splitting: false,
    onSuccess: () => terse(CDN, js(Object.keys(ON_DEMAND)), true),
  },
]);
