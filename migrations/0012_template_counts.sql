CREATE TABLE `template_counts` (
	`name_key` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`articles` integer NOT NULL,
	`is_citation` integer NOT NULL
);
--> statement-breakpoint
-- Databases imported before 0012 are counted once here; each import run counts again (src/db/template-counts.ts).
INSERT INTO `template_counts` (`name_key`, `name`, `articles`, `is_citation`)
  SELECT `name_key`, min(`name`), count(*), max(`is_citation`) FROM `templates` GROUP BY `name_key`;
