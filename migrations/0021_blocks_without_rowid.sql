-- blocks made again WITHOUT ROWID (issue 27), hand-written as 0019 was (drizzle cannot say WITHOUT
-- ROWID; it generated the DROP INDEX): since 0020 a block row holds no text, so its primary key is
-- the table instead of an index beside a rowid table, and `blocks_section` goes (a section's blocks
-- are found through their article, the key's prefix). sections_fts's view and triggers read
-- `blocks` by name: they are left as they are, and the rename that puts the new table in its place
-- runs with legacy_alter_table, which does not check them against the table dropped just before.
DROP INDEX `blocks_section`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_blocks` (
	`article_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`section_idx` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`hatnote_kind` text,
	`text_length` integer,
	PRIMARY KEY(`article_id`, `seq`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_blocks` (`article_id`, `seq`, `section_idx`, `kind`, `text`, `hatnote_kind`, `text_length`)
  SELECT `article_id`, `seq`, `section_idx`, `kind`, `text`, `hatnote_kind`, `text_length` FROM `blocks`;--> statement-breakpoint
DROP TABLE `blocks`;--> statement-breakpoint
PRAGMA legacy_alter_table=ON;--> statement-breakpoint
ALTER TABLE `__new_blocks` RENAME TO `blocks`;--> statement-breakpoint
PRAGMA legacy_alter_table=OFF;--> statement-breakpoint
PRAGMA foreign_keys=ON;
