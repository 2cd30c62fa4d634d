/** The package version, inlined at build time so two copies on one page can tell each other apart. */
declare const __VNP_VERSION__: string;
