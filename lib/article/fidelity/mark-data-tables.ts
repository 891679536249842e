/**
 * Keeps small data tables. Readability's `_markDataTables` (Readability.js 0.6) calls a table "data" only when it has
 * a summary, a caption, or a `col`/`colgroup`/`tfoot`/`thead`/`th` descendant, or is large (≥ 10 rows, > 4 columns,
 * or > 10 cells); any other table goes through `_cleanConditionally`, which drops it when its cells are mostly links
 * ("Low weight and a little linky") — e.g. a 2×3 table of results with a "source" link per row. A regular grid of
 * text cells is data in practice, so it gets an empty `<colgroup>`: no effect on rendering, and it is the structural
 * hint Readability reads.
 * @module lib/article/fidelity/mark-data-tables
 */

/** Markers that already make Readability treat a table as data. */
const DATA_MARKERS = 'caption, col, colgroup, thead, tfoot, th';

/** The rows that belong to this table itself, not to a nested one. */
function ownRows(table: Element): Element[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => row.closest('table') === table);
}

/** Width of a row in columns, counting `colspan`. */
function rowWidth(row: Element): number {
  return Array.from(row.children)
    .filter((cell) => cell.localName === 'td' || cell.localName === 'th')
    .reduce((sum, cell) => sum + Math.max(1, Number.parseInt(cell.getAttribute('colspan') ?? '1', 10) || 1), 0);
}

/** A cell whose whole text sits inside links. */
function isLinkOnly(cell: Element): boolean {
  const linkText = Array.from(cell.querySelectorAll('a')).reduce((sum, a) => sum + (a.textContent ?? '').trim().length, 0);
  return linkText > 0 && linkText >= (cell.textContent ?? '').trim().length;
}

/**
 * Whether a table looks like data: at least 2 rows and 2 columns, every row equally wide, no nested table
 * (Readability's own sign of a layout table), not declared presentational, at least half its cells hold text, and
 * at most half of those are nothing but a link (a grid of links is navigation, which Readability rightly drops).
 * @param table a `<table>` element
 */
export function isGridDataTable(table: Element): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none' || table.getAttribute('datatable') === '0') return false;
  if (table.querySelector('table')) return false;
  const rows = ownRows(table);
  const width = rows[0] ? rowWidth(rows[0]) : 0;
  if (rows.length < 2 || width < 2 || rows.some((row) => rowWidth(row) !== width)) return false;
  const cells = rows.flatMap((row) => Array.from(row.children));
  const filled = cells.filter((cell) => (cell.textContent ?? '').trim() !== '');
  return filled.length * 2 >= cells.length && filled.filter(isLinkOnly).length * 2 <= filled.length;
}

/**
 * Adds an empty `<colgroup>` to every grid-like data table in `root` that Readability would not recognise as data.
 * @param root the clone's body (or any subtree)
 * @returns how many tables were marked
 */
export function markDataTables(root: Element): number {
  let marked = 0;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    if (table.querySelector(DATA_MARKERS) || table.hasAttribute('summary') || !isGridDataTable(table)) continue;
    table.insertBefore(table.ownerDocument.createElement('colgroup'), table.firstChild);
    marked += 1;
  }
  return marked;
}
