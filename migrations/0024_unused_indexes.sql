-- Indexes no query reads (issue 27): citations by (source, id), which citations_source_article
-- (source, article) serves as well; infobox fields by key and sections by anchor, which are read
-- as all of an article's, by its key's prefix. IF EXISTS: a database
-- made by hand as an earlier one (test/db/metadata.test.ts) may lack one.
DROP INDEX IF EXISTS `citations_source`;--> statement-breakpoint
DROP INDEX IF EXISTS `infobox_fields_key`;--> statement-breakpoint
DROP INDEX IF EXISTS `sections_anchor`;