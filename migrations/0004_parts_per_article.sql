PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_parts` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`items` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- An article's parts, one row a part until now, become one JSON array of [kind, line, lead, raw]
-- in seq order (seq is the index: 0, 1, 2, ... in every document).
INSERT INTO `__new_parts`("article_id", "items")
SELECT "article_id", json_group_array(json_array("kind", "line", "lead", "raw") ORDER BY "seq") FROM `parts` GROUP BY "article_id";--> statement-breakpoint
DROP TABLE `parts`;--> statement-breakpoint
ALTER TABLE `__new_parts` RENAME TO `parts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;