/**
 * Citation queries across the corpus: filters by words of the author, title, publisher or whole
 * reference (FTS5, case and diacritics ignored, each word a prefix), by year or year range and by
 * article, in keyset order of citation id; and the sections citing each hit.
 *
 * The MATCH expression is built only from word tokens extracted here (folded, split on anything
 * that is not a letter or digit, each quoted as a phrase with a prefix `*`), so no user text
 * reaches the FTS5 query parser as syntax. With words, the query is driven from the FTS table in
 * rowid order (`rowid > ?` and LIMIT), so a common word does not materialise every match; with
 * an article as well, from the article's citations, each probed in the FTS index.
 */
import type { Statement } from 'better-sqlite3';
import { fold } from '../../document/text.js';
import type { CitationColumns } from '../citation-fields.js';
import { withCitationText, type StoredCitationText } from '../citation-text.js';
import type { Db } from '../open.js';
import { LIMIT } from './limit.js';

/** The text filters and the FTS5 column each searches. */
export const TEXT_FILTERS = { author: 'authors', title: 'title', publisher: 'publisher', q: 'text' } as const;
export type TextFilter = keyof typeof TEXT_FILTERS;

/** More words than this in one parameter is refused: no reference has that many. */
export const MAX_WORDS = 64;

/** The searchable words of a value: folded (case, diacritics), split on non-letters/digits. */
export function words(value: string): string[] {
  return fold(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** `{col} : ("w1"* "w2"*)` for each filter with words, joined by AND; null without any. */
export function matchExpression(filters: Partial<Record<TextFilter, string[]>>): string | null {
  const clauses: string[] = [];
  for (const [name, column] of Object.entries(TEXT_FILTERS) as [TextFilter, string][]) {
    const tokens = filters[name];
    if (!tokens || tokens.length === 0) continue;
    const phrases = tokens.map((token) => `"${token.replace(/"/g, '""')}"*`).join(' ');
    clauses.push(`{${column}} : (${phrases})`);
  }
  return clauses.length ? clauses.join(' AND ') : null;
}

export interface CitationFilter {
  /** A MATCH expression from matchExpression(). */
  match: string | null;
  year?: number;
  yearFrom?: number;
  yearTo?: number;
  articleId?: number;
  /** ISBN-13 digits (identifierValues() in src/document/identifiers.ts). */
  isbn?: string;
  /** A lower-case DOI. */
  doi?: string;
}

/** A citation as stored: its text possibly derived (db/citation-text.ts), its fields the stored JSON. */
interface StoredCitationRow extends CitationColumns {
  id: number;
  articleId: number;
  articleTitle: string;
  n: number;
  text: StoredCitationText;
  fields: string;
  sourceId: number | null;
}

/** A citation as read: its text, and its fields parsed whole. */
export type CitationRow = ReturnType<typeof withCitationText<StoredCitationRow>>;

export interface SectionRow {
  index: number;
  anchor: string | null;
  title: string | null;
}

/** A year range wider than this is filtered on the id-ordered scan rather than the year index. */
const NARROW_YEAR_RANGE = 25;

const COLUMNS = `c.id AS id, c.article_id AS articleId, a.title AS articleTitle, c.n AS n, c.text AS text,
  c.kind AS kind, c.authors AS authors, c.year AS year, c.date AS date, c.title AS title, c.chapter AS chapter, c.pages AS pages,
  c.place AS place, c.publisher AS publisher, c.url AS url, c.format AS format, c.fields AS fields, c.source_id AS sourceId`;

export function createCitationQueries(db: Db) {
  const sqlite = db.$client;
  const statements = new Map<string, Statement<Record<string, unknown>[], StoredCitationRow>>();
  const sectionsCiting = sqlite.prepare<[number, number], SectionRow>(
    `SELECT DISTINCT s.idx AS "index", s.anchor AS anchor, s.title AS title
     FROM citation_uses u JOIN sections s ON s.article_id = u.article_id AND s.idx = u.section_idx
     WHERE u.article_id = ? AND u.n = ? ORDER BY s.idx`,
  );
  // The same for every hit of a page in one statement: the hits as a JSON array of
  // [article id, n], numbered by json_each's key. One statement instead of one per hit halves
  // the database time of a page of 20 citations.
  const sectionsCitingEach = sqlite.prepare<[string], SectionRow & { hit: number }>(
    `SELECT DISTINCT hit.key AS hit, s.idx AS "index", s.anchor AS anchor, s.title AS title
     FROM json_each(?) AS hit
     JOIN citation_uses u ON u.article_id = hit.value ->> 0 AND u.n = hit.value ->> 1
     JOIN sections s ON s.article_id = u.article_id AND s.idx = u.section_idx
     ORDER BY hit.key, s.idx`,
  );

  /** One prepared statement per combination of filters (the values are bound). */
  function statement(filter: CitationFilter): Statement<Record<string, unknown>[], StoredCitationRow> {
    const where: string[] = [];
    const range = filter.yearFrom !== undefined && filter.yearTo !== undefined ? filter.yearTo - filter.yearFrom : Infinity;
    // A unary + keeps SQLite off the year index for wide ranges: the id-ordered scan stops at LIMIT.
    const yearColumn = filter.year === undefined && range > NARROW_YEAR_RANGE ? '+c.year' : 'c.year';
    if (filter.year !== undefined) where.push('c.year = @year');
    if (filter.yearFrom !== undefined) where.push(`${yearColumn} >= @yearFrom`);
    if (filter.yearTo !== undefined) where.push(`${yearColumn} <= @yearTo`);
    let sql: string;
    const identifiers = (['isbn', 'doi'] as const).filter((kind) => filter[kind] !== undefined);
    if (identifiers.length > 0) {
      // Driven from the identifier index: an ISBN or DOI is cited a handful of times.
      const [first, ...more] = identifiers;
      if (filter.articleId !== undefined) where.push('c.article_id = @articleId');
      if (filter.match !== null) {
        where.push('EXISTS (SELECT 1 FROM citations_fts WHERE citations_fts MATCH @match AND citations_fts.rowid = c.id)');
      }
      for (const kind of more) {
        where.push(`EXISTS (SELECT 1 FROM citation_identifiers x WHERE x.kind = '${kind}' AND x.value = @${kind} AND x.article_id = c.article_id AND x.n = c.n)`);
      }
      sql = `SELECT ${COLUMNS} FROM citation_identifiers i CROSS JOIN citations c ON c.article_id = i.article_id AND c.n = i.n
        JOIN articles a ON a.id = c.article_id
        WHERE i.kind = '${first}' AND i.value = @${first} AND c.id > @after ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY c.id ${LIMIT}`;
    } else if (filter.match !== null && filter.articleId === undefined) {
      sql = `SELECT ${COLUMNS} FROM citations_fts CROSS JOIN citations c ON c.id = citations_fts.rowid
        JOIN articles a ON a.id = c.article_id
        WHERE citations_fts MATCH @match AND citations_fts.rowid > @after ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY citations_fts.rowid ${LIMIT}`;
    } else {
      if (filter.articleId !== undefined) where.push('c.article_id = @articleId');
      if (filter.match !== null) {
        where.push('EXISTS (SELECT 1 FROM citations_fts WHERE citations_fts MATCH @match AND citations_fts.rowid = c.id)');
      }
      sql = `SELECT ${COLUMNS} FROM citations c JOIN articles a ON a.id = c.article_id
        WHERE c.id > @after ${where.map((w) => `AND ${w}`).join(' ')}
        ORDER BY c.id ${LIMIT}`;
    }
    let prepared = statements.get(sql);
    if (!prepared) {
      prepared = sqlite.prepare<Record<string, unknown>[], StoredCitationRow>(sql);
      statements.set(sql, prepared);
    }
    return prepared;
  }

  return {
    /** Up to `limit + 1` citations after the id `after` (0 for the first page), in id order. */
    search(filter: CitationFilter, after: number, limit: number): CitationRow[] {
      const params: Record<string, unknown> = { after, limit: limit + 1 };
      if (filter.match !== null) params.match = filter.match;
      if (filter.year !== undefined) params.year = filter.year;
      if (filter.yearFrom !== undefined) params.yearFrom = filter.yearFrom;
      if (filter.yearTo !== undefined) params.yearTo = filter.yearTo;
      if (filter.articleId !== undefined) params.articleId = filter.articleId;
      if (filter.isbn !== undefined) params.isbn = filter.isbn;
      if (filter.doi !== undefined) params.doi = filter.doi;
      return statement(filter).all(params).map(withCitationText);
    },

    /** The sections whose text cites reference `n` of an article (not the infobox). */
    sections(articleId: number, n: number): SectionRow[] {
      return sectionsCiting.all(articleId, n);
    },

    /** The sections whose text cites each of a page of rows, in the rows' order. */
    sectionsCitingEach(rows: CitationRow[]): SectionRow[][] {
      const sections: SectionRow[][] = rows.map(() => []);
      if (rows.length > 0) {
        for (const { hit, ...section } of sectionsCitingEach.all(JSON.stringify(rows.map((row) => [row.articleId, row.n])))) {
          sections[hit]!.push(section);
        }
      }
      return sections;
    },
  };
}

export type CitationQueries = ReturnType<typeof createCitationQueries>;
