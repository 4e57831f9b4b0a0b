/**
 * Citations and the works they cite: the distinct sources with their identifiers, each article's
 * citations with theirs, and where each citation is used.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { IdentifierKind } from '../../document/identifiers.js';
import { articleColumn } from './articles.js';

/**
 * Distinct cited works: the same work cited from several places or articles is one source
 * (grouped by src/document/grouping.ts `sameWork`). A source is what its representative citation
 * says (title, authors, year, publisher, place, URL, kind), read from that row, not copied.
 */
export const sources = sqliteTable(
  'sources',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // No foreign key: a run deletes a representative before it regroups its work and points the
    // source at another member (src/db/sources.ts); citation ids are never reused (AUTOINCREMENT).
    citationId: integer('citation_id').notNull(),
  },
  // No key of its own: the writer finds a work's citations by theirs (citations.source_key, src/db/sources.ts).
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
    articleId: articleColumn(),
    n: integer('n').notNull(),
    seq: integer('seq').notNull(),
    /**
     * The reference as displayed; an empty BLOB when that is what its fields display, derived on
     * reading (src/db/citation-text.ts, migration 0026). Declared TEXT: SQLite keeps a BLOB as it is.
     */
    text: text('text').$type<string | Uint8Array>().notNull(),
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
    /** The parsed reference's fields that no column holds and that are not empty, as JSON (src/db/citation-fields.ts); whole in a row an older version wrote. */
    fields: text('fields', { mode: 'json' }).notNull(),
    sourceId: integer('source_id').references(() => sources.id),
    /**
     * workKey() of the citation's title (or `url:` and its URL; null: it cites no work of its own):
     * the writer finds the citations a new one may be grouped with by it (src/db/sources.ts).
     */
    sourceKey: text('source_key'),
  },
  (t) => [
    uniqueIndex('citations_article_n').on(t.articleId, t.n),
    // Covers a source's citation and article counts (GET /v1/sources): without it, counting the
    // distinct articles read every citation row of the source (~300 ms a page at 100,000 articles).
    // It serves every lookup by source (one on (source, id) beside it went with migration 0024).
    index('citations_source_article').on(t.sourceId, t.articleId),
    index('citations_year').on(t.year, t.id),
    index('citations_source_key').on(t.sourceKey),
  ],
);

/** The identifiers of each citation (`?isbn=`, `?doi=`), by its article and number. */
export const citationIdentifiers = sqliteTable(
  'citation_identifiers',
  {
    articleId: articleColumn(),
    n: integer('n').notNull(),
    kind: text('kind').$type<IdentifierKind>().notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.n, t.kind, t.value] }), index('citation_identifiers_value').on(t.kind, t.value, t.articleId, t.n)],
);

/** Where each citation is used: one row per `[n]` marker occurrence in a block or infobox field. A WITHOUT ROWID table (migration 0019, which drizzle cannot express): its primary key is the table. */
export const citationUses = sqliteTable(
  'citation_uses',
  {
    articleId: articleColumn(),
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
