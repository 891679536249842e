import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { Readability } from '@mozilla/readability';
it('mem', () => {
  const dir = '../shared/corpora/readability-test-pages';
  let i = 0;
  for (const slug of readdirSync(dir).filter((s) => s !== 'LICENSE.md')) {
    const html = readFileSync(`${dir}/${slug}/source.html`, 'utf8');
    const doc = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html');
    new Readability(doc).parse();
    if (++i % 20 === 0) { (globalThis as any).gc?.(); require('node:fs').appendFileSync('/tmp/dscratch/mem.log', i + ' ' + Math.round(process.memoryUsage().heapUsed / 1e6) + '\n'); }
  }
});
