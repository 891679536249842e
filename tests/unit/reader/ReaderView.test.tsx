// @vitest-environment jsdom
// jsdom: the body goes through SafeHtml → DOMPurify, which needs Node.prototype's nodeName getter (happy-dom lacks it).
import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ContextStrip } from '@/components/reader/ContextStrip';
import { ReaderView, type ReaderViewProps } from '@/components/reader/ReaderView';
import { THEME_PALETTES } from '@/lib/reader/prefs/prefs-to-css-vars';
import { DEFAULT_READER_PREFS, FONT_SIZES_PX } from '@/lib/reader/prefs/reader-prefs';
import type { CleanArticle } from '@/lib/protocol';

const article: CleanArticle = {
  title: 'Court fines reader for a repost', byline: 'A. Reporter', siteName: 'Example News',
  publishedTime: '2021-11-05T10:00:00Z', modifiedTime: null, excerpt: null, lang: 'en', dir: null,
  leadImageUrl: null, contentHtml: '<p>First paragraph.</p><script>alert(1)</script>', textContent: 'First paragraph.',
  wordCount: 2, readingMinutes: 1,
};

function setup(over: Partial<ReaderViewProps> = {}) {
  const props: ReaderViewProps = {
    article, prefs: DEFAULT_READER_PREFS, prefersDark: false, onPrefsChange: vi.fn(), onClose: vi.fn(), ...over,
  };
  render(<ReaderView {...props} />);
  return props;
}

describe('ReaderView', () => {
  it('shows the story through the shared, sanitizing article view', () => {
    setup();
    expect(screen.getByTestId('article-title').textContent).toBe(article.title);
    expect(screen.getByTestId('article-body').innerHTML).toContain('First paragraph.');
    expect(screen.getByTestId('article-body').innerHTML).not.toContain('script');
    expect(screen.getByTestId('reader-toolbar').textContent).toContain('Example News');
  });

  it('applies the prefs as CSS variables and resolves the auto theme from the system scheme', () => {
    setup({ prefs: { ...DEFAULT_READER_PREFS, theme: 'auto', fontSizeStep: 0 }, prefersDark: true });
    const root = screen.getByTestId('reader');
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--mh-bg')).toBe(THEME_PALETTES.dark.bg);
    expect(root.style.getPropertyValue('--mh-font-size')).toBe(`${FONT_SIZES_PX[0]}px`);
  });

  it('reports a theme choice and a size step through onPrefsChange', () => {
    const props = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Sepia' }));
    expect(props.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, theme: 'sepia' });
    fireEvent.click(screen.getByRole('button', { name: 'Larger text (+)' }));
    expect(props.onPrefsChange).toHaveBeenLastCalledWith({ ...DEFAULT_READER_PREFS, fontSizeStep: DEFAULT_READER_PREFS.fontSizeStep + 1 });
  });

  it('marks the current choices as pressed and disables steps past the ends', () => {
    setup({ prefs: { ...DEFAULT_READER_PREFS, font: 'sans', fontSizeStep: FONT_SIZES_PX.length - 1 } });
    expect(screen.getByRole('button', { name: 'Sans-serif' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Serif' }).getAttribute('aria-pressed')).toBe('false');
    expect((screen.getByRole('button', { name: 'Larger text (+)' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('calls onClose from the close button', () => {
    const props = setup();
    fireEvent.click(screen.getByTestId('reader-close'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });

  it('says so when the page did not look like an article', () => {
    setup({ forced: true });
    expect(screen.getByTestId('reader-forced').textContent).toMatch(/did not look like an article/);
  });
});

describe('ContextStrip', () => {
  it('shows the summary alone when there are no details', () => {
    render(<ContextStrip summary="No status on record" level="none" />);
    expect(screen.getByTestId('reader-context-summary').textContent).toBe('No status on record');
    expect(screen.queryByTestId('reader-context-details')).toBeNull();
  });

  it('keeps the lead line visible and the details behind an expandable block', () => {
    render(<ContextStrip summary="Listed" level="caution" lead={<p data-testid="lead">Sharing: Penalized</p>}><p>Details</p></ContextStrip>);
    const strip = screen.getByTestId('reader-context');
    expect(strip.dataset.level).toBe('caution');
    const details = screen.getByTestId('reader-context-details');
    expect(details.tagName).toBe('DETAILS');
    expect(details.hasAttribute('open')).toBe(false);
    expect(details.contains(screen.getByTestId('lead'))).toBe(false);
  });
});
