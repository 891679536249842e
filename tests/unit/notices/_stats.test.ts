import { readdirSync, readFileSync } from 'node:fs';
import { it } from 'vitest';
import { Window } from 'happy-dom';
import { createRemovalGuard } from '@/lib/article/chrome/removal-guard';
import { removeFontSizePickers } from '@/lib/article/chrome/remove-font-size-pickers';
import { removePromoBoxes } from '@/lib/article/chrome/remove-promo-boxes';
import { removeRatioPlaceholders } from '@/lib/article/chrome/remove-ratio-placeholders';
import { removeRelatedLists } from '@/lib/article/chrome/remove-related-lists';
import { removeShareBars } from '@/lib/article/chrome/remove-share-bars';
import { removeSkipLinks } from '@/lib/article/chrome/remove-skip-links';
import { removeTickers } from '@/lib/article/chrome/remove-tickers';
import { dedupeCaptions } from '@/lib/article/chrome/dedupe-captions';
import { removeMandatedLabels } from '@/lib/notices/foreign-agent-label';
import { findDesignationMentions } from '@/lib/notices/designation-mentions';
const rules = { removeSkipLinks, removeTickers, removeFontSizePickers, removeShareBars, dedupeCaptions, removeRatioPlaceholders, removePromoBoxes, removeRelatedLists };
it('stats', async () => {
  const dir = '../shared/corpora/readability-test-pages';
  const pages: Record<string, number> = {}; const els: Record<string, number> = {}; let labels = 0; let mentions = 0;
  for (const slug of readdirSync(dir).filter((s) => s !== 'LICENSE.md')) {
    const html = readFileSync(`${dir}/${slug}/source.html`, 'utf8').replace(/<link\b[^>]*>/gi, '');
    for (const [name, rule] of Object.entries(rules)) {
      const win = new Window({ url: 'http://fakehost/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
      const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
      const n = rule(doc, createRemovalGuard(doc));
      if (n) { pages[name] = (pages[name] ?? 0) + 1; els[name] = (els[name] ?? 0) + n; }
      if (name === 'removeSkipLinks') { labels += removeMandatedLabels(doc); mentions += findDesignationMentions(doc.body.textContent ?? '').length; }
      await win.happyDOM.close();
    }
  }
  console.log('STATS', JSON.stringify({ pages, els, labels, mentions }));
}, 300_000);
