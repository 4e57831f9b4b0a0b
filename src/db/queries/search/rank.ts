/**
 * Ranking: which rows of the FTS5 tables a query finds, in bm25 order, a keyset page at a time.
 *
 * For `articles`, an article whose title or a redirect to it matches comes before every article
 * that matches only in its body (a section or the infobox); within each tier, by bm25 (the best
 * row of the article), then id. Pages are keyset pages on (tier, bm25, id).
 *
 * Bounded work: each table contributes at most CANDIDATES matching rows (titles: TITLE_CANDIDATES),
 * read in rowid order — which the rowids make a useful order: shortest titles first, every lead
 * section before any later section (see the migration). Below that many matches the ranking is
 * exact; above it (a word in a large part of a large corpus), the best of those candidates are
 * shown. Every page of a query sees the same candidates, so pages stay consistent.
 *
 * `-word` excludes rows: titles, sections, infobox rows, citations containing the word.
 */
import type { Db } from '../../open.js';
import { weightsOf } from './columns.js';
import { guard, type TranslatedQuery } from './syntax.js';
import { LIMIT } from '../limit.js';

export type SearchScope = 'articles' | 'sections' | 'citations';

/** Matching rows read per table and query (see above): sections, infobox rows, citations. */
export const CANDIDATES = 2_000;
/** Matching titles read per query; shortest first, which for a title is nearly bm25's own order. */
export const TITLE_CANDIDATES = 1_000;

/** Where a row sits in the ranking: tier (0 title, 1 body; always 0 outside `articles`), bm25, id. */
export interface RankKey {
  tier: number;
  score: number;
  id: number;
}

export interface RankedRow extends RankKey {
  /** The FTS row the hit is shown from (for `articles`: the best title or body row). */
  rid: number;
  source: 'title' | 'section' | 'infobox' | 'citation';
}

const SECTION_WEIGHTS = weightsOf('sections_fts', { heading: 3, text: 1 });
const INFOBOX_WEIGHTS = weightsOf('infobox_fts', { label: 0.5, text: 1 });
const CITATION_WEIGHTS = weightsOf('citations_fts', { authors: 2, title: 2, publisher: 1, text: 1 });

type KeyParams = { has: number; score: number; id: number };
const keyParams = (after: RankKey | null, tier: number): KeyParams =>
  after && after.tier === tier ? { has: 1, score: after.score, id: after.id } : { has: 0, score: 0, id: 0 };
const KEYSET = '(@has = 0 OR s > @score OR (s = @score AND id > @id))';

type RankParams = KeyParams & { pos: string; both?: string; limit: number; cap: number; titleCap: number };

// Exclusions (`-word`) apply to rows: a title, a section, an infobox row, a citation that
// contains the word is not a hit. bm25 runs on the positive terms only (its first call counts
// the matches of every phrase of the MATCH, which for a common excluded word is most rows);
// the excluded candidates are the rows up to the last candidate that match both.
const excluded = (table: string, candidates: string) =>
  `SELECT rowid FROM ${table} WHERE ${table} MATCH @both AND rowid <= (SELECT max(rid) FROM ${candidates})`;
// A row's score: bm25, or 0 for a query that is not scored (see TranslatedQuery.scored).
const score = (scored: boolean, table: string, weights?: string) => (scored ? `bm25(${table}${weights ? `, ${weights}` : ''})` : '0.0');
// The candidates of the title tier: the first @titleCap matching titles, shortest first.
const titleCandidates = (scored: boolean) => `SELECT article_id AS a, ${score(scored, 'titles_fts')} AS s, rowid AS rid
    FROM titles_fts WHERE titles_fts MATCH @pos ORDER BY rowid LIMIT @titleCap`;
const bodyCandidates = (table: string, weights: string, src: number, scored: boolean) =>
  `SELECT * FROM (SELECT rowid & 4294967295 AS a, ${score(scored, table, weights)} AS s, rowid AS rid, ${src} AS src
     FROM ${table} WHERE ${table} MATCH @pos ORDER BY rowid LIMIT @cap)`;

/** The rank() of createSearchQueries: its statements are prepared on first use, per kind of query. */
export function createRanking(sqlite: Db['$client']) {
  function articleStatements(withNegatives: boolean, scored: boolean) {
    const titleRows = withNegatives ? `(SELECT * FROM t WHERE rid NOT IN (${excluded('titles_fts', 't')}))` : 't';
    return {
      // Tier 0: the title or a redirect matches. One row per article: its best title row.
      titles: sqlite.prepare<RankParams, { id: number; s: number; rid: number }>(
        `WITH t AS MATERIALIZED (${titleCandidates(scored)})
         SELECT id, s, rid FROM (SELECT a AS id, min(s) AS s, rid FROM ${titleRows} GROUP BY a)
         WHERE ${KEYSET} ORDER BY s, id ${LIMIT}`,
      ),
      // Tier 1: a section or the infobox matches and no title does. Best row per article.
      bodies: sqlite.prepare<RankParams, { id: number; s: number; rid: number; src: number }>(
        `WITH t AS MATERIALIZED (${titleCandidates(scored)}),
         ms AS MATERIALIZED (${bodyCandidates('sections_fts', SECTION_WEIGHTS, 0, scored)}),
         mi AS MATERIALIZED (${bodyCandidates('infobox_fts', INFOBOX_WEIGHTS, 1, scored)}),
         m AS (
           SELECT * FROM ms ${withNegatives ? `WHERE rid NOT IN (${excluded('sections_fts', 'ms')})` : ''}
           UNION ALL
           SELECT * FROM mi ${withNegatives ? `WHERE rid NOT IN (${excluded('infobox_fts', 'mi')})` : ''}
         )
         SELECT id, s, rid, src FROM (
           SELECT a AS id, min(s) AS s, rid, src FROM m WHERE a NOT IN (SELECT a FROM ${titleRows}) GROUP BY a
         ) WHERE ${KEYSET} ORDER BY s, id ${LIMIT}`,
      ),
    };
  }
  const rankRows = (table: string, weights: string, withNegatives: boolean, scored: boolean) =>
    sqlite.prepare<RankParams, { id: number; s: number }>(
      `WITH m AS MATERIALIZED (
         SELECT rowid AS rid, ${score(scored, table, weights)} AS s FROM ${table} WHERE ${table} MATCH @pos ORDER BY rowid LIMIT @cap
       )
       SELECT id, s FROM (
         SELECT rid AS id, s FROM m ${withNegatives ? `WHERE rid NOT IN (${excluded(table, 'm')})` : ''}
       ) WHERE ${KEYSET} ORDER BY s, id ${LIMIT}`,
    );
  // Prepared on first use, per kind of query: with exclusions or not, scored or not.
  const prepared = new Map<string, unknown>();
  const once = <T>(key: string, prepare: () => T): T => {
    if (!prepared.has(key)) prepared.set(key, prepare());
    return prepared.get(key) as T;
  };
  const kind = (query: TranslatedQuery) => `${query.negative ? 'negated' : 'plain'} ${query.scored ? 'scored' : 'unscored'}`;
  const articleRanking = (query: TranslatedQuery) =>
    once(`articles ${kind(query)}`, () => articleStatements(query.negative !== null, query.scored));
  const rowTables = { sections: ['sections_fts', SECTION_WEIGHTS], citations: ['citations_fts', CITATION_WEIGHTS] } as const;
  const rowRanking = (scope: keyof typeof rowTables, query: TranslatedQuery) =>
    once(`${scope} ${kind(query)}`, () => {
      const [table, weights] = rowTables[scope];
      return rankRows(table, weights, query.negative !== null, query.scored);
    });

  /** Up to `limit` rows of the ranking after `after` (the key of the last row of the previous page). */
  return function rank(scope: SearchScope, query: TranslatedQuery, limit: number, after: RankKey | null): RankedRow[] {
    return guard(() => {
      const params = {
        pos: query.positive,
        ...(query.negative ? { both: `(${query.positive}) AND (${query.negative})` } : {}),
        cap: CANDIDATES,
        titleCap: TITLE_CANDIDATES,
      };
      if (scope === 'sections' || scope === 'citations') {
        const source = scope === 'sections' ? 'section' : 'citation';
        return rowRanking(scope, query)
          .all({ ...params, limit, ...keyParams(after, 0) })
          .map((row) => ({ tier: 0, score: row.s, id: row.id, rid: row.id, source }));
      }
      const statements = articleRanking(query);
      const rows: RankedRow[] = [];
      if (!after || after.tier === 0) {
        for (const row of statements.titles.all({ ...params, limit, ...keyParams(after, 0) })) {
          rows.push({ tier: 0, score: row.s, id: row.id, rid: row.rid, source: 'title' });
        }
      }
      if (rows.length < limit) {
        for (const row of statements.bodies.all({ ...params, limit: limit - rows.length, ...keyParams(after, 1) })) {
          rows.push({ tier: 1, score: row.s, id: row.id, rid: row.rid, source: row.src === 0 ? 'section' : 'infobox' });
        }
      }
      return rows;
    });
  };
}
