CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`title_key` text NOT NULL,
	`title_fold` text NOT NULL,
	`slug` text NOT NULL,
	`site_name` text,
	`site_tagline` text,
	`summary` text,
	`infobox_title` text,
	`infobox_template` text,
	`has_infobox` integer NOT NULL,
	`content_hash` text NOT NULL,
	`source_bytes` integer NOT NULL,
	`source_name` text NOT NULL,
	`parser_version` integer NOT NULL,
	`trailing` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_title_key` ON `articles` (`title_key`);--> statement-breakpoint
CREATE INDEX `articles_title_fold` ON `articles` (`title_fold`);--> statement-breakpoint
CREATE TABLE `blocks` (
	`article_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`section_idx` integer NOT NULL,
	`kind` text NOT NULL,
	`text` text NOT NULL,
	`hatnote_kind` text,
	PRIMARY KEY(`article_id`, `seq`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `blocks_section` ON `blocks` (`article_id`,`section_idx`);--> statement-breakpoint
CREATE TABLE `citation_uses` (
	`article_id` integer NOT NULL,
	`part_seq` integer NOT NULL,
	`position` integer NOT NULL,
	`n` integer NOT NULL,
	`section_idx` integer,
	PRIMARY KEY(`article_id`, `part_seq`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `citation_uses_n` ON `citation_uses` (`article_id`,`n`);--> statement-breakpoint
CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`n` integer NOT NULL,
	`seq` integer NOT NULL,
	`text` text NOT NULL,
	`kind` text NOT NULL,
	`authors` text NOT NULL,
	`year` integer,
	`date` text,
	`title` text,
	`chapter` text,
	`pages` text,
	`place` text,
	`publisher` text,
	`url` text,
	`format` text,
	`fields` text NOT NULL,
	`source_id` integer,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `citations_article_n` ON `citations` (`article_id`,`n`);--> statement-breakpoint
CREATE INDEX `citations_source` ON `citations` (`source_id`,`id`);--> statement-breakpoint
CREATE INDEX `citations_year` ON `citations` (`year`,`id`);--> statement-breakpoint
CREATE TABLE `infobox_fields` (
	`article_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`position` integer NOT NULL,
	`key` text NOT NULL,
	`label` text,
	`text` text NOT NULL,
	`values` text,
	`date` text,
	`group_name` text,
	`supplied` integer NOT NULL,
	PRIMARY KEY(`article_id`, `seq`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `infobox_fields_key` ON `infobox_fields` (`article_id`,`key`);--> statement-breakpoint
CREATE TABLE `links` (
	`article_id` integer NOT NULL,
	`part_seq` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`target_key` text NOT NULL,
	`section_idx` integer,
	PRIMARY KEY(`article_id`, `part_seq`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `links_target` ON `links` (`target_key`);--> statement-breakpoint
CREATE TABLE `parts` (
	`article_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`line` integer NOT NULL,
	`lead` text NOT NULL,
	`raw` text NOT NULL,
	PRIMARY KEY(`article_id`, `seq`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `redirects` (
	`from_key` text PRIMARY KEY NOT NULL,
	`from_title` text NOT NULL,
	`article_id` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `redirects_article` ON `redirects` (`article_id`);--> statement-breakpoint
CREATE TABLE `sections` (
	`article_id` integer NOT NULL,
	`idx` integer NOT NULL,
	`title` text,
	`anchor` text,
	`level` integer NOT NULL,
	`heading_seq` integer,
	PRIMARY KEY(`article_id`, `idx`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sections_anchor` ON `sections` (`article_id`,`anchor`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`title` text,
	`authors` text NOT NULL,
	`year` integer,
	`publisher` text,
	`place` text,
	`url` text,
	`kind` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key` ON `sources` (`key`);