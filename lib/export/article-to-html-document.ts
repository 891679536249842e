/**
 * A standalone HTML file of the story: provenance header, the sanitized story, a clean stylesheet with print rules.
 * The file carries its own Content-Security-Policy so that, opened later from disk, it runs no script and sends no
 * referrer even if something slipped past the sanitizer.
 * @module lib/export/article-to-html-document
 */
import { escapeHtml } from '@/lib/export/escape-html';
import { EXPORT_NOTE, isHttpUrl, provenanceFields, type ExportInput } from '@/lib/export/export-input';
import { PRINT_CSS } from '@/lib/export/print-css';

/** Screen styles: a readable measure and quiet provenance box; print rules follow from print-css. */
const SCREEN_CSS = `body { font: 18px/1.6 Georgia, "Times New Roman", "Noto Serif", serif; color: #1a1a1a; background: #fff; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
img, video { max-width: 100%; height: auto; }
figure { margin: 1.5rem 0; } figcaption { font-size: 0.85em; color: #444; }
pre { overflow-x: auto; padding: 0.75rem; background: #f5f5f5; }
table { border-collapse: collapse; } td, th { border: 1px solid #bbb; padding: 0.25rem 0.5rem; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid #999; }
.masthead-provenance { font: 14px/1.45 system-ui, sans-serif; border: 1px solid #ccc; padding: 0.75rem 1rem; margin-bottom: 2rem; }
.masthead-provenance dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0; }
.masthead-provenance dt { font-weight: 600; } .masthead-provenance dd { margin: 0; overflow-wrap: anywhere; }
.masthead-provenance ul { margin: 0.5rem 0 0; padding-left: 1.2rem; } .masthead-note { margin: 0.5rem 0 0; color: #555; }
`;

/** Locks the file down: images from the web only, inline styles only, nothing else (no scripts, frames, fetches). */
const CSP = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The `<header>` with the provenance list, the publisher's statuses and the export note. */
function provenanceHeader(input: ExportInput): string {
  const rows = provenanceFields(input).map((field) => {
    const value = field.href
      ? `<a href="${escapeHtml(field.href)}" rel="noopener noreferrer">${escapeHtml(field.value)}</a>`
      : escapeHtml(field.value);
    return `<dt>${escapeHtml(field.label)}</dt><dd>${value}</dd>`;
  });
  const statuses = input.statusLines.length
    ? `<p class="masthead-status-title">Publisher status (Masthead's registry)</p><ul class="masthead-status">${input.statusLines
        .map((line) => `<li>${escapeHtml(line)}</li>`)
        .join('')}</ul>`
    : '';
  return `<header class="masthead-provenance"><dl>${rows.join('')}</dl>${statuses}<p class="masthead-note">${escapeHtml(EXPORT_NOTE)}</p></header>`;
}

/** `lang`/`dir` attributes for the root element, only when they look like real values. */
function rootAttributes(lang: string | null, dir: string | null): string {
  const attrs: string[] = [];
  if (lang && /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang)) attrs.push(` lang="${escapeHtml(lang)}"`);
  if (dir === 'rtl' || dir === 'ltr') attrs.push(` dir="${dir}"`);
  return attrs.join('');
}

/**
 * Builds a standalone HTML document of the story for saving to disk.
 * @param input the story and its source context; `article.contentHtml` must already be sanitized, every other string
 *   is escaped here
 * @returns the complete HTML file as a string
 */
export function articleToHtmlDocument(input: ExportInput): string {
  const { article } = input;
  const title = escapeHtml(article.title);
  const byline = article.byline ? `<p class="byline">${escapeHtml(article.byline)}</p>` : '';
  // The extractor sets leadImageUrl only when the story body does not already show that image.
  const lead = article.leadImageUrl && isHttpUrl(article.leadImageUrl)
    ? `<figure class="lead-image"><img src="${escapeHtml(article.leadImageUrl)}" alt=""></figure>`
    : '';
  return `<!doctype html>
<html${rootAttributes(article.lang, article.dir)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${SCREEN_CSS}${PRINT_CSS}</style>
</head>
<body>
${provenanceHeader(input)}
<article>
<h1>${title}</h1>
${byline}
${lead}
${article.contentHtml}
</article>
</body>
</html>
`;
}
