-- Full-text indexes without their own copy of the text (issue 27): sections_fts, citations_fts
-- and infobox_fts become FTS5 tables with external content, a view over the rows that hold the
-- text, with the same rowids and the same values the insert triggers index (so snippet(),
-- highlight() and bm25 read what was indexed). The views are looked up by rowid when a snippet
-- is made: an index on the rowid's expression answers that for sections and infobox fields.
-- With external content, a delete must give the values indexed: the delete triggers pass them
-- ('delete' command), only for rows in the index (a row an import has not indexed yet, see
-- src/db/deferred-indexes.ts, has no docsize row). A section's blocks are deleted after it
-- (src/db/write.ts), so its trigger still reads them.
DROP TRIGGER `sections_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `sections_fts_delete`;
--> statement-breakpoint
DROP TABLE `sections_fts`;
--> statement-breakpoint
CREATE INDEX `sections_fts_rowid` ON `sections` (`idx` * 4294967296 + `article_id`);
--> statement-breakpoint
CREATE VIEW `sections_fts_source` AS
SELECT s.`idx` * 4294967296 + s.`article_id` AS `rid`, coalesce(s.`title`, '') AS `heading`,
  coalesce((SELECT group_concat(b.`text`, char(10) ORDER BY b.`seq`) FROM `blocks` b
            WHERE b.`article_id` = s.`article_id` AND b.`section_idx` = s.`idx` AND b.`kind` != 'hatnote'), '') AS `text`
FROM `sections` s;
--> statement-breakpoint
CREATE VIRTUAL TABLE `sections_fts` USING fts5(
  `heading`, `text`,
  content = 'sections_fts_source', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
--> statement-breakpoint
CREATE TRIGGER `sections_fts_insert` AFTER INSERT ON `sections` BEGIN
  INSERT INTO `sections_fts` (rowid, `heading`, `text`)
  VALUES (
    new.`idx` * 4294967296 + new.`article_id`,
    coalesce(new.`title`, ''),
    coalesce((SELECT group_concat(`text`, char(10) ORDER BY `seq`) FROM `blocks`
              WHERE `article_id` = new.`article_id` AND `section_idx` = new.`idx` AND `kind` != 'hatnote'), '')
  );
END;
--> statement-breakpoint
CREATE TRIGGER `sections_fts_delete` AFTER DELETE ON `sections` BEGIN
  INSERT INTO `sections_fts` (`sections_fts`, rowid, `heading`, `text`)
  SELECT 'delete', old.`idx` * 4294967296 + old.`article_id`, coalesce(old.`title`, ''),
    coalesce((SELECT group_concat(`text`, char(10) ORDER BY `seq`) FROM `blocks`
              WHERE `article_id` = old.`article_id` AND `section_idx` = old.`idx` AND `kind` != 'hatnote'), '')
  WHERE EXISTS (SELECT 1 FROM `sections_fts_docsize` WHERE `id` = old.`idx` * 4294967296 + old.`article_id`);
END;
--> statement-breakpoint
INSERT INTO `sections_fts` (rowid, `heading`, `text`) SELECT `rid`, `heading`, `text` FROM `sections_fts_source` ORDER BY `rid`;
--> statement-breakpoint
DROP TRIGGER `citations_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `citations_fts_delete`;
--> statement-breakpoint
DROP TABLE `citations_fts`;
--> statement-breakpoint
CREATE VIEW `citations_fts_source` AS
SELECT `id`, (SELECT group_concat(value, '; ') FROM json_each(`authors`)) AS `authors`, `title`, `publisher`, `text`
FROM `citations`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `citations_fts` USING fts5(
  `authors`, `title`, `publisher`, `text`,
  content = 'citations_fts_source', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `citations_fts_insert` AFTER INSERT ON `citations` BEGIN
  INSERT INTO `citations_fts` (rowid, `authors`, `title`, `publisher`, `text`)
  VALUES (
    new.`id`,
    (SELECT group_concat(value, '; ') FROM json_each(new.`authors`)),
    new.`title`,
    new.`publisher`,
    new.`text`
  );
END;
--> statement-breakpoint
CREATE TRIGGER `citations_fts_delete` AFTER DELETE ON `citations` BEGIN
  INSERT INTO `citations_fts` (`citations_fts`, rowid, `authors`, `title`, `publisher`, `text`)
  SELECT 'delete', old.`id`, (SELECT group_concat(value, '; ') FROM json_each(old.`authors`)), old.`title`, old.`publisher`, old.`text`
  WHERE EXISTS (SELECT 1 FROM `citations_fts_docsize` WHERE `id` = old.`id`);
END;
--> statement-breakpoint
INSERT INTO `citations_fts` (rowid, `authors`, `title`, `publisher`, `text`)
SELECT `id`, `authors`, `title`, `publisher`, `text` FROM `citations_fts_source` ORDER BY `id`;
--> statement-breakpoint
DROP TRIGGER `infobox_fts_insert`;
--> statement-breakpoint
DROP TRIGGER `infobox_fts_delete`;
--> statement-breakpoint
DROP TABLE `infobox_fts`;
--> statement-breakpoint
CREATE INDEX `infobox_fts_rowid` ON `infobox_fields` (`seq` * 4294967296 + `article_id`);
--> statement-breakpoint
CREATE VIEW `infobox_fts_source` AS
SELECT `seq` * 4294967296 + `article_id` AS `rid`, coalesce(`label`, '') AS `label`, `text` FROM `infobox_fields`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `infobox_fts` USING fts5(
  `label`, `text`,
  content = 'infobox_fts_source', content_rowid = 'rid',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
--> statement-breakpoint
CREATE TRIGGER `infobox_fts_insert` AFTER INSERT ON `infobox_fields` BEGIN
  INSERT INTO `infobox_fts` (rowid, `label`, `text`)
  VALUES (new.`seq` * 4294967296 + new.`article_id`, coalesce(new.`label`, ''), new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `infobox_fts_delete` AFTER DELETE ON `infobox_fields` BEGIN
  INSERT INTO `infobox_fts` (`infobox_fts`, rowid, `label`, `text`)
  SELECT 'delete', old.`seq` * 4294967296 + old.`article_id`, coalesce(old.`label`, ''), old.`text`
  WHERE EXISTS (SELECT 1 FROM `infobox_fts_docsize` WHERE `id` = old.`seq` * 4294967296 + old.`article_id`);
END;
--> statement-breakpoint
INSERT INTO `infobox_fts` (rowid, `label`, `text`) SELECT `rid`, `label`, `text` FROM `infobox_fts_source` ORDER BY `rid`;
