/**
 * An article's parsed views, each row pointing back at its parts by `(article_id, seq)`: the parts
 * themselves (the lossless source), infobox fields, sections, blocks, categories, links, templates
 * with the parameters each use passes, and coordinates.
 */
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BlockKind, PartKind } from '../../document/types.js';
import type { TypedValue } from '../../document/values/schema.js';
import { articleColumn, articles } from './articles.js';

/** The categories of an article (`[[Category:X|sort key]]`). A WITHOUT ROWID table (migration 0025, which drizzle cannot express): its primary key is the table. */
export const categories = sqliteTable(
  'categories',
  {
    articleId: articleColumn(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** normalizeTitle(name). */
    nameKey: text('name_key').notNull(),
    sortKey: text('sort_key'),
    /** The sort key, else the page's DEFAULTSORT, else its title: what members are listed by. */
    sortBy: text('sort_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] }), index('categories_members').on(t.nameKey, t.sortBy, t.articleId)],
);

/**
 * One part of a document, as stored: its index in `items` is its `seq`; its lead and raw text are
 * the source's bytes (UTF-8) from `start` to `rawStart` and from `rawStart` to `end`.
 */
export type StoredPart = [kind: PartKind, line: number, start: number, rawStart: number, end: number];

/**
 * The parts of an article, in one row: read only whole, they cost one insert instead of one a line
 * (migration 0004). The source is kept once, compressed (src/db/source.ts), and the parts are
 * ranges into it (migration 0013), not copies of its text.
 */
export const parts = sqliteTable('parts', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  /**
   * JSON array of StoredPart, in seq order, raw DEFLATE (a BLOB; src/db/source.ts); a row written
   * before the parts were compressed holds the JSON as TEXT. Declared TEXT all the same: SQLite keeps
   * a BLOB as it is in a TEXT column, so both read back as they were written, without a migration.
   */
  items: text('items').$type<Uint8Array | string>().notNull(),
  /** The source, raw DEFLATE of its UTF-8 (a BLOB); a database migrated from before 0013 keeps it as TEXT, uncompressed. */
  source: blob('source', { mode: 'buffer' }).notNull(),
});

export const infoboxFields = sqliteTable(
  'infobox_fields',
  {
    articleId: articleColumn(),
    seq: integer('seq').notNull(),
    position: integer('position').notNull(),
    key: text('key').notNull(),
    label: text('label'),
    text: text('text').notNull(),
    values: text('values', { mode: 'json' }).$type<string[]>(),
    date: text('date'),
    groupName: text('group_name'),
    supplied: integer('supplied', { mode: 'boolean' }).notNull(),
    /** Wikitext: the parameter's value as written, and the articles it links to. */
    raw: text('raw'),
    links: text('links', { mode: 'json' }).$type<string[]>(),
    /** The typed value (src/document/values), JSON; null when nothing is certain. */
    value: text('value', { mode: 'json' }).$type<TypedValue>(),
  },
  // An article's fields are read by its key's prefix; nothing looks one up by key (an index on it went with migration 0024).
  (t) => [primaryKey({ columns: [t.articleId, t.seq] })],
);

export const sections = sqliteTable(
  'sections',
  {
    articleId: articleColumn(),
    index: integer('idx').notNull(),
    title: text('title'),
    anchor: text('anchor'),
    level: integer('level').notNull(),
    headingSeq: integer('heading_seq'),
    /**
     * The text of its blocks other than hatnotes, joined with newlines, raw DEFLATE (db/section-text.ts,
     * migration 0020): the blocks keep only their lengths. Null when it has none, or when written before 0020.
     */
    body: blob('body', { mode: 'buffer' }),
  },
  // An article's sections are read by its key's prefix, a section by anchor among them in memory (an index on it went with migration 0024).
  (t) => [primaryKey({ columns: [t.articleId, t.index] })],
);

/**
 * Paragraphs, lists and hatnotes: the blocks of a section. A WITHOUT ROWID table (migration 0021;
 * drizzle cannot say so): its primary key is the table; a section's blocks are read by its article.
 */
export const blocks = sqliteTable(
  'blocks',
  {
    articleId: articleColumn(),
    seq: integer('seq').notNull(),
    sectionIndex: integer('section_idx').notNull(),
    kind: text('kind').$type<BlockKind>().notNull(),
    /** Empty when `textLength` is set: the text is in its section's body. */
    text: text('text').notNull(),
    hatnoteKind: text('hatnote_kind'),
    /** Its text's length in UTF-16 units, its place in its section's body (db/section-text.ts); null for a hatnote, or a row written before migration 0020, which keep their text. */
    textLength: integer('text_length'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.seq] })],
);

/**
 * The title keys links point to, each once (migration 0016): a link stores its target's id, not
 * its key. Never deleted (a key nothing links to any more costs a row), so an id, once read, holds.
 */
export const linkTargets = sqliteTable('link_targets', {
  id: integer('id').primaryKey(),
  /** normalizeTitle(target). */
  key: text('key').notNull().unique(),
});

/**
 * Internal links and hatnote targets, in document order by part. A WITHOUT ROWID table (migration
 * 0016; drizzle cannot say so): the primary key is the table, and `links_target` holds
 * (target_id, article_id, part_seq, position), all that what-links-here reads.
 */
export const links = sqliteTable(
  'links',
  {
    articleId: articleColumn(),
    partSeq: integer('part_seq').notNull(),
    position: integer('position').notNull(),
    /** Its index in LINK_KINDS (db/link-values.ts). */
    kind: integer('kind').notNull(),
    targetId: integer('target_id').notNull(),
    /** The target as written, when it is not its key (null: the key). */
    target: text('target'),
    sectionIndex: integer('section_idx'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.partSeq, t.position] }), index('links_target').on(t.targetId)],
);

/**
 * The templates an article transcludes, by first use (`GET /v1/templates` counts articles by `name_key`).
 * A WITHOUT ROWID table (migration 0025, which drizzle cannot express): its primary key is the table.
 */
export const templates = sqliteTable(
  'templates',
  {
    articleId: articleColumn(),
    position: integer('position').notNull(),
    /** Without its namespace, normalised as titles are. */
    name: text('name').notNull(),
    /** normalizeTitle(name). */
    nameKey: text('name_key').notNull(),
    count: integer('count').notNull(),
    /** A citation template: its parameters are read into citations, not kept in template_parameters. */
    citation: integer('is_citation', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] }), index('templates_name').on(t.nameKey, t.articleId)],
);

/**
 * The parameters each use of a template passes, as displayed (citation templates' excepted), for
 * `GET /v1/templates/{name}?param=&value=`: `template_parameters_value` finds the articles where a
 * template's parameter has a folded value, in article id order. A WITHOUT ROWID table (migration
 * 0025, which drizzle cannot express): its primary key is the table.
 */
export const templateParameters = sqliteTable(
  'template_parameters',
  {
    articleId: articleColumn(),
    position: integer('position').notNull(),
    /** The template's `templates.position` in the article. */
    template: integer('template').notNull(),
    /** Which use of the template on the page, from 0. */
    use: integer('use').notNull(),
    /** The template's `name_key`, so that one index answers a query. */
    templateKey: text('template_key').notNull(),
    /** As written, trimmed; a positional parameter's number. */
    name: text('name').notNull(),
    /** Displayed, on one line; null when too long to keep. */
    value: text('value'),
    /** fold(value): case, diacritics and runs of spaces ignored. */
    valueKey: text('value_key'),
    /** Infobox templates: the value typed (src/document/values), JSON; null when nothing is certain. */
    typed: text('typed', { mode: 'json' }).$type<TypedValue>(),
    /** What `sortValue` is: `number`, `date`, or a quantity's base unit (`m2`, `USD`); null when the value is not compared. */
    sortKind: text('sort_kind'),
    /** The typed value as one number: a number, a quantity in its base unit, a date's key (document/values/sortable.ts). */
    sortValue: real('sort_value'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.position] }),
    index('template_parameters_value').on(t.templateKey, t.name, t.valueKey, t.articleId),
    // `?param=&min=&max=`, `before`/`after` and `order=param`: a range of one kind of a parameter, in value order, keyset by (value, article, position).
    index('template_parameters_typed').on(t.templateKey, t.name, t.sortKind, t.sortValue, t.articleId, t.position).where(sql`sort_kind IS NOT NULL`),
  ],
);

/**
 * The locations an article gives, in document order; `coordinates_rtree` (migration 0010, an
 * R*Tree kept in step by triggers) indexes them by their rowid for geosearch.
 */
export const coordinates = sqliteTable(
  'coordinates',
  {
    articleId: articleColumn(),
    position: integer('position').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
    primary: integer('is_primary', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] })],
);

/**
 * Each template with the number of articles transcluding it, for `GET /v1/templates` and the head
 * of `/v1/templates/{name}`: counted once at the end of each import run (db/template-counts.ts),
 * not per request — a template used by every article would cost a scan of its users each time.
 */
export const templateCounts = sqliteTable('template_counts', {
  nameKey: text('name_key').primaryKey(),
  /** As the first article using it spells it. */
  name: text('name').notNull(),
  articles: integer('articles').notNull(),
  citation: integer('is_citation', { mode: 'boolean' }).notNull(),
});
