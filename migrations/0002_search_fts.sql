-- Full-text search (issue 5): titles and redirects, sections, infobox values. FTS5 with
-- unicode61 and diacritics removed ("alfabetizacion" finds "alfabetización"), prefix indexes for
-- `word*`, stored text for snippet(). Kept in step with the tables by triggers; the existing
-- database is indexed at the end. Rowids are chosen so no lookup is needed to group or delete:
--
--   titles_fts    min(length(title), 4095) * 2^32 + article id            (an article's title)
--                 min(length(title), 4095) * 2^32 + 2^31 + redirects.rowid (a redirect title)
--                 FTS5 returns rows in rowid order, so completion reads shortest titles first
--                 and stops at the limit. `article_id` is the article (the target of a redirect).
--   sections_fts  section index * 2^32 + article id: rowid & (2^32 - 1) is the article, and rowid
--                 order puts every lead first, then the first sections... (the order in which a
--                 search that stops early reads candidates). One row per section: its heading,
--                 and its paragraphs and lists (hatnotes left out) joined.
--   infobox_fts   infobox_fields.seq * 2^32 + article id.
--
-- A section's row is written when the section is inserted, from the blocks already there: the
-- writer inserts a section's blocks before the section (src/db/write.ts).
CREATE VIRTUAL TABLE `titles_fts` USING fts5(
  `title`, `article_id` UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3 4'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `sections_fts` USING fts5(
  `heading`, `text`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `infobox_fts` USING fts5(
  `label`, `text`,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3'
);
--> statement-breakpoint
CREATE TRIGGER `titles_fts_article_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
  VALUES (min(length(new.`title`), 4095) * 4294967296 + new.`id`, new.`title`, new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `titles_fts_article_update` AFTER UPDATE OF `title` ON `articles` BEGIN
  DELETE FROM `titles_fts` WHERE rowid = min(length(old.`title`), 4095) * 4294967296 + old.`id`;
  INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
  VALUES (min(length(new.`title`), 4095) * 4294967296 + new.`id`, new.`title`, new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `titles_fts_article_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `titles_fts` WHERE rowid = min(length(old.`title`), 4095) * 4294967296 + old.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `titles_fts_redirect_insert` AFTER INSERT ON `redirects` BEGIN
  INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
  VALUES (min(length(new.`from_title`), 4095) * 4294967296 + 2147483648 + new.rowid, new.`from_title`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `titles_fts_redirect_update` AFTER UPDATE ON `redirects` BEGIN
  DELETE FROM `titles_fts` WHERE rowid = min(length(old.`from_title`), 4095) * 4294967296 + 2147483648 + old.rowid;
  INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
  VALUES (min(length(new.`from_title`), 4095) * 4294967296 + 2147483648 + new.rowid, new.`from_title`, new.`article_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `titles_fts_redirect_delete` AFTER DELETE ON `redirects` BEGIN
  DELETE FROM `titles_fts` WHERE rowid = min(length(old.`from_title`), 4095) * 4294967296 + 2147483648 + old.rowid;
END;
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
  DELETE FROM `sections_fts` WHERE rowid = old.`idx` * 4294967296 + old.`article_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `infobox_fts_insert` AFTER INSERT ON `infobox_fields` BEGIN
  INSERT INTO `infobox_fts` (rowid, `label`, `text`)
  VALUES (new.`seq` * 4294967296 + new.`article_id`, coalesce(new.`label`, ''), new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `infobox_fts_delete` AFTER DELETE ON `infobox_fields` BEGIN
  DELETE FROM `infobox_fts` WHERE rowid = old.`seq` * 4294967296 + old.`article_id`;
END;
--> statement-breakpoint
INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
SELECT min(length(`title`), 4095) * 4294967296 + `id`, `title`, `id` FROM `articles`;
--> statement-breakpoint
INSERT INTO `titles_fts` (rowid, `title`, `article_id`)
SELECT min(length(`from_title`), 4095) * 4294967296 + 2147483648 + rowid, `from_title`, `article_id` FROM `redirects`;
--> statement-breakpoint
INSERT INTO `sections_fts` (rowid, `heading`, `text`)
SELECT s.`idx` * 4294967296 + s.`article_id`, coalesce(s.`title`, ''),
  coalesce((SELECT group_concat(b.`text`, char(10) ORDER BY b.`seq`) FROM `blocks` b
            WHERE b.`article_id` = s.`article_id` AND b.`section_idx` = s.`idx` AND b.`kind` != 'hatnote'), '')
FROM `sections` s;
--> statement-breakpoint
INSERT INTO `infobox_fts` (rowid, `label`, `text`)
SELECT `seq` * 4294967296 + `article_id`, coalesce(`label`, ''), `text` FROM `infobox_fields`;
