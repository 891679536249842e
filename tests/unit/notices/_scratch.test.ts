import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { stripPageChrome } from '@/lib/article/strip-page-chrome';
it('scratch', () => {
  const doc = new DOMParser().parseFromString(readFileSync(`tests/fixtures/notices/rferl-seed/source.html`, 'utf8'), 'text/html');
  console.log('REMOVED', JSON.stringify(stripPageChrome(doc)));
  const r = new Readability(doc).parse();
  console.log('OUT', r?.content.slice(0, 3000));
});
