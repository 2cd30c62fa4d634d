#!/usr/bin/env node
// `npm start`: serves the built demo at / and the built banner builder at /builder/, on one port, with the
// visit counter service beside them (embedded store in apps/demo/.data/, kept between runs). It builds what it
// serves first, itself, so that nothing but npm's own shell stands between npm and this process.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const { VNP_START_NO_BUILD, VNP_VISITS_PORT, VNP_VISITS_DATA_DIR } = process.env;
// VNP_START_NO_BUILD=1 serves what is built already (the demo's own test of this script, run after the build).
const build = VNP_START_NO_BUILD
  ? { status: 0 }
  : spawnSync(
      'npx',
      [
        'turbo',
        'run',
        'build',
        '--filter=@vnportal/demo...',
        '--filter=@vnportal/builder...',
        '--output-logs=errors-only',
      ],
      { cwd: root, stdio: 'inherit' },
    );
if (build.status !== 0) process.exit(build.status ?? 1);
// Imported once built: it loads the counter service from @vnportal/visits' dist/.
const { serveDemo } = await import('../apps/demo/serve.mjs');
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

// The page's port comes from the demo's Vite config (PORT, or 4173), the counter's from VNP_VISITS_PORT (or
// 8787); a taken port moves to a free one. VNP_VISITS_DATA_DIR moves the counter's data folder.
const demo = await serveDemo({
  plugins: [builder],
  ...(VNP_VISITS_PORT ? { visitsPort: Number(VNP_VISITS_PORT) } : {}),
  ...(VNP_VISITS_DATA_DIR ? { dataDir: VNP_VISITS_DATA_DIR } : {}),
});
const shown = (path) => (relative(process.cwd(), path).startsWith('..') ? path : relative(process.cwd(), path));
console.log(
  [
    `Demo:    ${demo.url}`,
    `Builder: ${demo.url}builder/`,
    `Counter: ${demo.visitsUrl}/  (the page reaches it at ${demo.url}api/; data in ${shown(join(demo.dataDir, 'visits'))}, admin token in ${shown(join(demo.dataDir, 'admin-token'))})`,
    'Ctrl-C stops both.',
  ].join('\n'),
);

// Ctrl-C or SIGTERM: the page's server stops, the counter writes every hit it acknowledged, then exit.
let stopping = false;
const stop = (signal) => {
  if (stopping) return;
  stopping = true;
  demo.close().then(
    () => process.exit(0),
    (error) => {
      console.error(`could not stop cleanly after ${signal}:`, error);
      process.exit(1);
    },
  );
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
// A SIGTERM sent to `npm start` ends npm's shell, not this process: stop when we are orphaned too.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop('the end of npm start'), 500).unref();
