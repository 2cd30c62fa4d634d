import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/stats.ts', 'src/cli.ts'],
  format: ['esm'],
  dts: { entry: ['src/index.ts', 'src/stats.ts'] },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
