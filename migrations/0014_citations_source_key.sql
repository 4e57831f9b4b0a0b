ALTER TABLE `citations` ADD `source_key` text;--> statement-breakpoint
CREATE INDEX `citations_source_key` ON `citations` (`source_key`);--> statement-breakpoint
-- Hand-written: the key is computed in JavaScript (workKey), which SQL cannot do, so the
-- citations of an existing database are marked '?' (no real key is: a title key has no
-- punctuation, a URL key starts with `url:`), and the next import computes their keys and
-- groups every citation again (src/db/sources.ts).
UPDATE `citations` SET `source_key` = '?' WHERE `kind` NOT IN ('ibid', 'note');
