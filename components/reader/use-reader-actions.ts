import { useState } from 'preact/hooks';
import { sanitizeArticleHtml } from '@/lib/article/sanitize';
import { articleToHtmlDocument } from '@/lib/export/article-to-html-document';
import { articleToMarkdown } from '@/lib/export/article-to-markdown';
import { exportFileName } from '@/lib/export/export-file-name';
import type { ExportInput } from '@/lib/export/export-input';
import { needsRiskConfirmation, type ActRisk } from '@/lib/export/needs-risk-confirmation';
import { downloadText } from '@/lib/reader/overlay/download-text';
import { linkToShare } from '@/lib/reader/overlay/link-to-share';
import { printDocument } from '@/lib/reader/overlay/print-document';
import type { ExtractResult } from '@/lib/protocol';
import type { ExportFormat } from '@/components/reader/ReaderActions';

/** The source context the actions need: who published it, its statuses in words, and the reader's risks. */
export interface ActionContext {
  publisherName: string | null;
  statusLines: string[];
  risks: ActRisk[];
}

export interface PendingConfirm {
  text: string;
  confirmLabel: string;
  run(): void;
}

/** Save, print and copy-link for the open view, each behind the risk confirmation when the legal notes call for one. */
export function useReaderActions(result: Extract<ExtractResult, { ok: true }>, context: ActionContext,
  parent: HTMLElement, win: Window) {
  const [status, setStatus] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingConfirm | null>(null);
  const guarded = (act: 'save' | 'share', confirmLabel: string, run: () => void) => {
    const text = needsRiskConfirmation(act, context.risks);
    if (text) setPending({ text, confirmLabel, run: () => { setPending(null); run(); } });
    else run();
  };
  const input = (): ExportInput => ({
    article: { ...result.article, contentHtml: sanitizeArticleHtml(result.article.contentHtml) },
    url: result.meta.url, publisherName: context.publisherName, statusLines: context.statusLines, retrievedAt: new Date(),
  });
  const onExport = (format: ExportFormat) => guarded('save', 'Save anyway', () => {
    const html = format === 'html';
    downloadText(parent, exportFileName(result.article.title, html ? 'html' : 'md'),
      html ? 'text/html;charset=utf-8' : 'text/markdown;charset=utf-8',
      html ? articleToHtmlDocument(input()) : articleToMarkdown(input()));
    setStatus(html ? 'Saved as a web page.' : 'Saved as Markdown.');
  });
  const onPrint = () => guarded('save', 'Print anyway', () => void printDocument(parent, articleToHtmlDocument(input())));
  const onCopyLink = () => guarded('share', 'Copy anyway', () => {
    win.navigator.clipboard.writeText(linkToShare(result.meta)).then(
      () => setStatus('Link copied.'),
      () => setStatus('Could not copy the link; copy it from the address bar.'),
    );
  });
  return { status, pending, cancel: () => setPending(null), onExport, onPrint, onCopyLink };
}
