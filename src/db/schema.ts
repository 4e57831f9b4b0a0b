/**
 * The database schema (drizzle): the source of the row types. Migrations in `migrations/` are
 * generated from this file by drizzle-kit; FTS5 tables live in custom migrations, outside it.
 *
 * Losslessness: `parts` holds every line of every source document (kind, line, lead, raw), so
 * `render()` over an article's parts gives back its source byte for byte. The other tables are
 * the parsed views, pointing at parts by `(article_id, seq)`.
 */
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { IdentifierKind } from '../document/identifiers.js';
import type { BlockKind, InfoboxField, PartKind } from '../document/types.js';

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

export const redirects = sqliteTable(
  'redirects',
  {
    /** normalizeTitle(fromTitle): the lookup key. */
    fromKey: text('from_key').primaryKey(),
    fromTitle: text('from_title').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** The section of the target a wikitext redirect points to (`#REDIRECT [[X#Fragment]]`). */
    fragment: text('fragment'),
  },
  (t) => [index('redirects_article').on(t.articleId)],
);

/** The categories of an article (`[[Category:X|sort key]]`). */
export const categories = sqliteTable(
  'categories',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
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

/** An infobox beyond the first, as stored in `articles.more_infoboxes`: as the wire gives it (its fields without their part seq). */
export interface StoredInfobox {
  title: string | null;
  template: string | null;
  fields: InfoboxField[];
}

/** One part of a document, as stored: its index in `items` is its `seq`. */
export type StoredPart = [kind: PartKind, line: number, lead: string, raw: string];

/**
 * The parts of an article, in one row: read only whole (to render the source), they cost one
 * insert instead of one a line (migration 0004 turned the row-a-part table into this).
 */
export const parts = sqliteTable('parts', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  /** JSON array of StoredPart, in seq order. */
  items: text('items', { mode: 'json' }).$type<StoredPart[]>().notNull(),
});

export const infoboxFields = sqliteTable(
  'infobox_fields',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
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
  },
  (t) => [primaryKey({ columns: [t.articleId, t.seq] }), index('infobox_fields_key').on(t.articleId, t.key)],
);

export const sections = sqliteTable(
  'sections',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    index: integer('idx').notNull(),
    title: text('title'),
    anchor: text('anchor'),
    level: integer('level').notNull(),
    headingSeq: integer('heading_seq'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.index] }), index('sections_anchor').on(t.articleId, t.anchor)],
);

/** Paragraphs, lists and hatnotes: the blocks of a section. */
export const blocks = sqliteTable(
  'blocks',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    sectionIndex: integer('section_idx').notNull(),
    kind: text('kind').$type<BlockKind>().notNull(),
    text: text('text').notNull(),
    hatnoteKind: text('hatnote_kind'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.seq] }), index('blocks_section').on(t.articleId, t.sectionIndex)],
);

/**
 * Distinct cited works: the same work cited from several places or articles is one source
 * (grouped by src/document/grouping.ts `sameWork`).
 */
export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** workKey() of the first citation: the normalised title (or `url:` and the URL); several works can share one. */
    key: text('key').notNull(),
    title: text('title'),
    authors: text('authors', { mode: 'json' }).$type<string[]>().notNull(),
    year: integer('year'),
    publisher: text('publisher'),
    place: text('place'),
    url: text('url'),
    kind: text('kind').notNull(),
  },
  // Unique only through the id: a bulk import drops the non-unique indexes until it ends, and the
  // writer looks works up by key throughout.
  (t) => [uniqueIndex('sources_key').on(t.key, t.id)],
);

/** The ISBNs (ISBN-13 digits), DOIs (lower case) and OCLC numbers of a source's citations. */
export const sourceIdentifiers = sqliteTable(
  'source_identifiers',
  {
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<IdentifierKind>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.kind, t.value, t.sourceId] }), uniqueIndex('source_identifiers_source').on(t.sourceId, t.kind, t.value)],
);

export const citations = sqliteTable(
  'citations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    kind: text('kind').notNull(),
    authors: text('authors', { mode: 'json' }).$type<string[]>().notNull(),
    year: integer('year'),
    date: text('date'),
    title: text('title'),
    chapter: text('chapter'),
    pages: text('pages'),
    place: text('place'),
    publisher: text('publisher'),
    url: text('url'),
    format: text('format').$type<'PDF' | 'HTML'>(),
    /** The full parsed reference (every field of ReferenceFields), for the API. */
    fields: text('fields', { mode: 'json' }).notNull(),
    sourceId: integer('source_id').references(() => sources.id),
  },
  (t) => [
    uniqueIndex('citations_article_n').on(t.articleId, t.n),
    index('citations_source').on(t.sourceId, t.id),
    // Covers a source's citation and article counts (GET /v1/sources): without it, counting the
    // distinct articles read every citation row of the source (~300 ms a page at 100,000 articles).
    index('citations_source_article').on(t.sourceId, t.articleId),
    index('citations_year').on(t.year, t.id),
  ],
);

/** The identifiers of each citation (`?isbn=`, `?doi=`), by its article and number. */
export const citationIdentifiers = sqliteTable(
  'citation_identifiers',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    n: integer('n').notNull(),
    kind: text('kind').$type<IdentifierKind>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.n, t.kind, t.value] }), index('citation_identifiers_value').on(t.kind, t.value, t.articleId, t.n)],
);

/** Where each citation is used: one row per `[n]` marker occurrence in a block or infobox field. */
export const citationUses = sqliteTable(
  'citation_uses',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    partSeq: integer('part_seq').notNull(),
    position: integer('position').notNull(),
    n: integer('n').notNull(),
    /** null for markers inside the infobox, which belong to no section. */
    sectionIndex: integer('section_idx'),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.partSeq, t.position] }),
    index('citation_uses_n').on(t.articleId, t.n),
  ],
);

/** Hatnote targets: links to other articles. */
export const links = sqliteTable(
  'links',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    partSeq: integer('part_seq').notNull(),
    position: integer('position').notNull(),
    kind: text('kind').notNull(),
    target: text('target').notNull(),
    targetKey: text('target_key').notNull(),
    sectionIndex: integer('section_idx'),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.partSeq, t.position] }), index('links_target').on(t.targetKey)],
);

/** The templates an article transcludes, by first use (`GET /v1/templates` counts articles by `name_key`). */
export const templates = sqliteTable(
  'templates',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** Without its namespace, normalised as titles are. */
    name: text('name').notNull(),
    /** normalizeTitle(name). */
    nameKey: text('name_key').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] }), index('templates_name').on(t.nameKey, t.articleId)],
);

/**
 * The locations an article gives, in document order; `coordinates_rtree` (migration 0010, an
 * R*Tree kept in step by triggers) indexes them by their rowid for geosearch.
 */
export const coordinates = sqliteTable(
  'coordinates',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    lat: real('lat').notNull(),
    lon: real('lon').notNull(),
    primary: integer('is_primary', { mode: 'boolean' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.position] })],
);

/**
 * Import runs: each one is a generation of the database, which a server names in /readyz. Only
 * the last runs are kept (see src/importer/changes.ts), with their changes.
 */
export const importRuns = sqliteTable('import_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** When the run finished (ISO 8601). */
  at: text('at').notNull(),
  /** sha256 over every article's content hash and every redirect: equal for equal content. */
  contentHash: text('content_hash').notNull(),
  /** The first change seq this run could have written: a cursor before it is past the retention once the runs before are pruned. */
  firstSeq: integer('first_seq').notNull(),
  articles: integer('articles').notNull(),
});

export type ChangeType = 'created' | 'updated' | 'deleted' | 'redirect-added' | 'redirect-removed';

/** What each import run changed, in order: the change feed (/v1/changes). */
export const changes = sqliteTable(
  'changes',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => importRuns.id, { onDelete: 'cascade' }),
    type: text('type').$type<ChangeType>().notNull(),
    /** The article's title, or the redirect's own title. */
    title: text('title').notNull(),
    /** The source revision, for formats that have one (null for plain-text documents). */
    revision: integer('revision'),
    /** The article's content hash after the change (null when deleted or for a removed redirect). */
    etag: text('etag'),
  },
  (t) => [index('changes_run').on(t.runId)],
);
