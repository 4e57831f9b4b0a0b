-- Hand-written (drizzle cannot say WITHOUT ROWID): templates, template_parameters and categories made
-- again WITHOUT ROWID (issue 27), each primary key the table itself instead of an index beside a rowid
-- table (as citation_uses in 0019, blocks in 0021); the same columns, rows and indexes. No view or
-- trigger reads them, and no other table refers to them.
CREATE TABLE `__new_templates` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`count` integer NOT NULL,
	`is_citation` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_templates` (`article_id`, `position`, `name`, `name_key`, `count`, `is_citation`)
  SELECT `article_id`, `position`, `name`, `name_key`, `count`, `is_citation` FROM `templates`;--> statement-breakpoint
DROP TABLE `templates`;--> statement-breakpoint
ALTER TABLE `__new_templates` RENAME TO `templates`;--> statement-breakpoint
CREATE INDEX `templates_name` ON `templates` (`name_key`,`article_id`);--> statement-breakpoint
CREATE TABLE `__new_template_parameters` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`template` integer NOT NULL,
	`use` integer NOT NULL,
	`template_key` text NOT NULL,
	`name` text NOT NULL,
	`value` text,
	`value_key` text,
	`typed` text,
	`sort_kind` text,
	`sort_value` real,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_template_parameters` (`article_id`, `position`, `template`, `use`, `template_key`, `name`, `value`, `value_key`, `typed`, `sort_kind`, `sort_value`)
  SELECT `article_id`, `position`, `template`, `use`, `template_key`, `name`, `value`, `value_key`, `typed`, `sort_kind`, `sort_value` FROM `template_parameters`;--> statement-breakpoint
DROP TABLE `template_parameters`;--> statement-breakpoint
ALTER TABLE `__new_template_parameters` RENAME TO `template_parameters`;--> statement-breakpoint
CREATE INDEX `template_parameters_value` ON `template_parameters` (`template_key`,`name`,`value_key`,`article_id`);--> statement-breakpoint
CREATE INDEX `template_parameters_typed` ON `template_parameters` (`template_key`,`name`,`sort_kind`,`sort_value`,`article_id`,`position`) WHERE sort_kind IS NOT NULL;--> statement-breakpoint
CREATE TABLE `__new_categories` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`sort_key` text,
	`sort_by` text NOT NULL,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_categories` (`article_id`, `position`, `name`, `name_key`, `sort_key`, `sort_by`)
  SELECT `article_id`, `position`, `name`, `name_key`, `sort_key`, `sort_by` FROM `categories`;--> statement-breakpoint
DROP TABLE `categories`;--> statement-breakpoint
ALTER TABLE `__new_categories` RENAME TO `categories`;--> statement-breakpoint
CREATE INDEX `categories_members` ON `categories` (`name_key`,`sort_by`,`article_id`);
