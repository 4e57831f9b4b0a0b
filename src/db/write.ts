/**
 * Writing an article's rows (db/rows.ts): the importer's only path into the database, inside the caller's transaction.
 */
import { normalizeTitle } from '../document/titles.js';
import { rowsInserter, type Inserted } from './insert.js';
import type { Db } from './open.js';
import { COLUMNS, STORED_LINK_COLUMNS, type ArticleRows, type BlockRow, type Flat, type CategoryRow, type CitationRow, type CoordinateRow, type FieldRow, type IdentifierRow, type LinkRow, type SectionRow, type StoredLinkRow, type TemplateParameterRow, type TemplateRow, type UseRow } from './rows.js';
import { blocks, categories, citationIdentifiers, citations, citationUses, coordinates, infoboxFields, links, sections, templateParameters, templates } from './schema.js';
import { createLinkTargets } from './link-targets.js';
import { createSources } from './sources.js';

export interface WriterOptions {
  /** Told of every row inserted (the deferred full-text indexes of a bulk import). */
  inserted?: Inserted;
}

export function createWriter(db: Db, options: WriterOptions = {}) {
  const sqlite = db.$client;
  const inserted = options.inserted ?? (() => {});
  const statements = {
    findArticle: sqlite.prepare<[string], { id: number; content_hash: string; parser_version: number; source_name: string }>(
      'SELECT id, content_hash, parser_version, source_name FROM articles WHERE title_key = ?',
    ),
    /** A replaced article is inserted again under its id (null: a new id). */
    insertArticle: sqlite.prepare(
      `INSERT INTO articles (id, title, title_key, title_fold, slug, site_name, site_tagline, site_url, summary, infobox_title,
        infobox_template, has_infobox, content_hash, source_bytes, source_name, parser_version, trailing,
        format, revision_id, revision_timestamp, revision_sha1, revision_parent_id, revision_contributor_name,
        revision_contributor_ip, revision_comment, revision_minor, revision_size, description, image_file,
        image_caption, image_alt, image_href, more_infoboxes)
       VALUES (@id, @title, @titleKey, @titleFold, @slug, @siteName, @siteTagline, @siteUrl, @summary, @infoboxTitle,
        @infoboxTemplate, @hasInfobox, @contentHash, @sourceBytes, @sourceName, @parserVersion, @trailing,
        @format, @revisionId, @revisionTimestamp, @revisionSha1, @revisionParentId, @revisionContributorName,
        @revisionContributorIp, @revisionComment, @revisionMinor, @revisionSize, @description, @imageFile,
        @imageCaption, @imageAlt, @imageHref, @moreInfoboxes)`,
    ),
    /** The rows of the articles of a JSON array of ids: their children, then the articles. */
    deleteArticles: [
      ...['redirects', 'parts', 'infobox_fields', 'sections', 'blocks', 'citation_uses', 'links', 'categories', 'citation_identifiers', 'citations', 'templates', 'template_parameters', 'coordinates'].map(
        (table) => `DELETE FROM ${table} WHERE article_id IN (SELECT value FROM json_each(?))`,
      ),
      'DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    ].map((sql) => sqlite.prepare(sql)),
    insertParts: sqlite.prepare('INSERT INTO parts (article_id, items, source) VALUES (?, ?, ?)'),
    insertFields: rowsInserter<FieldRow>(sqlite, infoboxFields, COLUMNS.fields, inserted),
    insertSections: rowsInserter<SectionRow>(sqlite, sections, COLUMNS.sections, inserted),
    insertBlocks: rowsInserter<BlockRow>(sqlite, blocks, COLUMNS.blocks, inserted),
    insertUses: rowsInserter<UseRow>(sqlite, citationUses, COLUMNS.uses, inserted),
    insertLinks: rowsInserter<StoredLinkRow>(sqlite, links, STORED_LINK_COLUMNS, inserted),
    insertCategories: rowsInserter<CategoryRow>(sqlite, categories, COLUMNS.categories, inserted),
    insertIdentifiers: rowsInserter<IdentifierRow>(sqlite, citationIdentifiers, COLUMNS.identifiers, inserted),
    insertCitations: rowsInserter<CitationRow>(sqlite, citations, COLUMNS.citations, inserted),
    insertTemplates: rowsInserter<TemplateRow>(sqlite, templates, COLUMNS.templates, inserted),
    insertTemplateParameters: rowsInserter<TemplateParameterRow>(sqlite, templateParameters, COLUMNS.templateParameters, inserted),
    insertCoordinates: rowsInserter<CoordinateRow>(sqlite, coordinates, COLUMNS.coordinates, inserted),
    findRedirect: sqlite.prepare<[string], { article_id: number }>('SELECT article_id FROM redirects WHERE from_key = ?'),
    deleteRedirect: sqlite.prepare('DELETE FROM redirects WHERE from_key = ?'),
    insertRedirect: sqlite.prepare('INSERT INTO redirects (from_title, from_key, article_id, fragment) VALUES (?, ?, ?, ?)'),
  };

  const sources = createSources(sqlite, inserted);
  const linkTargets = createLinkTargets(sqlite);
  const targetKeyAt = COLUMNS.links.indexOf('targetKey');

  /** The links as stored: each target's key replaced by its id in link_targets (a copy: the rows may be written again elsewhere). */
  function storedLinks(rows: Flat<LinkRow>): Flat<StoredLinkRow> {
    const stored = rows.slice();
    for (let i = targetKeyAt; i < stored.length; i += COLUMNS.links.length) stored[i] = linkTargets.idOf(stored[i] as string);
    return stored;
  }

  /** Inserts the article's rows under `id` (null: a new article). */
  function insertArticle(rows: ArticleRows, replacing: number | null): number {
    const id = Number(statements.insertArticle.run({ ...rows.article, id: replacing }).lastInsertRowid);
    inserted('articles', id);
    inserted('parts', statements.insertParts.run(id, rows.parts.items, rows.parts.source).lastInsertRowid);
    statements.insertBlocks(id, rows.blocks);
    statements.insertLinks(id, storedLinks(rows.links));
    // After the blocks: a section's insert trigger indexes their text for search (sections_fts).
    statements.insertSections(id, rows.sections);
    statements.insertFields(id, rows.fields);
    statements.insertUses(id, rows.uses);
    statements.insertCategories(id, rows.categories);
    // Without their source: the run's end groups them (sources.ts).
    statements.insertCitations(id, rows.citations);
    sources.inserted(id, rows.citations, rows.identifiers);
    statements.insertIdentifiers(id, rows.identifiers);
    statements.insertTemplates(id, rows.templates);
    statements.insertTemplateParameters(id, rows.templateParameters);
    statements.insertCoordinates(id, rows.coordinates);
    return id;
  }

  /** Deletes the articles of these ids, all at once, with their rows. */
  function deleteArticles(ids: number[]): void {
    if (ids.length === 0) return;
    sources.deleting(ids);
    const json = JSON.stringify(ids);
    for (const statement of statements.deleteArticles) statement.run(json);
  }

  return {
    /**
     * Adds or replaces the articles of the documents' titles (each title once); unchanged text
     * is left as it is. The articles replaced are deleted first, all at once: a statement that
     * deletes rows flushes the full-text indexes' pending deletions, so one a table for the batch
     * instead of one a table for each article. Then each is inserted again under its id.
     */
    writeArticles(batch: ArticleRows[]): { id: number; changed: boolean }[] {
      linkTargets.forget();
      const existing = batch.map((rows) => {
        const found = statements.findArticle.get(rows.titleKey);
        const row = rows.article;
        const unchanged =
          found !== undefined &&
          found.content_hash === row.contentHash &&
          found.parser_version === row.parserVersion &&
          found.source_name === row.sourceName;
        return { id: found?.id ?? null, unchanged };
      });
      const replaced = existing.filter(({ id, unchanged }) => id !== null && !unchanged).map(({ id }) => id);
      deleteArticles(replaced as number[]);
      return batch.map((rows, i) => {
        const { id, unchanged } = existing[i]!;
        return unchanged ? { id: id!, changed: false } : { id: insertArticle(rows, id), changed: true };
      });
    },
    /** Records `from → articleId`; returns the id of the article that already holds `from`, if another. */
    writeRedirect(from: string, articleId: number, fragment: string | null = null): number | null {
      const key = normalizeTitle(from);
      const holder = statements.findRedirect.get(key);
      if (holder?.article_id === articleId && fragment === null) return null;
      if (holder) statements.deleteRedirect.run(key);
      inserted('redirects', statements.insertRedirect.run(from, key, articleId, fragment).lastInsertRowid);
      return holder && holder.article_id !== articleId ? holder.article_id : null;
    },

    /** Deletes the articles of these ids with all their rows (an import with --sync). */
    deleteArticles,

    articleIdOf(title: string): number | null {
      return statements.findArticle.get(normalizeTitle(title))?.id ?? null;
    },

    /** Whether a title is an article's or a redirect's. */
    isTitle(title: string): boolean {
      const key = normalizeTitle(title);
      return statements.findArticle.get(key) !== undefined || statements.findRedirect.get(key) !== undefined;
    },

    /** Groups the citations the run wrote or deleted into sources (db/sources.ts); once, at the end of the run. */
    groupSources(): void {
      sources.group();
    },
  };
}

export type Writer = ReturnType<typeof createWriter>;
