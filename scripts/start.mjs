#!/usr/bin/env node
// `npm start`: serves the built demo at / and the built banner builder at /builder/, on one port.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { preview } from 'vite';

const root = new URL('..', import.meta.url).pathname;
const builderDist = join(root, 'apps', 'builder', 'dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.zip': 'application/zip',
  '.svg': 'image/svg+xml',
};

/** The builder's static folder under /builder/, as a static host would serve it beside the demo. */
const builder = {
  name: 'vnportal-builder-folder',
  configurePreviewServer(server) {
    server.middlewares.use('/builder', (req, res, next) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(builderDist, path));
      if (!file.startsWith(builderDist)) return next();
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return next();
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(res);
    });
  },
};

// The port comes from the demo's Vite config (PORT, or 4173); a taken port moves to the next free one.
const server = await preview({ root: join(root, 'apps', 'demo'), plugins: [builder], preview: { strictPort: false } });
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4173/';
console.log(`Demo:    ${url}\nBuilder: ${url}builder/`);
