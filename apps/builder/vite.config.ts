import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const widgetsDir = dirname(require.resolve('@vnportal/widgets/package.json'));
const cdnDir = join(widgetsDir, 'dist', 'cdn');
const SCRIPT_TAG_FILE = 'vnportal-widgets.js';

const HOW_TO = `Bộ tệp tự lưu trữ banner vnportal (@vnportal/widgets)

Dùng khi trang của đơn vị không được tải script từ CDN:
1. Chép thư mục vnportal-widgets/ lên máy chủ web của trang, ví dụ vào /vnportal-widgets/.
2. Trong trình tạo banner, ô "Địa chỉ tệp script", ghi /vnportal-widgets/vnportal-widgets.js
   (hoặc sửa thuộc tính src của dòng <script> trong mã nhúng thành địa chỉ đó).
3. Dán mã nhúng vào mẫu trang như bình thường.

Tệp .map chỉ dùng khi gỡ lỗi; có thể không chép lên.
Giấy phép: MIT (xem LICENSE).
`;

/**
 * Ships the widgets' script-tag file untouched at vendor/vnportal-widgets.js (for the plain-page check and
 * self-hosting) and the whole script-tag folder as vnportal-widgets.zip, with Vietnamese instructions.
 */
function selfHostingFiles(): Plugin {
  const zip = () => {
    const files: Record<string, Uint8Array> = {
      'vnportal-widgets/HUONG-DAN.txt': strToU8(HOW_TO),
      'vnportal-widgets/LICENSE': readFileSync(join(widgetsDir, 'LICENSE')),
    };
    for (const name of readdirSync(cdnDir)) files[`vnportal-widgets/${name}`] = readFileSync(join(cdnDir, name));
    // A fixed time, so the same files make the same zip.
    return zipSync(files, { level: 9, mtime: new Date('2024-01-01T00:00:00Z') });
  };
  return {
    name: 'vnportal-self-hosting-files',
    configureServer(server) {
      server.middlewares.use(`/builder/vendor/${SCRIPT_TAG_FILE}`, (_req, res) => {
        res.setHeader('content-type', 'text/javascript; charset=utf-8');
        res.end(readFileSync(join(cdnDir, SCRIPT_TAG_FILE)));
      });
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `vendor/${SCRIPT_TAG_FILE}`,
        source: readFileSync(join(cdnDir, SCRIPT_TAG_FILE)),
      });
      this.emitFile({ type: 'asset', fileName: 'vnportal-widgets.zip', source: zip() });
    },
  };
}

export default defineConfig({
  // Served under the demo at /builder/ (npm start), and from any static host's /builder/ folder.
  base: '/builder/',
  plugins: [selfHostingFiles()],
  build: { target: 'es2022' },
  preview: { port: 4174, host: '127.0.0.1' },
});
