import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractArticle } from '@/lib/article/extract-article';
import { takeExtractOptions } from '@/lib/article/extract-options';
import type { ExtractResult } from '@/lib/protocol';

// Injected on demand by the popup (activeTab + scripting); its return value is the ExtractResult that
// scripting.executeScript hands back. A named global keeps the IIFE's value as the script's completion value.
export default defineUnlistedScript({
  globalName: 'mastheadExtract',
  main(): ExtractResult {
    return extractArticle(document, takeExtractOptions(globalThis), window);
  },
});
