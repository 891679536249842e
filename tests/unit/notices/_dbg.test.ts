import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { Window } from 'happy-dom';
import { Readability } from '@mozilla/readability';
import { createRemovalGuard } from '@/lib/article/chrome/removal-guard';
import { removeFontSizePickers } from '@/lib/article/chrome/remove-font-size-pickers';
import { removePromoBoxes } from '@/lib/article/chrome/remove-promo-boxes';
import { removeRatioPlaceholders } from '@/lib/article/chrome/remove-ratio-placeholders';
import { removeRelatedLists } from '@/lib/article/chrome/remove-related-lists';
import { removeShareBars } from '@/lib/article/chrome/remove-share-bars';
import { removeSkipLinks } from '@/lib/article/chrome/remove-skip-links';
import { removeTickers } from '@/lib/article/chrome/remove-tickers';
import { dedupeCaptions } from '@/lib/article/chrome/dedupe-captions';
import { removeNoticeElements } from '@/lib/notices/remove-notice-elements';
const rules: Record<string, (d: Document, g: any) => number> = { notices: (d) => removeNoticeElements(d), removeSkipLinks, removeTickers, removeFontSizePickers, removeShareBars, dedupeCaptions, removeRatioPlaceholders, removePromoBoxes, removeRelatedLists };
function parse(html: string) { const win = new Window({ url: 'http://fakehost/test/page.html', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  return new win.DOMParser().parseFromString(html.replace(/<link\b[^>]*>/gi, ''), 'text/html') as unknown as Document; }
const words = (t: string) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
it('dbg', () => {
  for (const slug of (process.env.SLUGS ?? '').split(',')) {
    const html = readFileSync(`../shared/corpora/readability-test-pages/${slug}/source.html`, 'utf8');
    const base = new Set(words(new Readability(parse(html)).parse()?.textContent ?? ''));
    const all = (d: Document, g: any) => Object.values(rules).reduce((s, r) => s + r(d, g), 0);
    for (const [name, rule] of [...Object.entries(rules), ['ALL', all] as const]) {
      const doc = parse(html); const before = [...doc.querySelectorAll('*')].length;
      const n = rule(doc, createRemovalGuard(doc));
      const out = new Set(words(new Readability(doc).parse()?.textContent ?? ''));
      const lost = [...base].filter((w) => !out.has(w));
      if (lost.length) console.log(slug, name, n, lost.length, lost.slice(0, 30).join(' '));
    }
  }
});
