CREATE TABLE `coordinates` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`lat` real NOT NULL,
	`lon` real NOT NULL,
	`is_primary` integer NOT NULL,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `templates` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `templates_name` ON `templates` (`name_key`,`article_id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_parent_id` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_contributor_name` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_contributor_ip` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_comment` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_minor` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `revision_size` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `description` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `image_file` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `image_caption` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `image_alt` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `image_href` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `more_infoboxes` text;