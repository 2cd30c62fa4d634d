import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { type Commemoration, nationalCommemorationsEnLite, nationalCommemorationsLite } from '@vnportal/anniversary';
import { type Plugin, transform } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __VNP_VERSION__: JSON.stringify(version) };

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
        const names = Object.fromEntries(nationalCommemorationsEnLite.map((c) => [c.id, c.nameEn]));
        return { contents: `export const namesEn = ${JSON.stringify(names)};`, loader: 'js' };
      }
      const rows = nationalCommemorationsLite.map((c: Commemoration) => [
        c.id,
        c.name,
        c.date,
        c.calendar === 'lunar' ? 1 : 0,
      ]);
      return {
        contents: `export const catalog = ${JSON.stringify(rows)}.map(([id, name, date, lunar]) => ({ id, name, date, calendar: lunar ? 'lunar' : 'solar' }));`,
        loader: 'js',
      };
    });
  },
};

// The script-tag files: esbuild minifies (and mangles our `_` members), then terser squeezes out more gzip.
const scriptTag: Options = {
  outDir: 'dist/cdn',
  noExternal: [/.*/],
  minify: 'terser',
  // ascii_only: \u escapes of the Vietnamese text gzip smaller than raw UTF-8 (and need no charset).
  terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: /^!/, ascii_only: true } },
  sourcemap: true,
  target: 'es2021',
  platform: 'browser',
  define,
  esbuildPlugins: [inlineCss, compactCatalog],
  esbuildOptions(options) {
    options.minify = true;
    // Our private members start with `_` + a letter; Lit's own start with `_$` and stay as they are.
    options.mangleProps = /^_[a-z]/;
    options.legalComments = 'none';
  },
};

export default defineConfig([
  {
    // npm: ESM, @lit/reactive-element and @vnportal/* stay external dependencies; define modules are the side effects.
    entry: ['src/index.ts', 'src/define.ts', 'src/anniversary-banner/anniversary-banner.ts'],
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
    outExtension: () => ({ js: '.js' }),
  },
  {
    // The chunks the loader imports: one per element, sharing one copy of Lit; English names and the
    // JSON-recovering reader are chunks of their own, downloaded only by a page that needs them.
    ...scriptTag,
    // Stable names for the lazy chunks too, so size-limit and the README can name them.
    entry: {
      'anniversary-banner': 'src/anniversary-banner/anniversary-banner.ts',
      'names-en': 'src/anniversary-banner/national-en-data.ts',
      'recover-json': 'src/internal/recover-json.ts',
      // The warnings' sentences: the loader and the elements import it by this name on the first problem.
      messages: 'src/internal/messages.ts',
    },
    format: ['esm'],
    splitting: true,
    outExtension: () => ({ js: '.js' }),
    clean: ['**/*', '!vnportal-widgets.js*'],
    esbuildOptions(options, context) {
      scriptTag.esbuildOptions?.(options, context);
      options.chunkNames = 'chunk-[hash]';
    },
    banner: { js: '/*! Lit: Copyright 2017 Google LLC, BSD-3-Clause */' },
  },
]);
