// A static server for the end-to-end tests and `npm start`: the bundled news pages (tests/fixtures/pages) at /,
// Mozilla's Readability test pages (../shared/corpora/readability-test-pages) at /mozilla/<slug>/, and the notice
// fixtures (tests/fixtures/notices) at /notices/<slug>/.
// Loopback only; it serves files and nothing else.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '../..');
export const PAGES_DIR = path.join(REPO, 'tests/fixtures/pages');
export const MOZILLA_DIR = path.resolve(REPO, '../shared/corpora/readability-test-pages');
export const NOTICES_DIR = path.join(REPO, 'tests/fixtures/notices');

const TYPES = { '.html': 'text/html; charset=utf-8', '.jpg': 'image/jpeg', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.webp': 'image/webp', '.gif': 'image/gif', '.css': 'text/css', '.js': 'text/javascript', '.pdf': 'application/pdf' };

function resolveFile(urlPath) {
  const clean = decodeURIComponent(urlPath.split('?')[0]);
  const mounts = [['/mozilla/', MOZILLA_DIR], ['/notices/', NOTICES_DIR]];
  const mount = mounts.find(([prefix]) => clean.startsWith(prefix));
  const [root, rest] = mount ? [mount[1], clean.slice(mount[0].length)] : [PAGES_DIR, clean.slice(1)];
  const file = path.resolve(root, rest.endsWith('/') || rest === '' ? `${rest}source.html` : rest);
  return file.startsWith(root) ? file : null;
}

/**
 * A story buried in a huge DOM: `n` nested elements of page furniture around six real paragraphs, for the
 * "very large page" path (MAX_ELEMENTS in lib/article/extract-article.ts).
 */
export function hugePage(n) {
  const cells = Array.from({ length: Math.ceil(n / 2) }, (_, i) => `<div class="cell"><span>item ${i}</span></div>`).join('');
  const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of a long story about the port's new cranes, which arrived on Monday after months of delays and will double the terminal's capacity.</p>`).join('');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Huge page</title></head><body><article><h1>New cranes arrive at the port</h1>${story}</article><div class="grid">${cells}</div></body></html>`;
}

/**
 * Starts the server on 127.0.0.1 (port 0 = any free port). `pages` adds in-memory HTML pages by path (a test's own
 * page, e.g. { '/long.html': html }). Resolves to { port, origin, close }.
 */
export function startServer({ port = 0, pages = {} } = {}) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
      return;
    }
    const huge = /^\/generated\/huge-(\d+)\.html$/.exec(req.url ?? '');
    if (huge) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(hugePage(Number(huge[1])));
      return;
    }
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
