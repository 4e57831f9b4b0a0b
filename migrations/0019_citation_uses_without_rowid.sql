-- Hand-written (drizzle cannot say WITHOUT ROWID): citation_uses made again WITHOUT ROWID, its primary
-- key the table itself instead of an index beside a rowid table (as links in 0016); the same columns,
-- rows and index.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_citation_uses` (
	`article_id` integer NOT NULL,
	`part_seq` integer NOT NULL,
	`position` integer NOT NULL,
	`n` integer NOT NULL,
	`section_idx` integer,
	PRIMARY KEY(`article_id`, `part_seq`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_citation_uses` (`article_id`, `part_seq`, `position`, `n`, `section_idx`)
  SELECT `article_id`, `part_seq`, `position`, `n`, `section_idx` FROM `citation_uses`;--> statement-breakpoint
DROP TABLE `citation_uses`;--> statement-breakpoint
ALTER TABLE `__new_citation_uses` RENAME TO `citation_uses`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `citation_uses_n` ON `citation_uses` (`article_id`,`n`);
