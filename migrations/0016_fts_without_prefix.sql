-- sections_fts and infobox_fts without their prefix indexes (issue 27), written by hand (drizzle-kit
-- generate --custom). FTS5 reads a prefix index only for a prefix of exactly its length (here `abc*`,
-- three characters); every other prefix (`ab*`, `abcd*`) already ran over the terms' own doclists,
-- and now `abc*` does too. The index was about 40 % of each table's data (bench/results.md).
-- citations_fts keeps `prefix = '2 3'`: every word of a citation filter is a prefix, and short ones
-- are common there. The tables are made again and filled from their views, as migration 0013 did;
-- their triggers stay (they name the table, which keeps its name and columns).
DROP TABLE `sections_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sections_fts` USING fts5(
  `heading`, `text`,
  content = 'sections_fts_source', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `sections_fts` (rowid, `heading`, `text`) SELECT `rid`, `heading`, `text` FROM `sections_fts_source` ORDER BY `rid`;
--> statement-breakpoint
DROP TABLE `infobox_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `infobox_fts` USING fts5(
  `label`, `text`,
  content = 'infobox_fts_source', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `infobox_fts` (rowid, `label`, `text`) SELECT `rid`, `label`, `text` FROM `infobox_fts_source` ORDER BY `rid`;
