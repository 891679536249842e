import { it } from 'vitest';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { applyFidelityFixups } from '@/lib/article/fidelity/apply-fidelity-fixups';
const dir = '/work/shared/corpora/readability-test-pages';
it('probe', () => {
  const names = readdirSync(dir).filter((n) => !n.endsWith('.md'));
  let totalMs = 0; const rows: string[] = [];
  for (const name of names) {
    let html: string; try { html = readFileSync(`${dir}/${name}/source.html`, 'utf8'); } catch { continue; }
    html = html.replace(/<link\b[^>]*>/gi, '').replace(/<iframe\b/gi, '<x-iframe');
    const live = new DOMParser().parseFromString(html.replace(/<head>/i, '<head><base href="http://fakehost/test/">'), 'text/html');
    const before = live.documentElement.outerHTML;
    const plain = new Readability(live.cloneNode(true) as Document).parse();
    const clone = live.cloneNode(true) as Document;
    const t = performance.now();
    let report;
    try { report = applyFidelityFixups(live, clone, window); } catch (e) { rows.push(`${name} THREW ${e}`); continue; }
    totalMs += performance.now() - t;
    const fixed = new Readability(clone).parse();
    if (live.documentElement.outerHTML !== before) rows.push(`${name} LIVE MUTATED`);
    const srcImgs = (c: string | null | undefined) => (c?.match(/<img[^>]*\ssrc="https?:/g) ?? []).length;
    const len = (x: typeof plain) => x?.textContent?.length ?? 0;
    const changed = Object.values(report).some((v) => v > 0);
    if (changed || len(plain) !== len(fixed)) rows.push(`${name} ${JSON.stringify(report)} imgs ${srcImgs(plain?.content)}->${srcImgs(fixed?.content)} text ${len(plain)}->${len(fixed)}`);
  }
  writeFileSync('/tmp/e1/corpus.txt', rows.join('\n') + `\nfixup ms total ${totalMs.toFixed(0)} pages ${names.length}\n`);
}, 600_000);
