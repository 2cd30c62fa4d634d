import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string };
const define = { __VNP_VERSION__: JSON.stringify(version) };

export default defineConfig([
  {
    // npm: ESM, @lit/reactive-element and @vnportal/* stay external dependencies; define.js is the only side effect.
    entry: ['src/index.ts', 'src/define.ts'],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: ['!cdn/**'],
    target: 'es2022',
    platform: 'browser',
    define,
  },
  {
    // <script>: one self-contained, minified file that defines every element.
    entry: { 'vnportal-widgets': 'src/cdn.ts' },
    outDir: 'dist/cdn',
    format: ['iife'],
    outExtension: () => ({ js: '.js' }),
    noExternal: [/.*/],
    // esbuild minifies (and mangles our `_` members), then terser squeezes out about 250 B more gzip.
    minify: 'terser',
    // ascii_only: \u escapes of the Vietnamese text gzip smaller than raw UTF-8 (and need no charset).
    terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: /^!/, ascii_only: true } },
    sourcemap: true,
    clean: true,
    target: 'es2021',
    platform: 'browser',
    define,
    // Our private members start with `_` + a letter; Lit's own start with `_$` and stay as they are.
    esbuildOptions(options) {
      options.minify = true;
      options.mangleProps = /^_[a-z]/;
      // One notice for Lit instead of esbuild's per-file copies of the same BSD-3-Clause header.
      options.legalComments = 'none';
    },
    banner: {
      js: '/*! Lit: Copyright 2017 Google LLC, BSD-3-Clause */',
    },
  },
]);
