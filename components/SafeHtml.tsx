import { useMemo } from 'preact/hooks';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';

export interface SafeHtmlProps {
  /** Untrusted article HTML; sanitized here, never before rendering elsewhere. */
  html: string;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  testId?: string;
}

/** The only component that renders article HTML. It always sanitizes (lib/article/sanitize). */
export function SafeHtml({ html, class: className, lang, dir, testId }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeArticleHtml(html), [html]);
  return (
    <div
      class={className}
      lang={lang}
      dir={dir}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: clean }}
    />
  );
}
