/** The package version, inlined at build time so two copies on one page can tell each other apart. */
declare const __VNP_VERSION__: string;
/** True in the script-tag build (dist/cdn), where the on-demand chunks sit beside the elements' files. */
declare const __VNP_CDN__: boolean;

/** A stylesheet as a string: minified by the build (tsup.config.ts), served as is by Vite in tests. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

/** Vite's `?url` imports in tests: the URL the test server serves the file at. */
declare module '*?url' {
  const url: string;
  export default url;
}
