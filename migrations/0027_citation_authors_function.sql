-- The citation index's authors read through citation_authors(), a function every connection
-- registers (src/db/citation-text.ts), instead of a json_each() subquery: FTS5 reads an external
-- content table as `main`.`citations_fts_source`, and SQLite then looked json_each up as a table of
-- `main`, so the index's 'rebuild' and content 'integrity-check' failed. The same strings, so the
-- index is not rebuilt. Hand-written: drizzle does not know views or triggers.
DROP TRIGGER `citations_fts_insert`;--> statement-breakpoint
DROP TRIGGER `citations_fts_delete`;--> statement-breakpoint
DROP VIEW `citations_fts_source`;--> statement-breakpoint
CREATE VIEW `citations_fts_source` AS
SELECT `id`, citation_authors(`authors`) AS `authors`, `title`, `publisher`,
  citation_text(`text`, `kind`, `authors`, `year`, `date`, `title`, `chapter`, `pages`, `place`, `publisher`, `url`, `format`, `fields`) AS `text`
FROM `citations`;
--> statement-breakpoint
CREATE TRIGGER `citations_fts_insert` AFTER INSERT ON `citations` BEGIN
  INSERT INTO `citations_fts` (rowid, `authors`, `title`, `publisher`, `text`)
  VALUES (
    new.`id`,
    citation_authors(new.`authors`),
    new.`title`,
    new.`publisher`,
    citation_text(new.`text`, new.`kind`, new.`authors`, new.`year`, new.`date`, new.`title`, new.`chapter`, new.`pages`, new.`place`, new.`publisher`, new.`url`, new.`format`, new.`fields`)
  );
END;
--> statement-breakpoint
CREATE TRIGGER `citations_fts_delete` AFTER DELETE ON `citations` BEGIN
  INSERT INTO `citations_fts` (`citations_fts`, rowid, `authors`, `title`, `publisher`, `text`)
  SELECT 'delete', old.`id`, citation_authors(old.`authors`), old.`title`, old.`publisher`,
    citation_text(old.`text`, old.`kind`, old.`authors`, old.`year`, old.`date`, old.`title`, old.`chapter`, old.`pages`, old.`place`, old.`publisher`, old.`url`, old.`format`, old.`fields`)
  WHERE EXISTS (SELECT 1 FROM `citations_fts_docsize` WHERE `id` = old.`id`);
END;
