export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.bench.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
};
