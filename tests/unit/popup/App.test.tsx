// @vitest-environment jsdom
// jsdom: the story goes through SafeHtml → DOMPurify, which needs Node.prototype's nodeName getter (happy-dom lacks it).
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import type { ExtractResult, PageMetadata } from '@/lib/protocol';
import type { PopupServices } from '@/lib/services';
import { DEFAULT_READER_PREFS } from '@/lib/reader/prefs/reader-prefs';

const meta: PageMetadata = {
  url: 'https://news.example/a/1', canonicalUrl: null, ogUrl: null, ogSiteName: 'Example News', jsonLdPublisherName: null,
  jsonLdPublisherUrl: null, lang: 'en', modifiedTime: null,
};
const story: ExtractResult = {
  ok: true, meta, notices: [], mentions: [], forced: false,
  article: {
    title: 'Harbour reopens', byline: 'By A. Writer', siteName: 'Example News', publishedTime: '2021-11-15T20:11:00Z',
    modifiedTime: null, excerpt: null, lang: 'en', dir: null, leadImageUrl: null,
    contentHtml: '<p>The harbour reopened.</p><img src="x" onerror="window.hacked=1"><a href="https://e.example/">link</a>',
    textContent: 'The harbour reopened.', wordCount: 3, readingMinutes: 1,
  },
};
const notArticle: ExtractResult = { ok: false, reason: 'not-readerable', detail: null, meta, notices: [] };

function fakeServices(...answers: ExtractResult[]): PopupServices & { extract: ReturnType<typeof vi.fn> } {
  const extract = vi.fn();
  for (const answer of answers) extract.mockResolvedValueOnce(answer);
  return {
    getTargetTab: async () => ({ id: 7, url: meta.url }), extract,
    loadJurisdictions: async () => ['RU'], saveJurisdictions: vi.fn(async () => {}),
    toggleReader: vi.fn(async () => ({ active: false as const })), openOptions: vi.fn(),
    loadReaderPrefs: async () => DEFAULT_READER_PREFS,
  };
}

describe('popup App', () => {
  it('renders the sanitized story with its dateline', async () => {
    render(<App services={fakeServices(story)} />);
    expect(await screen.findByTestId('article-title')).toHaveProperty('textContent', 'Harbour reopens');
    expect(screen.getByTestId('article-meta').textContent).toMatch(/Published 15 Nov 2021.*1 min read/);
    const body = screen.getByTestId('article-body');
    expect(body.innerHTML).not.toMatch(/onerror/);
    expect(body.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('says a site missing from the registry is not in the registry, beside the story', async () => {
    render(<App services={fakeServices(story)} />);
    expect((await screen.findByTestId('not-in-registry')).textContent).toBe('Not in the registry');
    expect(screen.getByTestId('risk-section').dataset.state).toBe('not-in-registry');
    expect(screen.getByTestId('privacy-note').textContent).toMatch(/Nothing was sent anywhere/);
  });

  it('applies the reading-view theme and font size to the popup', async () => {
    const services = fakeServices(story);
    services.loadReaderPrefs = async () => ({ ...DEFAULT_READER_PREFS, theme: 'sepia', fontSizeStep: 4 });
    render(<App services={services} />);
    await screen.findByTestId('article-title');
    await waitFor(() => expect(screen.getByTestId('popup').style.getPropertyValue('--mh-bg')).toBe('#f4ecd8'));
    expect(screen.getByTestId('popup').style.getPropertyValue('--mh-font-size')).toMatch(/^\d+px$/);
  });

  it('offers "Show anyway" on a page that is not an article, and forces extraction when clicked', async () => {
    const services = fakeServices(notArticle, story);
    render(<App services={services} />);
    (await screen.findByTestId('force')).click();
    await screen.findByTestId('article-title');
    expect(services.extract).toHaveBeenNthCalledWith(1, { id: 7, url: meta.url }, { force: false });
    expect(services.extract).toHaveBeenNthCalledWith(2, { id: 7, url: meta.url }, { force: true });
  });

  it('keeps asking while the page is still loading, then shows the story', async () => {
    const loading: ExtractResult = { ok: false, reason: 'loading', detail: null, meta: null, notices: [] };
    const services = fakeServices(loading, story);
    render(<App services={services} />);
    await waitFor(() => expect(screen.getByTestId('article-title')).toBeTruthy(), { timeout: 3000 });
    expect(services.extract).toHaveBeenCalledTimes(2);
  });
});
