import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { portalContent } from './build/portal-content.ts';

const require = createRequire(import.meta.url);
const widgetsDist = join(dirname(require.resolve('@vnportal/widgets/package.json')), 'dist', 'cdn');

/**
 * Serves and ships the widgets' script-tag folder (the loader vnportal-widgets.js and the chunks it imports
 * from beside itself) at /vendor/, untouched by Vite, so the page loads it with a plain <script> tag exactly
 * as a self-hosting agency site would.
 */
function scriptTagFiles(): Plugin {
  const files = () => readdirSync(widgetsDist).filter((f) => f.endsWith('.js') || f.endsWith('.js.map'));
  return {
    name: 'vnportal-script-tag-files',
    configureServer(server) {
      server.middlewares.use('/vendor/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0]!;
        if (!files().includes(name)) return next();
        res.setHeader(
          'content-type',
          `${name.endsWith('.map') ? 'application/json' : 'text/javascript'}; charset=utf-8`,
        );
        res.end(readFileSync(join(widgetsDist, name)));
      });
    },
    generateBundle() {
      for (const name of files()) {
        this.emitFile({ type: 'asset', fileName: `vendor/${name}`, source: readFileSync(join(widgetsDist, name)) });
      }
    },
  };
}

export default defineConfig({
  plugins: [scriptTagFiles(), portalContent()],
  build: { target: 'es2022' },
  // PORT (0: any free port), or 4173; when it is taken Vite takes the next free port and prints the address it serves.
  preview: { port: process.env.PORT ? Number(process.env.PORT) : 4173, host: '127.0.0.1' },
});
