CREATE TABLE `categories` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`sort_key` text,
	`sort_by` text NOT NULL,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `categories_members` ON `categories` (`name_key`,`sort_by`,`article_id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `format` text DEFAULT 'text' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_id` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_timestamp` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_sha1` text;--> statement-breakpoint
ALTER TABLE `infobox_fields` ADD `raw` text;--> statement-breakpoint
ALTER TABLE `infobox_fields` ADD `links` text;--> statement-breakpoint
ALTER TABLE `redirects` ADD `fragment` text;