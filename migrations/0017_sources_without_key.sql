DROP INDEX `sources_key`;--> statement-breakpoint
ALTER TABLE `sources` DROP COLUMN `key`;