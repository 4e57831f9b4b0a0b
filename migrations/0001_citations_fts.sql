-- Full-text index over citations (author, title, publisher, whole reference text), kept in step
-- with the citations table by triggers. unicode61 with diacritics removed: "Perez" finds "Pérez".
CREATE VIRTUAL TABLE `citations_fts` USING fts5(
  `authors`, `title`, `publisher`, `text`,
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
  DELETE FROM `citations_fts` WHERE rowid = old.`id`;
END;
