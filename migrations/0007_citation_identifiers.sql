CREATE TABLE `citation_identifiers` (
	`article_id` integer NOT NULL,
	`n` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`article_id`, `n`, `kind`, `value`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `citation_identifiers_value` ON `citation_identifiers` (`kind`,`value`,`article_id`,`n`);--> statement-breakpoint
CREATE TABLE `source_identifiers` (
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`kind`, `value`, `source_id`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `source_identifiers_source` ON `source_identifiers` (`source_id`,`kind`,`value`);--> statement-breakpoint
DROP INDEX `sources_key`;--> statement-breakpoint
CREATE UNIQUE INDEX `sources_key` ON `sources` (`key`,`id`);