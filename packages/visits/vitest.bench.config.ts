import { defineConfig } from 'vitest/config';

// `npm run bench`: the HTTP benchmark (autocannon over loopback), kept out of `npm test`.
export default defineConfig({
  test: { include: ['bench/**/*.bench.ts'], testTimeout: 900_000, hookTimeout: 300_000, env: { TZ: 'UTC' } },
});
