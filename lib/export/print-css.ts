/**
 * Print stylesheet for the reader view and exported files: black serif text on white, no controls, link targets
 * spelled out (a printed link is otherwise lost), figures and tables kept on one page where they fit.
 * @module lib/export/print-css
 */

/** Print rules; safe to append to any stylesheet (everything sits inside `@media print`). */
export const PRINT_CSS = `@media print {
  @page { margin: 18mm 16mm; }
  html, body { background: #fff !important; color: #000 !important; }
  body { font: 11.5pt/1.5 Georgia, "Times New Roman", "Noto Serif", serif; max-width: none; margin: 0; }
  *, *::before, *::after { background: transparent !important; color: #000 !important; box-shadow: none !important; text-shadow: none !important; }
  nav, button, input, select, textarea, [role="toolbar"], [data-masthead-controls], .masthead-toolbar, .masthead-controls { display: none !important; }
  a { text-decoration: underline; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; word-break: break-all; }
  .masthead-provenance a::after { content: none; }
  figure, img, table, pre, blockquote { break-inside: avoid; page-break-inside: avoid; }
  img { max-width: 100% !important; height: auto; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  pre, code { white-space: pre-wrap; font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
  .masthead-provenance { border: 1px solid #000; }
}
`;
