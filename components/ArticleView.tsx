import type { ComponentChildren } from 'preact';
import { formatDate } from '@/lib/format-date';
import type { CleanArticle } from '@/lib/protocol';
import { SafeHtml } from './SafeHtml';

export interface ArticleViewProps {
  article: CleanArticle;
  /** Shown under the dateline, e.g. the "published 5 years ago" notice. */
  notice?: ComponentChildren;
}

function textDirection(dir: string | null): 'ltr' | 'rtl' | undefined {
  return dir === 'rtl' || dir === 'ltr' ? dir : undefined;
}

/** The cleaned story: site, title, byline, dateline, reading time, lead image and the sanitized body. */
export function ArticleView({ article, notice }: ArticleViewProps) {
  const published = formatDate(article.publishedTime);
  const updated = formatDate(article.modifiedTime);
  const showUpdated = updated !== null && updated !== published;
  return (
    <article class="mh-article" lang={article.lang ?? undefined} dir={textDirection(article.dir)} data-testid="article">
      <header class="mh-article__header">
        {article.siteName && <p class="mh-article__site" data-testid="article-site">{article.siteName}</p>}
        <h1 class="mh-article__title" data-testid="article-title">{article.title}</h1>
        {article.byline && <p class="mh-article__byline" data-testid="article-byline">{article.byline}</p>}
        <p class="mh-article__meta" data-testid="article-meta">
          {published && <time dateTime={article.publishedTime ?? undefined}>Published {published}</time>}
          {showUpdated && <time dateTime={article.modifiedTime ?? undefined}>Updated {updated}</time>}
          <span>{article.readingMinutes} min read</span>
        </p>
        {notice}
      </header>
      {article.leadImageUrl && (
        <figure class="mh-article__lead" data-testid="article-lead-image">
          <img src={article.leadImageUrl} alt="" referrerpolicy="no-referrer" />
          {article.leadImageCaption && <figcaption>{article.leadImageCaption}</figcaption>}
        </figure>
      )}
      <SafeHtml html={article.contentHtml} class="mh-article__body" testId="article-body" />
    </article>
  );
}
