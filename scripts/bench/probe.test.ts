import { it } from 'vitest';
import { listSlugs, readGoldenPage } from '../../tests/golden/support/corpus';
import { runGoldenPage } from '../../tests/golden/support/run-golden-page';

it('probe', async () => {
  const useWindow = process.env.PROBE_WIN === '1';
  const rows: string[] = [];
  const t0 = performance.now();
  for (const slug of listSlugs()) {
    const page = readGoldenPage(slug);
    process.stderr.write(`> ${slug}\n`);
    const s = performance.now();
    const o = await runGoldenPage(page, useWindow);
    const ms = performance.now() - s;
    const c = o.comparison;
    process.stderr.write(`${slug} ${ms.toFixed(0)}ms heap=${(process.memoryUsage().heapUsed/1e6).toFixed(0)}MB\n`);
    const a = o.article;
    const e = page.expected;
    const meta = [a?.title === e.title ? '' : `TITLE[${a?.title}|${e.title}]`,
      (a?.byline ?? null) === (e.byline ?? null) ? '' : `BYLINE[${a?.byline}|${e.byline}]`,
      (a?.excerpt ?? null) === (e.excerpt ?? null) ? '' : `EXCERPT[${a?.excerpt?.slice(0,60)}|${e.excerpt?.slice(0,60)}]`,
      o.readerable === e.readerable ? '' : `READERABLE[${o.readerable}|${e.readerable}]`,
      o.result.ok ? '' : `FAIL ${o.result.reason} ${o.result.detail}`].join(' ');
    const flag = c.recall < 0.995 || c.extra > 0.01 || !c.startKept || !c.endKept || meta.trim() ? '!!' : '  ';
    rows.push(`${flag} ${slug.padEnd(40)} ${ms.toFixed(0).padStart(5)}ms r=${c.recall} x=${c.extra} ${c.expectedWords}/${c.actualWords} s=${c.startKept} e=${c.endKept} ${c.approximate ? 'APPROX' : ''} ${meta}\n${o.missing.map((m) => '      - ' + m).join('\n')}`);
  }
  console.log(rows.join('\n'));
  console.log('total', performance.now() - t0);
});
