/**
 * Writing parsed documents: the importer's only path into the database, in two halves.
 * `articleRows()` turns a document into the values of its rows (pure: the import runs it in its
 * parse worker, and flat arrays of strings and numbers pass between threads cheaply); the
 * writer inserts them with prepared statements over the raw connection (the import's hot loop),
 * inside the caller's transaction.
 */
import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { sourceKey } from '../document/references/parse.js';
import { sameWork, type Work } from '../document/grouping.js';
import { identifierValues } from '../document/identifiers.js';
import { PARSER_VERSION } from '../formats/text/parse.js';
import { fold } from '../document/text.js';
import { normalizeTitle, titleSlug } from '../document/titles.js';
import type { Document } from '../document/types.js';
import type { Db } from './open.js';
import type { StoredPart } from './schema.js';

export interface ArticleMeta {
  sourceName: string;
  source: string;
  /** The version of the parser of the document's format (default: the text parser's). */
  parserVersion?: number;
}

type Value = string | number | null;

/** The rows of one article, each table's as one flat array of values (a fixed number a row, in column order). */
export interface ArticleRows {
  titleKey: string;
  article: {
    title: string;
    titleKey: string;
    titleFold: string;
    slug: string;
    siteName: string | null;
    siteTagline: string | null;
    siteUrl: string | null;
    summary: string | null;
    infoboxTitle: string | null;
    infoboxTemplate: string | null;
    hasInfobox: number;
    contentHash: string;
    sourceBytes: number;
    sourceName: string;
    parserVersion: number;
    trailing: string;
    format: string;
    revisionId: number | null;
    revisionTimestamp: string | null;
    revisionSha1: string | null;
  };
  /** The parts as stored: a JSON array of [kind, line, lead, raw] (StoredPart), in seq order. */
  parts: string;
  /** seq, section_idx, kind, text, hatnote_kind */
  blocks: Value[];
  /** part_seq, position, kind, target, target_key, section_idx */
  links: Value[];
  /** idx, title, anchor, level, heading_seq */
  sections: Value[];
  /** seq, position, key, label, text, values, date, group_name, supplied, raw, links */
  fields: Value[];
  /** part_seq, position, n, section_idx */
  uses: Value[];
  /** position, name, name_key, sort_key, sort_by */
  categories: Value[];
  /**
   * n, seq, text, kind, authors, year, date, title, chapter, pages, place, publisher, url, format,
   * fields, then the cited work: its source key (null: none, or "Ibid." when kind is ibid) and
   * the source row (title, authors, year, publisher, place, url, kind).
   */
  citations: Value[];
  /** n, kind, value: the citations' ISBNs (ISBN-13 digits), DOIs and OCLC numbers. */
  identifiers: Value[];
}

const CITATION_STRIDE = 23;

/** A source as the grouping rule reads it: its first citation's fields and the identifiers of all. */
interface SourceCandidate {
  id: number;
  key: string;
  authors: string;
  year: number | null;
  publisher: string | null;
  /** JSON array of [kind, value]. */
  identifiers: string;
}

const CANDIDATE = `s.id AS id, s.key AS key, s.authors AS authors, s.year AS year, s.publisher AS publisher,
  (SELECT json_group_array(json_array(x.kind, x.value)) FROM source_identifiers x WHERE x.source_id = s.id) AS identifiers`;

interface Identifier {
  kind: string;
  value: string;
}

/** A work as the grouping rule reads it: its title key, authors (JSON), year, publisher and the ISBNs and DOIs among its identifiers. */
function workOf(key: string, authors: string, year: number | null, publisher: string | null, identifiers: Identifier[]): Work {
  const valuesOf = (kind: string) => identifiers.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.value);
  return { key, authors: JSON.parse(authors) as string[], year, publisher, isbn: valuesOf('isbn'), doi: valuesOf('doi') };
}

function candidateWork(candidate: SourceCandidate): Work {
  const identifiers = (JSON.parse(candidate.identifiers) as [string, string][]).map(([kind, value]) => ({ kind, value }));
  return workOf(candidate.key, candidate.authors, candidate.year, candidate.publisher, identifiers);
}

/** Rows a multi-row INSERT at most (a document has ~20 blocks, ~20 citation uses). */
const ROWS_A_STATEMENT = 64;

export function contentHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The lead's first paragraph without citation markers. */
export function summaryOf(document: Document): string | null {
  for (const section of document.sections) {
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph');
    if (paragraph) return paragraph.text;
  }
  return null;
}

export interface WriterOptions {
  /** Told of every row inserted (the deferred full-text indexes of a bulk import). */
  inserted?: (table: string, rowid: number | bigint) => void;
}

/** The rows a document is stored as. */
export function articleRows(document: Document, meta: ArticleMeta): ArticleRows {
  const titleKey = normalizeTitle(document.title);
  const rows: ArticleRows = {
    titleKey,
    article: {
      title: document.title,
      titleKey,
      titleFold: fold(document.title),
      slug: titleSlug(document.title),
      siteName: document.site?.name ?? null,
      siteTagline: document.site?.tagline ?? null,
      siteUrl: document.site?.url ?? null,
      summary: summaryOf(document),
      infoboxTitle: document.infobox?.title ?? null,
      infoboxTemplate: document.infobox?.template ?? null,
      hasInfobox: document.infobox ? 1 : 0,
      contentHash: contentHash(meta.source),
      sourceBytes: Buffer.byteLength(meta.source),
      sourceName: meta.sourceName,
      parserVersion: meta.parserVersion ?? PARSER_VERSION,
      trailing: document.trailing,
      format: document.format ?? 'text',
      revisionId: document.revision?.id ?? null,
      revisionTimestamp: document.revision?.timestamp ?? null,
      revisionSha1: document.revision?.sha1 ?? null,
    },
    parts: JSON.stringify(document.parts.map((part): StoredPart => [part.kind, part.line, part.lead, part.raw])),
    blocks: [],
    links: [],
    sections: [],
    fields: [],
    uses: [],
    categories: [],
    citations: [],
    identifiers: [],
  };
  /** The next link position in each part: a part's hatnote targets first, then its internal links. */
  const linkPositions = new Map<number, number>();
  const addLink = (seq: number, kind: string, target: string, section: number | null) => {
    const position = linkPositions.get(seq) ?? 0;
    linkPositions.set(seq, position + 1);
    rows.links.push(seq, position, kind, target, normalizeTitle(target), section);
  };
  for (const section of document.sections) {
    for (const block of section.blocks) {
      rows.blocks.push(block.seq, section.index, block.kind, block.text, block.hatnote?.kind ?? null);
      for (const target of block.hatnote?.targets ?? []) addLink(block.seq, block.hatnote!.kind, target, section.index);
    }
    rows.sections.push(section.index, section.title, section.anchor, section.level, section.headingSeq);
  }
  for (const link of document.links ?? []) addLink(link.seq, 'link', link.target, link.section);
  document.categories?.forEach((category, position) => {
    rows.categories.push(position, category.name, normalizeTitle(category.name), category.sortKey, category.sortBy);
  });
  document.infobox?.fields.forEach((field, position) => {
    rows.fields.push(
      field.seq,
      position,
      field.key,
      field.label,
      field.text,
      field.values ? JSON.stringify(field.values) : null,
      field.date ?? null,
      field.group ?? null,
      field.supplied ? 1 : 0,
      field.raw ?? null,
      field.links ? JSON.stringify(field.links) : null,
    );
  });
  // Where each reference is used, as the source format found it.
  const usePositions = new Map<number, number>();
  for (const use of document.citationUses) {
    const position = usePositions.get(use.seq) ?? 0;
    usePositions.set(use.seq, position + 1);
    rows.uses.push(use.seq, position, use.n, use.section);
  }
  for (const reference of document.references) {
    const { seq, n, text, ...fields } = reference;
    const authors = JSON.stringify(reference.authors);
    rows.citations.push(
      n,
      seq,
      text,
      reference.kind,
      authors,
      reference.year,
      reference.date ?? null,
      reference.title,
      reference.chapter,
      reference.pages,
      reference.place,
      reference.publisher,
      reference.url,
      reference.format,
      JSON.stringify(fields),
    );
    for (const { kind, value } of identifierValues(reference.identifiers)) rows.identifiers.push(n, kind, value);
    const key = sourceKey(reference);
    if (key === null) rows.citations.push(null, null, null, null, null, null, null, null);
    else {
      rows.citations.push(key, reference.title, authors, reference.year, reference.publisher, reference.place, reference.url, reference.kind);
    }
  }
  return rows;
}

export function createWriter(db: Db, options: WriterOptions = {}) {
  const sqlite = db.$client;
  const inserted = options.inserted ?? (() => {});
  /**
   * Inserts an article's rows of `table`, given as one flat array (`columns.length` values a
   * row), with multi-row INSERTs: one call for up to ROWS_A_STATEMENT rows instead of one a row
   * (statements prepared once for each row count). A statement's rows get consecutive rowids.
   */
  function rowsInserter(table: string, columns: string[]) {
    const stride = columns.length;
    const tuple = `(@articleId, ${columns.map(() => '?').join(', ')})`;
    const byCount = new Map<number, Database.Statement>();
    const statementFor = (count: number) => {
      let statement = byCount.get(count);
      if (statement === undefined) {
        statement = sqlite.prepare(`INSERT INTO ${table} (article_id, ${columns.join(', ')}) VALUES ${Array(count).fill(tuple).join(', ')}`);
        byCount.set(count, statement);
      }
      return statement;
    };
    return (articleId: number, values: Value[]): void => {
      const rows = values.length / stride;
      for (let first = 0; first < rows; first += ROWS_A_STATEMENT) {
        const count = Math.min(ROWS_A_STATEMENT, rows - first);
        const chunk = count === rows ? values : values.slice(first * stride, (first + count) * stride);
        const last = Number(statementFor(count).run({ articleId }, ...chunk).lastInsertRowid);
        for (let rowid = last - count + 1; rowid <= last; rowid++) inserted(table, rowid);
      }
    };
  }

  const statements = {
    findArticle: sqlite.prepare<[string], { id: number; content_hash: string; parser_version: number; source_name: string }>(
      'SELECT id, content_hash, parser_version, source_name FROM articles WHERE title_key = ?',
    ),
    /** A replaced article is inserted again under its id (null: a new id). */
    insertArticle: sqlite.prepare(
      `INSERT INTO articles (id, title, title_key, title_fold, slug, site_name, site_tagline, site_url, summary, infobox_title,
        infobox_template, has_infobox, content_hash, source_bytes, source_name, parser_version, trailing,
        format, revision_id, revision_timestamp, revision_sha1)
       VALUES (@id, @title, @titleKey, @titleFold, @slug, @siteName, @siteTagline, @siteUrl, @summary, @infoboxTitle,
        @infoboxTemplate, @hasInfobox, @contentHash, @sourceBytes, @sourceName, @parserVersion, @trailing,
        @format, @revisionId, @revisionTimestamp, @revisionSha1)`,
    ),
    /** The rows of the articles of a JSON array of ids: their children, then the articles. */
    deleteArticles: [
      ...['redirects', 'parts', 'infobox_fields', 'sections', 'blocks', 'citation_uses', 'links', 'categories', 'citation_identifiers', 'citations'].map(
        (table) => `DELETE FROM ${table} WHERE article_id IN (SELECT value FROM json_each(?))`,
      ),
      'DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?))',
    ].map((sql) => sqlite.prepare(sql)),
    insertParts: sqlite.prepare('INSERT INTO parts (article_id, items) VALUES (?, ?)'),
    insertFields: rowsInserter('infobox_fields', ['seq', 'position', 'key', 'label', 'text', '"values"', 'date', 'group_name', 'supplied', 'raw', 'links']),
    insertSections: rowsInserter('sections', ['idx', 'title', 'anchor', 'level', 'heading_seq']),
    insertBlocks: rowsInserter('blocks', ['seq', 'section_idx', 'kind', 'text', 'hatnote_kind']),
    insertUses: rowsInserter('citation_uses', ['part_seq', 'position', 'n', 'section_idx']),
    insertLinks: rowsInserter('links', ['part_seq', 'position', 'kind', 'target', 'target_key', 'section_idx']),
    insertCategories: rowsInserter('categories', ['position', 'name', 'name_key', 'sort_key', 'sort_by']),
    /** The works of a title key, or those carrying an identifier, as the grouping rule reads them. */
    sourcesOfKey: sqlite.prepare<[string], SourceCandidate>(`SELECT ${CANDIDATE} FROM sources s WHERE s.key = ? ORDER BY s.id`),
    sourcesOfIdentifier: sqlite.prepare<[string, string], SourceCandidate>(
      `SELECT ${CANDIDATE} FROM source_identifiers i JOIN sources s ON s.id = i.source_id WHERE i.kind = ? AND i.value = ? ORDER BY s.id`,
    ),
    insertSourceIdentifier: sqlite.prepare('INSERT OR IGNORE INTO source_identifiers (source_id, kind, value) VALUES (?, ?, ?)'),
    insertIdentifiers: rowsInserter('citation_identifiers', ['n', 'kind', 'value']),
    insertSource: sqlite.prepare(
      'INSERT INTO sources (key, title, authors, year, publisher, place, url, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertCitations: rowsInserter('citations', [
      ...['n', 'seq', 'text', 'kind', 'authors', 'year', 'date', 'title', 'chapter', 'pages', 'place', 'publisher'],
      ...['url', 'format', 'fields', 'source_id'],
    ]),
    findRedirect: sqlite.prepare<[string], { article_id: number }>('SELECT article_id FROM redirects WHERE from_key = ?'),
    deleteRedirect: sqlite.prepare('DELETE FROM redirects WHERE from_key = ?'),
    insertRedirect: sqlite.prepare('INSERT INTO redirects (from_title, from_key, article_id, fragment) VALUES (?, ?, ?, ?)'),
    pruneSources: sqlite.prepare('DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM citations WHERE source_id IS NOT NULL)'),
    /** A source's identifiers that none of its citations carries any more (its citing articles replaced). */
    pruneSourceIdentifiers: sqlite.prepare(
      `DELETE FROM source_identifiers WHERE NOT EXISTS (
         SELECT 1 FROM citations c JOIN citation_identifiers ci ON ci.article_id = c.article_id AND ci.n = c.n
         WHERE c.source_id = source_identifiers.source_id AND ci.kind = source_identifiers.kind AND ci.value = source_identifiers.value)`,
    ),
  };

  /**
   * The id of the source of the work `work` (the citation at `citations[at ...]`): an earlier
   * source sharing an identifier with it, else one of its title key that sameWork() accepts, else
   * a new one from `citations[at + 1 ...]`. Its identifiers are added to the source's.
   */
  function sourceIdFor(work: Work, identifiers: Identifier[], citations: Value[], at: number): number {
    const accepts = (candidate: SourceCandidate) => sameWork(work, candidateWork(candidate));
    let id: number | undefined;
    for (const { kind, value } of identifiers) {
      if (kind === 'oclc' || id !== undefined) continue;
      id = statements.sourcesOfIdentifier.all(kind, value).find(accepts)?.id;
    }
    id ??= statements.sourcesOfKey.all(work.key).find(accepts)?.id;
    if (id === undefined) {
      id = Number(statements.insertSource.run(work.key, ...citations.slice(at + 1, at + 8)).lastInsertRowid);
      inserted('sources', id);
    }
    for (const { kind, value } of identifiers) statements.insertSourceIdentifier.run(id, kind, value);
    return id;
  }

  /** Inserts the article's rows under `id` (null: a new article). */
  function insertArticle(rows: ArticleRows, replacing: number | null): number {
    const id = Number(statements.insertArticle.run({ ...rows.article, id: replacing }).lastInsertRowid);
    inserted('articles', id);
    inserted('parts', statements.insertParts.run(id, rows.parts).lastInsertRowid);
    statements.insertBlocks(id, rows.blocks);
    statements.insertLinks(id, rows.links);
    // After the blocks: a section's insert trigger indexes their text for search (sections_fts).
    statements.insertSections(id, rows.sections);
    statements.insertFields(id, rows.fields);
    statements.insertUses(id, rows.uses);
    statements.insertCategories(id, rows.categories);
    const citations = rows.citations;
    const identifiersOf = new Map<number, Identifier[]>();
    for (let i = 0; i < rows.identifiers.length; i += 3) {
      const n = rows.identifiers[i] as number;
      identifiersOf.set(n, [...(identifiersOf.get(n) ?? []), { kind: rows.identifiers[i + 1] as string, value: rows.identifiers[i + 2] as string }]);
    }
    const values: Value[] = [];
    let previousSource: number | null = null;
    for (let i = 0; i < citations.length; i += CITATION_STRIDE) {
      const key = citations[i + 15] as string | null;
      // "Ibid." cites the work of the reference before it.
      let sourceId: number | null = citations[i + 3] === 'ibid' ? previousSource : null;
      if (key !== null) {
        const identifiers = identifiersOf.get(citations[i] as number) ?? [];
        const work = workOf(key, citations[i + 17] as string, citations[i + 18] as number | null, citations[i + 19] as string | null, identifiers);
        sourceId = sourceIdFor(work, identifiers, citations, i + 15);
      }
      previousSource = sourceId;
      for (let j = i; j < i + 15; j++) values.push(citations[j]!);
      values.push(sourceId);
    }
    statements.insertCitations(id, values);
    statements.insertIdentifiers(id, rows.identifiers);
    return id;
  }

  /** Deletes the articles of these ids, all at once, with their rows. */
  function deleteArticles(ids: number[]): void {
    if (ids.length === 0) return;
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

    /** Drops sources no citation points to any more (after replacing articles). */
    pruneSources(): void {
      statements.pruneSources.run();
      statements.pruneSourceIdentifiers.run();
    },
  };
}

export type Writer = ReturnType<typeof createWriter>;
