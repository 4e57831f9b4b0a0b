/**
 * The articles table, one row an article with its title keys, site, source and revision, and its
 * metadata (description, image, the infoboxes after the first); and the redirects that lead to it.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { InfoboxField } from '../../document/types.js';

export const articles = sqliteTable(
  'articles',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    title: text('title').notNull(),
    /** normalizeTitle(title): the lookup key. */
    titleKey: text('title_key').notNull(),
    /** fold(title): for case- and diacritic-insensitive suggestions. */
    titleFold: text('title_fold').notNull(),
    slug: text('slug').notNull(),
    siteName: text('site_name'),
    siteTagline: text('site_tagline'),
    /** The wiki's main page URL (a MediaWiki export's `<base>`). */
    siteUrl: text('site_url'),
    summary: text('summary'),
    infoboxTitle: text('infobox_title'),
    infoboxTemplate: text('infobox_template'),
    hasInfobox: integer('has_infobox', { mode: 'boolean' }).notNull(),
    /** sha256 of the source text: the article's content hash, its ETag. */
    contentHash: text('content_hash').notNull(),
    sourceBytes: integer('source_bytes').notNull(),
    /** File name the article was imported from. */
    sourceName: text('source_name').notNull(),
    /** The parser version that produced the rows: a re-import of unchanged text by the same parser is skipped. */
    parserVersion: integer('parser_version').notNull(),
    /** Text after the last part (e.g. a final newline). */
    trailing: text('trailing').notNull(),
    /** The source format: `text` or `wikitext`. */
    format: text('format').$type<'text' | 'wikitext'>().notNull().default('text'),
    /** The revision imported (wikitext); null for text documents. */
    revisionId: integer('revision_id'),
    revisionTimestamp: text('revision_timestamp'),
    revisionSha1: text('revision_sha1'),
    /** The revision's details (migration 0009; null in a database imported before it, and for text documents). */
    revisionParentId: integer('revision_parent_id'),
    /** The editor: a user's name or an anonymous editor's IP address (both null when the export hides it). */
    revisionContributorName: text('revision_contributor_name'),
    revisionContributorIp: text('revision_contributor_ip'),
    revisionComment: text('revision_comment'),
    revisionMinor: integer('revision_minor', { mode: 'boolean' }),
    /** The revision text's size in bytes (UTF-8). */
    revisionSize: integer('revision_size'),
    /** `{{Short description|…}}`. */
    description: text('description'),
    /** The main image (all four null when none). */
    imageFile: text('image_file'),
    imageCaption: text('image_caption'),
    imageAlt: text('image_alt'),
    imageHref: text('image_href'),
    /**
     * The infoboxes after the first (nested ones included), as the wire gives them: read only
     * whole, with the article. The first stays in infobox_fields. Null when there are none.
     */
    moreInfoboxes: text('more_infoboxes', { mode: 'json' }).$type<StoredInfobox[]>(),
  },
  (t) => [uniqueIndex('articles_title_key').on(t.titleKey), index('articles_title_fold').on(t.titleFold)],
);

/** The `article_id` of a row that belongs to an article: required, and deleted with the article. */
export const articleColumn = () =>
  integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' });

export const redirects = sqliteTable(
  'redirects',
  {
    /** normalizeTitle(fromTitle): the lookup key. */
    fromKey: text('from_key').primaryKey(),
    fromTitle: text('from_title').notNull(),
    articleId: articleColumn(),
    /** The section of the target a wikitext redirect points to (`#REDIRECT [[X#Fragment]]`). */
    fragment: text('fragment'),
  },
  (t) => [index('redirects_article').on(t.articleId)],
);

/** An infobox beyond the first, as stored in `articles.more_infoboxes`: as the wire gives it (its fields without their part seq). */
export interface StoredInfobox {
  title: string | null;
  template: string | null;
  fields: InfoboxField[];
}
