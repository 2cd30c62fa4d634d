export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.bench.ts', 'src/loader.ts', 'src/globals.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // `static properties` entries with `state: true` are internal state, not attributes.
      name: 'vnp-drop-state-attributes',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((a) => !a.name.startsWith('_'));
            }
          }
        }
      },
    },
  ],
};
