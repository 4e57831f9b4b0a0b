CREATE TABLE `link_targets` (
	`id` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `link_targets_key_unique` ON `link_targets` (`key`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_links` (
	`article_id` integer NOT NULL,
	`part_seq` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` integer NOT NULL,
	`target_id` integer NOT NULL,
	`target` text,
	`section_idx` integer,
	PRIMARY KEY(`article_id`, `part_seq`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
-- Hand-written: `WITHOUT ROWID` above (drizzle cannot say it), and the data moves below in place of
-- drizzle's column-for-column copy. Each key once; each link its target's id, its text only when it
-- is not the key, its kind as its index in LINK_KINDS (src/db/schema/content.ts) — a kind not in that
-- list is NULL, which NOT NULL refuses, so the migration fails rather than misread it.
INSERT INTO `link_targets` (`key`) SELECT `target_key` FROM `links` GROUP BY `target_key` ORDER BY min(`rowid`);--> statement-breakpoint
INSERT INTO `__new_links` ("article_id", "part_seq", "position", "kind", "target_id", "target", "section_idx")
  SELECT l.`article_id`, l.`part_seq`, l.`position`,
    CASE l.`kind` WHEN 'link' THEN 0 WHEN 'see-also' THEN 1 WHEN 'main' THEN 2 WHEN 'further' THEN 3 WHEN 'about' THEN 4 WHEN 'redirect' THEN 5 END,
    t.`id`, nullif(l.`target`, l.`target_key`), l.`section_idx`
  FROM `links` l JOIN `link_targets` t ON t.`key` = l.`target_key`;--> statement-breakpoint
DROP TABLE `links`;--> statement-breakpoint
ALTER TABLE `__new_links` RENAME TO `links`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `links_target` ON `links` (`target_id`);