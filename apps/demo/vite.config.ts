import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { portalContent } from './build/portal-content.ts';

const require = createRequire(import.meta.url);
const widgetsDist = join(dirname(require.resolve('@vnportal/widgets/package.json')), 'dist', 'cdn');
const SCRIPT_TAG_FILE = 'vnportal-widgets.js';

/**
 * Serves and ships the widgets' script-tag file at /vendor/vnportal-widgets.js, untouched by Vite,
 * so the page loads it with a plain <script> tag exactly as an agency site would.
 */
function scriptTagFile(): Plugin {
  const read = () => readFileSync(join(widgetsDist, SCRIPT_TAG_FILE));
  return {
    name: 'vnportal-script-tag-file',
    configureServer(server) {
      server.middlewares.use(`/vendor/${SCRIPT_TAG_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `vendor/${SCRIPT_TAG_FILE}`, source: read() });
    },
  };
}

export default defineConfig({
  plugins: [scriptTagFile(), portalContent()],
  build: { target: 'es2022' },
  preview: { port: 4173, host: '127.0.0.1' },
});
