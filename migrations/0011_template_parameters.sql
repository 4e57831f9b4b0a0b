CREATE TABLE `template_parameters` (
	`article_id` integer NOT NULL,
	`position` integer NOT NULL,
	`template` integer NOT NULL,
	`use` integer NOT NULL,
	`template_key` text NOT NULL,
	`name` text NOT NULL,
	`value` text,
	`value_key` text,
	PRIMARY KEY(`article_id`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `template_parameters_value` ON `template_parameters` (`template_key`,`name`,`value_key`,`article_id`);--> statement-breakpoint
ALTER TABLE `templates` ADD `is_citation` integer DEFAULT false NOT NULL;