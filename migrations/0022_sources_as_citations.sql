-- A source is read from its representative citation instead of a copy of its fields (issue 27).
-- Hand-written: drizzle-kit generated the ADD and DROPs, but a NOT NULL column added to a table
-- with rows needs a default (no row keeps it: each is set here, and the writer always sets it),
-- and the table cannot be rebuilt instead: dropping it would delete its identifiers (ON DELETE
-- CASCADE) inside the migration's transaction, where foreign_keys cannot be turned off.
ALTER TABLE `sources` ADD `citation_id` integer NOT NULL DEFAULT 0;--> statement-breakpoint
-- The citation whose fields the writer copied (the first of them); else, for a source written
-- by an earlier writer from a citation since replaced, its first citation other than "Ibid.",
-- which is what the next run that touches the work would copy.
UPDATE `sources` SET `citation_id` = coalesce(
  (SELECT min(c.`id`) FROM `citations` c WHERE c.`source_id` = `sources`.`id` AND c.`title` IS `sources`.`title`
     AND c.`authors` IS `sources`.`authors` AND c.`year` IS `sources`.`year` AND c.`publisher` IS `sources`.`publisher`
     AND c.`place` IS `sources`.`place` AND c.`url` IS `sources`.`url` AND c.`kind` IS `sources`.`kind`),
  (SELECT min(c.`id`) FROM `citations` c WHERE c.`source_id` = `sources`.`id` AND c.`kind` <> 'ibid'),
  (SELECT min(c.`id`) FROM `citations` c WHERE c.`source_id` = `sources`.`id`),
  0);--> statement-breakpoint
-- A source no citation points to has nothing to be read from; every run ends by pruning those.
DELETE FROM `sources` WHERE `citation_id` = 0;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `title`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `authors`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `year`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `publisher`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `place`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `url`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `kind`;
