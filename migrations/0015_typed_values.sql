ALTER TABLE `infobox_fields` ADD `value` text;--> statement-breakpoint
ALTER TABLE `template_parameters` ADD `typed` text;--> statement-breakpoint
ALTER TABLE `template_parameters` ADD `sort_kind` text;--> statement-breakpoint
ALTER TABLE `template_parameters` ADD `sort_value` real;--> statement-breakpoint
CREATE INDEX `template_parameters_typed` ON `template_parameters` (`template_key`,`name`,`sort_kind`,`sort_value`,`article_id`,`position`) WHERE sort_kind IS NOT NULL;