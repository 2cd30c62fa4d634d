#!/usr/bin/env node
// One benchmark target in a process of its own, so that the load generator (autocannon, in the bench's
// process) never shares a thread with the server it measures: `node bench/serve-target.mjs bare`,
// `… pglite DIR` or `… postgres URL`. Prints `{"url": …}` on one line once it listens; SIGTERM closes it.
import { createServer } from 'node:http';

// VNP_BENCH_DIST: another build of the package (the bench's baseline), instead of this one's dist.
const { startServer } = await import(process.env.VNP_BENCH_DIST ?? '../dist/index.js');

const [kind, where] = process.argv.slice(2);
let close;
let url;
if (kind === 'bare') {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
  close = () => new Promise((resolve) => server.close(resolve));
} else if (kind === 'pglite' || kind === 'postgres') {
  const server = await startServer({
    store: kind === 'pglite' ? { dataDir: where } : { postgres: where },
    adminToken: process.env.VNP_ADMIN_TOKEN,
    trustProxy: ['127.0.0.1'],
    rateLimitPerMinute: 1000,
  });
  url = server.url;
  close = () => server.close();
} else {
  console.error(`serve-target: unknown target "${kind}" (bare, pglite DIR or postgres URL)`);
  process.exit(2);
}
process.once('SIGTERM', async () => {
  await close();
  process.exit(0);
});
console.log(JSON.stringify({ url }));
