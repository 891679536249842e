// The page-side pipeline on whole pages: what it returns for each kind of page, and that the live page is untouched.
import fs from 'node:fs';
import { Window } from 'happy-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { extractArticle, MAX_ELEMENTS } from '@/lib/article/extract-article';

const windows: Window[] = [];
afterEach(async () => { await Promise.all(windows.splice(0).map((w) => w.happyDOM.close())); });

function pageAt(url: string, html: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptFileLoading: true, disableCSSFileLoading: true, handleDisabledFileLoadingAsSuccess: true } });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}
const seed = () => pageAt('https://www.rferl.org/a/31563051.html', fs.readFileSync('tests/fixtures/pages/rferl-seed.html', 'utf8'));

describe('extractArticle', () => {
  it('returns the seed story, its metadata and the publisher’s two notices, and leaves the page as it was', () => {
    const doc = seed();
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, { force: false });
    expect(doc.documentElement.outerHTML).toBe(before);
    if (!result.ok) throw new Error(`expected a story, got ${result.reason}`);
    expect(result.article.title).toBe('NATO Chief, Alliance Heavyweights Warn Russia Over Troop Buildup Near Ukraine');
    expect(result.article.textContent).toMatch(/^NATO Secretary-General Jens Stoltenberg called on Russia/);
    expect(result.article.textContent).toMatch(/With reporting by Reuters, AP, AFP, and dpa$/);
    expect(result.article.textContent).not.toMatch(/undesirable|Breaking News|16x9 Image|XS|Accessibility links/);
    expect(result.meta.canonicalUrl).toBe('https://www.rferl.org/a/nato-stoltenberg-russia-ukraine-troops/31563051.html');
    expect(result.notices.map((n) => n.kind)).toEqual(['publisher-status', 'sharing-warning']);
    expect(result.article.leadImageCaption).toBe('NATO Secretary-General Jens Stoltenberg (file photo)');
  });

  it('says a front page is not an article, with its metadata, and extracts it when forced', () => {
    const html = fs.readFileSync('tests/fixtures/pages/front-page.html', 'utf8');
    const result = extractArticle(pageAt('https://ledger.example/', html), { force: false });
    expect(result).toMatchObject({ ok: false, reason: 'not-readerable', meta: { url: 'https://ledger.example/' } });
    expect(extractArticle(pageAt('https://ledger.example/', html), { force: true }).ok).toBe(true);
  });

  it('reads a front page in one pass when the pre-check is ignored, and marks the story forced', () => {
    const html = fs.readFileSync('tests/fixtures/pages/front-page.html', 'utf8');
    const result = extractArticle(pageAt('https://ledger.example/', html), { force: false, ignoreReaderable: true });
    expect(result).toMatchObject({ ok: true, forced: true });
    expect(extractArticle(seed(), { force: false, ignoreReaderable: true })).toMatchObject({ ok: true, forced: false });
  });

  it('asks before extracting a page with more elements than the limit, even when the pre-check is ignored', () => {
    const cells = '<i></i>'.repeat(MAX_ELEMENTS + 1);
    const html = `<article><p>${'Story text. '.repeat(60)}</p></article>${cells}`;
    const result = extractArticle(pageAt('https://big.example/', html), { force: false });
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? '' : result.detail).toMatch(/100,0\d\d elements/);
    expect(extractArticle(pageAt('https://big.example/', html), { force: false, ignoreReaderable: true })).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it.each([
    [{ readyState: 'loading', contentType: 'text/html' }, 'loading'],
    [{ readyState: 'complete', contentType: 'application/pdf' }, 'restricted'],
    [{ readyState: 'complete', contentType: 'image/png' }, 'not-readerable'],
  ])('answers %j without reading further', (doc, reason) => {
    expect(extractArticle(doc as unknown as Document, { force: true })).toMatchObject({ ok: false, reason });
  });
});
