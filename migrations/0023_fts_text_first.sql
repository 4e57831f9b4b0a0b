-- The section and citation indexes made again with `text` as their first column (issue 27): FTS5
-- writes a column number before the positions of every column but the first, two bytes for each
-- row a term is in, so the column nearly every term is in goes first (a quarter of each index).
-- Views, triggers and answers stay as they are: the triggers and the views name the columns, and
-- search names them too but for bm25's weights and snippet's column, given in the new order
-- (src/db/queries/search/). Hand-written: drizzle does not know FTS5 tables.
DROP TABLE `sections_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `sections_fts` USING fts5(
  `text`, `heading`,
  content = 'sections_fts_source', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
--> statement-breakpoint
INSERT INTO `sections_fts` (rowid, `text`, `heading`) SELECT `rid`, `text`, `heading` FROM `sections_fts_source` ORDER BY `rid`;--> statement-breakpoint
DROP TABLE `citations_fts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `citations_fts` USING fts5(
  `text`, `authors`, `title`, `publisher`,
  content = 'citations_fts_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
INSERT INTO `citations_fts` (rowid, `text`, `authors`, `title`, `publisher`)
SELECT `id`, `text`, `authors`, `title`, `publisher` FROM `citations_fts_source` ORDER BY `id`;
