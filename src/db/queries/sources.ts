/**
 * Source queries: the distinct cited works (one row per work, however many places or articles
 * cite it), in keyset order of id, with their citation and article counts; and one work with a
 * page of the articles citing it, their references to it and the sections citing those.
 *
 * The optional word filters match a source when any of its citations matches (the citations'
 * FTS5 index, with a MATCH expression from matchExpression() in ./citations.js). That set of
 * source ids is computed per request, so its cost grows with the number of matching citations.
 * The ISBN and DOI filters are lookups in source_identifiers (the identifiers of a work's citations).
 */
import type { Statement } from 'better-sqlite3';
import { citationTextSql } from '../citation-text.js';
import type { Db } from '../open.js';
import type { citations, sections, sourceIdentifiers } from '../schema.js';
import { LIMIT } from './limit.js';

/** A source as read by the list statements, from its representative citation: its authors still the stored JSON text. */
export type SourceRow = Pick<typeof citations.$inferSelect, 'id' | 'title' | 'year' | 'publisher' | 'place' | 'url' | 'kind'> & { authors: string };

export interface SourceFilter {
  /** A MATCH expression from matchExpression() in ./citations.js. */
  match: string | null;
  /** ISBN-13 digits. */
  isbn?: string;
  /** A lower-case DOI. */
  doi?: string;
}


/** A source's fields are its representative citation's (`w`), joined by its primary key. */
const COLUMNS = `s.id AS id, w.title AS title, w.authors AS authors, w.year AS year, w.publisher AS publisher,
  w.place AS place, w.url AS url, w.kind AS kind`;
const SOURCES = 'sources s CROSS JOIN citations w ON w.id = s.citation_id';

type SectionRef = Pick<typeof sections.$inferSelect, 'index' | 'anchor' | 'title'>;

/** Sources whose counts are kept (two integers each). */
const COUNTS_KEPT = 50_000;

export function createSourceQueries(db: Db) {
  const sqlite = db.$client;
  const list = sqlite.prepare<{ after: number; limit: number }, SourceRow>(
    `SELECT ${COLUMNS} FROM ${SOURCES} WHERE s.id > @after ORDER BY s.id ${LIMIT}`,
  );
  const filtered = new Map<string, Statement<Record<string, unknown>[], SourceRow>>();
  /** One statement per combination of filters: words (the citations' FTS5 index), an ISBN, a DOI. */
  function listFiltered(filter: SourceFilter): Statement<Record<string, unknown>[], SourceRow> {
    const where = ['s.id > @after'];
    if (filter.match !== null) {
      where.push(`s.id IN (
       SELECT c.source_id FROM citations_fts CROSS JOIN citations c ON c.id = citations_fts.rowid
       WHERE citations_fts MATCH @match AND c.source_id IS NOT NULL)`);
    }
    for (const kind of ['isbn', 'doi'] as const) {
      if (filter[kind] !== undefined) where.push(`s.id IN (SELECT source_id FROM source_identifiers WHERE kind = '${kind}' AND value = @${kind})`);
    }
    const sql = `SELECT ${COLUMNS} FROM ${SOURCES} WHERE ${where.join(' AND ')} ORDER BY s.id ${LIMIT}`;
    let statement = filtered.get(sql);
    if (!statement) {
      statement = sqlite.prepare<Record<string, unknown>[], SourceRow>(sql);
      filtered.set(sql, statement);
    }
    return statement;
  }
  const identifiersOf = sqlite.prepare<[number], Pick<typeof sourceIdentifiers.$inferSelect, 'kind' | 'value'>>(
    'SELECT kind, value FROM source_identifiers WHERE source_id = ? ORDER BY rowid',
  );
  const one = sqlite.prepare<[number], SourceRow>(`SELECT ${COLUMNS} FROM ${SOURCES} WHERE s.id = ?`);
  // A page of the articles citing a work, in title order after a title key: the work's citations
  // come from the citations_source_article index, their articles are sorted (a popular work has
  // thousands), and only `limit + 1` go on.
  const citingArticles = sqlite.prepare<{ id: number; after: string; limit: number }, { articleId: number; title: string; titleKey: string }>(
    `SELECT DISTINCT a.id AS articleId, a.title AS title, a.title_key AS titleKey
     FROM citations c JOIN articles a ON a.id = c.article_id
     WHERE c.source_id = @id AND a.title_key > @after ORDER BY a.title_key ${LIMIT}`,
  );
  const citationsOf = sqlite.prepare<[number, number], { n: number; text: string }>(
    `SELECT n, ${citationTextSql('c')} AS text FROM citations c WHERE source_id = ? AND article_id = ? ORDER BY n`,
  );
  const sectionsCiting = sqlite.prepare<[number, number], SectionRef & { articleId: number }>(
    `SELECT DISTINCT c.article_id AS articleId, s.idx AS "index", s.anchor AS anchor, s.title AS title
     FROM citations c
     JOIN citation_uses u ON u.article_id = c.article_id AND u.n = c.n
     JOIN sections s ON s.article_id = u.article_id AND s.idx = u.section_idx
     WHERE c.source_id = ? AND c.article_id = ? ORDER BY s.idx`,
  );

  // A work's counts read every citation of it in the citations_source_article index: ~17,000 at
  // 100,000 articles for the most cited, ~8 ms for a page of 20. They cannot change while serving
  // (the database is read-only), so each is counted once.
  const countCitations = sqlite.prepare<[number, number], { citationCount: number; articleCount: number }>(
    `SELECT (SELECT count(*) FROM citations WHERE source_id = ?) AS citationCount,
       (SELECT count(DISTINCT article_id) FROM citations WHERE source_id = ?) AS articleCount`,
  );
  const counts = new Map<number, { citationCount: number; articleCount: number }>();
  return {
    /** Up to `limit + 1` sources after the id `after` (0 for the first page), optionally matching words or carrying an identifier. */
    list(after: number, limit: number, filter: SourceFilter = { match: null }): SourceRow[] {
      if (filter.match === null && filter.isbn === undefined && filter.doi === undefined) return list.all({ after, limit: limit + 1 });
      const params: Record<string, unknown> = { after, limit: limit + 1 };
      if (filter.match !== null) params.match = filter.match;
      if (filter.isbn !== undefined) params.isbn = filter.isbn;
      if (filter.doi !== undefined) params.doi = filter.doi;
      return listFiltered(filter).all(params);
    },

    /** One source, or null. */
    get(id: number): SourceRow | null {
      return one.get(id) ?? null;
    },

    /** How many citations cite a source, and in how many articles. */
    counts(id: number): { citationCount: number; articleCount: number } {
      let found = counts.get(id);
      if (!found) {
        found = countCitations.get(id, id)!;
        if (counts.size >= COUNTS_KEPT) counts.delete(counts.keys().next().value!);
        counts.set(id, found);
      }
      return found;
    },

    /** The identifiers of a source's citations (ISBN, DOI, OCLC), in the order they were stored. */
    identifiers(id: number) {
      return identifiersOf.all(id);
    },

    /** Up to `limit + 1` of the articles citing a source, after the title key `after` ('' for the first page). */
    citingArticles(id: number, after: string, limit: number) {
      return citingArticles.all({ id, after, limit: limit + 1 });
    },

    /** An article's references to the source and the sections whose text cites them. */
    citingReferences(id: number, articleId: number): { citations: { n: number; text: string }[]; sections: SectionRef[] } {
      return {
        citations: citationsOf.all(id, articleId),
        sections: sectionsCiting.all(id, articleId).map(({ index, anchor, title }) => ({ index, anchor, title })),
      };
    },
  };
}

export type SourceQueries = ReturnType<typeof createSourceQueries>;
