// A static server for the end-to-end tests and `npm start`: the bundled news pages (tests/fixtures/pages) at /,
// and Mozilla's Readability test pages (../shared/corpora/readability-test-pages) at /mozilla/<slug>/.
// Loopback only; it serves files and nothing else.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../..');
export const PAGES_DIR = path.join(REPO, 'tests/fixtures/pages');
export const MOZILLA_DIR = path.resolve(REPO, '../shared/corpora/readability-test-pages');

const TYPES = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webp': 'image/webp', '.gif': 'image/gif', '.css': 'text/css', '.js': 'text/javascript', '.pdf': 'application/pdf' };

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const [root, rest] = clean.startsWith('/mozilla/') ? [MOZILLA_DIR, clean.slice('/mozilla/'.length)] : [PAGES_DIR, clean.slice(1)];
  const file = path.resolve(root, rest.endsWith('/') || rest === '' ? `${rest}source.html` : rest);
  return file.startsWith(root) ? file : null;
}

/** Starts the server on 127.0.0.1 (port 0 = any free port). Resolves to { port, origin, close }. */
export function startServer(port = 0) {
  const server = http.createServer((req, res) => {
    const file = resolveFile(req.url ?? '/');
    if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => {
    const actual = server.address().port;
    resolve({ port: actual, origin: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(r)) });
  }));
}
