import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { detectNotices } from '@/lib/notices/detect-notices';
it('scratch', () => {
  const html = readFileSync('tests/fixtures/pages/rferl-seed.html', 'utf8');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  console.log(JSON.stringify(detectNotices(doc), null, 1));
});
