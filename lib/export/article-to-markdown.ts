/**
 * The story as Markdown with a YAML front-matter block carrying the same provenance as the HTML export.
 * @module lib/export/article-to-markdown
 */
import TurndownService from 'turndown';
import { EXPORT_NOTE, isHttpUrl, provenanceFields, type ExportInput } from '@/lib/export/export-input';

/**
 * A YAML double-quoted scalar. JSON strings are valid YAML 1.2 double-quoted scalars, so JSON.stringify escapes
 * quotes, backslashes and line breaks that would otherwise end the value (https://yaml.org/spec/1.2.2/#731-double-quoted-style).
 */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** One line of text for a Markdown heading or paragraph: no line breaks, leading `#`/`>`/`-` markers escaped. */
function inlineText(value: string, service: TurndownService): string {
  return service.escape(value.replace(/\s+/g, ' ').trim());
}

/** The front matter: provenance fields in snake_case keys, raw ISO dates, the status lines, the export note. */
function frontMatter(input: ExportInput): string {
  const { article } = input;
  const lines = ['---', `title: ${yamlString(article.title)}`];
  for (const field of provenanceFields(input)) {
    lines.push(`${field.label.toLowerCase()}: ${yamlString(field.value)}`);
  }
  if (article.publishedTime) lines.push(`published_iso: ${yamlString(article.publishedTime)}`);
  lines.push(`retrieved_iso: ${yamlString(Number.isNaN(input.retrievedAt.getTime()) ? 'unknown' : input.retrievedAt.toISOString())}`);
  if (input.statusLines.length) {
    lines.push('publisher_status:', ...input.statusLines.map((line) => `  - ${yamlString(line)}`));
  }
  lines.push(`note: ${yamlString(EXPORT_NOTE)}`, '---');
  return lines.join('\n');
}

/** Parentheses and spaces would end a Markdown link destination early; percent-encoding them keeps the URL whole. */
function markdownUrl(url: string): string {
  let decoded = url;
  try {
    decoded = decodeURI(url);
  } catch {
    // A malformed escape sequence: encode the URL as it stands.
  }
  return encodeURI(decoded).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A turndown instance for article HTML: ATX headings, fenced code, `-` bullets; tables stay HTML (Markdown has none). */
function createTurndown(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '_' });
  service.keep(['table']);
  service.remove(['script', 'style', 'noscript', 'template', 'iframe']);
  return service;
}

/**
 * Converts the story to Markdown with provenance front matter.
 * @param input the story and its source context; `article.contentHtml` must already be sanitized
 * @returns Markdown text ending in a newline
 */
export function articleToMarkdown(input: ExportInput): string {
  const service = createTurndown();
  const { article } = input;
  const parts = [frontMatter(input), '', `# ${inlineText(article.title, service)}`];
  if (article.byline) parts.push('', `_${inlineText(article.byline, service)}_`);
  const lead = article.leadImageUrl && isHttpUrl(article.leadImageUrl) ? markdownUrl(article.leadImageUrl) : null;
  if (lead) parts.push('', `![](${lead})`);
  const body = article.contentHtml.trim() ? service.turndown(article.contentHtml).trim() : '';
  if (body) parts.push('', body);
  return `${parts.join('\n')}\n`;
}
