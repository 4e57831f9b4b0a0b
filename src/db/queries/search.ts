/**
 * Full-text search over the FTS5 tables of migrations/0002_search_fts.sql (titles_fts,
 * sections_fts, infobox_fts) and 0001 (citations_fts), and title completion; one room a concern:
 *
 * - search/syntax.ts: the user's query read into FTS5 expressions of quoted tokens only;
 * - search/rank.ts: which rows match, in bm25 order, a keyset page at a time, with bounded work;
 * - search/hits.ts: what a ranked row is shown as (article, section, highlighted snippet);
 * - search/complete.ts: title completion;
 * - search/rowids.ts: what the FTS rowids encode.
 *
 * What is not bounded: bm25's first call counts every match of each positive phrase (its idf), so
 * queries made only of words found in most rows ("the", "of the") cost more (tens of ms at 100,000
 * articles). So English stop words (STOP_WORDS) are left out of a query that has other words —
 * they match nearly every row and narrow nothing — and a query made only of stop words is matched
 * but not scored: its hits come in the order the candidates are read (titles first, shortest
 * first; then leads before later sections). A quoted phrase is searched as written.
 */
import type { Db } from '../open.js';
import { createCompletion } from './search/complete.js';
import { createHits } from './search/hits.js';
import { createRanking } from './search/rank.js';

export type { CompletionRow } from './search/complete.js';
export type { HitRow } from './search/hits.js';
export { type RankedRow, type RankKey, type SearchScope } from './search/rank.js';
export { SearchQueryError, translateQuery, type TranslatedQuery } from './search/syntax.js';

export function createSearchQueries(db: Db) {
  const sqlite = db.$client;
  return {
    rank: createRanking(sqlite),
    hit: createHits(sqlite),
    titles: createCompletion(sqlite),
  };
}

export type SearchQueries = ReturnType<typeof createSearchQueries>;
