import type { ComponentChildren } from 'preact';
import { ArticleView } from '@/components/ArticleView';
import { prefsToCssVars, resolveTheme } from '@/lib/reader/prefs/prefs-to-css-vars';
import type { ReaderPrefs } from '@/lib/reader/prefs/reader-prefs';
import type { CleanArticle } from '@/lib/protocol';
import { ReaderToolbar } from './ReaderToolbar';

export interface ReaderViewProps {
  article: CleanArticle;
  prefs: ReaderPrefs;
  /** Whether the system asks for a dark scheme (resolves the `auto` theme). */
  prefersDark: boolean;
  onPrefsChange(next: ReaderPrefs): void;
  onClose(): void;
  /** Shown in the story's header under the dateline: the age notice and the source-context strip. */
  headerExtras?: ComponentChildren;
  /** Extra toolbar tools (read aloud, print, export, copy link). */
  actions?: ComponentChildren;
  /** True when the page did not look like an article and the story was extracted anyway. */
  forced?: boolean;
  /** A modal shown over the view (the risk confirmation), inside the themed root. */
  dialog?: ComponentChildren;
}

/**
 * The full reading view: toolbar plus the shared ArticleView, styled by the reader's prefs through CSS variables.
 * The root is the scroll container and takes focus on open, so Space, arrows and Page Down scroll the story.
 */
export function ReaderView(props: ReaderViewProps) {
  const { article, prefs, prefersDark } = props;
  const theme = resolveTheme(prefs.theme, prefersDark);
  return (
    <div
      class={`mh-reader mh-reader--${prefs.font}`}
      style={prefsToCssVars(prefs, prefersDark)}
      data-theme={theme}
      data-testid="reader"
      tabIndex={-1}
      data-autofocus=""
    >
      <ReaderToolbar siteName={article.siteName} prefs={prefs} onPrefsChange={props.onPrefsChange}
        onClose={props.onClose} actions={props.actions} />
      <main class="mh-reader__page">
        <ArticleView article={article} notice={<>
          {props.forced && (
            <p class="mh-reader__forced" data-testid="reader-forced">
              This page did not look like an article; this is the text Masthead found on it.
            </p>
          )}
          {props.headerExtras}
        </>} />
      </main>
      {props.dialog}
    </div>
  );
}
