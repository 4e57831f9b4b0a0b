/**
 * The full-text indexes' columns in their order, stated once: bm25's weights and snippet()'s column
 * numbers follow it (migration 0013 made the indexes; 0023 put `text` first in sections' and citations').
 */
const COLUMNS = {
  sections_fts: ['text', 'heading'],
  infobox_fts: ['label', 'text'],
  citations_fts: ['text', 'authors', 'title', 'publisher'],
} as const;

type Index = keyof typeof COLUMNS;
type Column<I extends Index> = (typeof COLUMNS)[I][number];

/** A column's number in its index, as snippet() and highlight() take it. */
export function columnNumber<I extends Index>(index: I, column: Column<I>): number {
  return (COLUMNS[index] as readonly string[]).indexOf(column);
}

/** bm25's weights by column name, as its arguments in the index's column order (`1.0, 3.0`). */
export function weightsOf<I extends Index>(index: I, weights: Record<Column<I>, number>): string {
  return (COLUMNS[index] as readonly Column<I>[]).map((column) => weights[column].toFixed(1)).join(', ');
}
