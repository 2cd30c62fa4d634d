import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

const SEED_PATH = '/fixtures/seed/';
const SEED_ROOT = fileURLToPath(new URL('../../../fixtures/seed/', import.meta.url));

/**
 * A plain static file server on 127.0.0.1, as any agency web host would be; `headers` adds e.g. a CSP.
 * `pages` holds HTML a test writes (path → markup and its own headers), served like the files: from the host itself, not through
 * Playwright's routing, which Chromium takes for a public address and so blocks its requests to 127.0.0.1
 * (Local Network Access) as soon as they go to another port.
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
  pages: ReadonlyMap<string, { html: string; headers?: Record<string, string> }> = new Map(),
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const page = pages.get(path);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...headers, ...page.headers }).end(page.html);
      return;
    }
    // The repository's one seed fixture set (fixtures/seed/) is served beside the package's files.
    const base = path.startsWith(SEED_PATH) ? SEED_ROOT : root;
    const file = join(base, path.startsWith(SEED_PATH) ? path.slice(SEED_PATH.length) : path);
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
