-- A citation's text kept once (issue 27): where it is what its fields display (a citation template's
-- rendering), the row holds an empty BLOB and the text is derived by citation_text(), a function
-- every connection registers (src/db/citation-text.ts). The citation index's view and triggers read
-- the text through it; its rows are the same texts, so it is not rebuilt. Then the texts stored so
-- far that their fields give back are emptied. Hand-written: drizzle does not know views or triggers.
DROP TRIGGER `citations_fts_insert`;--> statement-breakpoint
DROP TRIGGER `citations_fts_delete`;--> statement-breakpoint
DROP VIEW `citations_fts_source`;--> statement-breakpoint
CREATE VIEW `citations_fts_source` AS
SELECT `id`, (SELECT group_concat(value, '; ') FROM json_each(`authors`)) AS `authors`, `title`, `publisher`,
  citation_text(`text`, `kind`, `authors`, `year`, `date`, `title`, `chapter`, `pages`, `place`, `publisher`, `url`, `format`, `fields`) AS `text`
FROM `citations`;
--> statement-breakpoint
CREATE TRIGGER `citations_fts_insert` AFTER INSERT ON `citations` BEGIN
  INSERT INTO `citations_fts` (rowid, `authors`, `title`, `publisher`, `text`)
  VALUES (
    new.`id`,
    (SELECT group_concat(value, '; ') FROM json_each(new.`authors`)),
    new.`title`,
    new.`publisher`,
    citation_text(new.`text`, new.`kind`, new.`authors`, new.`year`, new.`date`, new.`title`, new.`chapter`, new.`pages`, new.`place`, new.`publisher`, new.`url`, new.`format`, new.`fields`)
  );
END;
--> statement-breakpoint
CREATE TRIGGER `citations_fts_delete` AFTER DELETE ON `citations` BEGIN
  INSERT INTO `citations_fts` (`citations_fts`, rowid, `authors`, `title`, `publisher`, `text`)
  SELECT 'delete', old.`id`, (SELECT group_concat(value, '; ') FROM json_each(old.`authors`)), old.`title`, old.`publisher`,
    citation_text(old.`text`, old.`kind`, old.`authors`, old.`year`, old.`date`, old.`title`, old.`chapter`, old.`pages`, old.`place`, old.`publisher`, old.`url`, old.`format`, old.`fields`)
  WHERE EXISTS (SELECT 1 FROM `citations_fts_docsize` WHERE `id` = old.`id`);
END;
--> statement-breakpoint
UPDATE `citations` SET `text` = X''
WHERE `text` <> '' AND `text` = citation_text(X'', `kind`, `authors`, `year`, `date`, `title`, `chapter`, `pages`, `place`, `publisher`, `url`, `format`, `fields`);
