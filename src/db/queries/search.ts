/**
 * Full-text search over the FTS5 tables of migrations/0002_search_fts.sql (titles_fts,
 * sections_fts, infobox_fts) and 0001 (citations_fts), and title completion.
 *
 * The user's query is never handed to FTS5 as it is: translateQuery() reads the small syntax we
 * offer (`"exact phrase"`, `word*`, `-word`, plain words AND-ed) and writes an FTS5 expression of
 * quoted tokens only, so FTS5 operators, column filters, `^`, NEAR and unbalanced quotes a user
 * types are plain text.
 *
 * Ranking is bm25. For `articles`, an article whose title or a redirect to it matches comes before
 * every article that matches only in its body (a section or the infobox); within each tier, by
 * bm25 (the best row of the article), then id. Pages are keyset pages on (tier, bm25, id).
 *
 * Bounded work: each table contributes at most CANDIDATES matching rows (titles: TITLE_CANDIDATES),
 * read in rowid order — which the rowids make a useful order: shortest titles first, every lead
 * section before any later section (see the migration). Below that many matches the ranking is
 * exact; above it (a word in a large part of a large corpus), the best of those candidates are
 * shown. Every page of a query sees the same candidates, so pages stay consistent. What is not
 * bounded: bm25's first call counts every match of each positive phrase (its idf), so queries made
 * only of words found in most rows ("the", "of the") cost more (tens of ms at 100,000 articles).
 * So English stop words (STOP_WORDS) are left out of a query that has other words — they match
 * nearly every row and narrow nothing — and a query made only of stop words is matched but not
 * scored: its hits come in the order the candidates are read (titles first, shortest first; then
 * leads before later sections). A quoted phrase is searched as written.
 *
 * `-word` excludes rows: titles, sections, infobox rows, citations containing the word.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import type { ArticleRef } from '../../api/wire/common.js';
import { articleRef } from '../../api/wire/links.js';
import type { Db } from '../open.js';

export type SearchScope = 'articles' | 'sections' | 'citations';

/** Bounds on a query, so no query can make FTS5 load arbitrarily many doclists. */
export const MAX_TERMS = 32;
export const MAX_TOKENS = 64;
/** `*` after fewer characters than this is refused: the prefix would match a large part of the vocabulary. */
export const MIN_PREFIX = 2;

/** Matching rows read per table and query (see above): sections, infobox rows, citations. */
export const CANDIDATES = 2_000;
/** Matching titles read per query; shortest first, which for a title is nearly bm25's own order. */
export const TITLE_CANDIDATES = 1_000;

/** Section and infobox rowids: section index (infobox part seq) * 2^32 + article id. */
const ROW_SHIFT = 4294967296;
/** Title rowids: length * 2^32 + article id; for a redirect, length * 2^32 + 2^31 + its rowid. */
const REDIRECT_BIT = 2147483648;
const isRedirect = (rid: number) => Math.floor(rid / REDIRECT_BIT) % 2 === 1;

/** A user query the search cannot run; the route answers 400 with the reason. */
export class SearchQueryError extends Error {
  override name = 'SearchQueryError';
}

interface Term {
  tokens: string[];
  prefix: boolean;
  /** Written in quotes: searched as written, stop words included. */
  quoted: boolean;
}

/**
 * English stop words, Lucene's default set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET). In this
 * corpus each is in most sections ("the" in 90 % of 1,000,000 section rows at 100,000 articles).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of', 'on',
  'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);
const isStopToken = (token: string) => STOP_WORDS.has(token.toLowerCase());
/** A bare stop word: left out when the query has other words. */
const isStopWord = (term: Term) => !term.quoted && !term.prefix && term.tokens.length === 1 && isStopToken(term.tokens[0]!);

export interface TranslatedQuery {
  /** The positive terms AND-ed: `"a" "b c" "d"*` (bare stop words left out when there are other terms). */
  positive: string;
  /** Whether hits are scored by bm25; not when every positive word is a stop word. */
  scored: boolean;
  /** The negative terms OR-ed (`"x" OR "y"`), or null. */
  negative: string | null;
  /** The whole query as one FTS5 expression, `(positive) NOT (negative)`; its digest keys cursors. */
  expression: string;
  /** A digest of the expression, so a cursor is only taken by the query that made it. */
  digest: string;
}

// Runs of what FTS5's unicode61 tokenizer keeps (letters, numbers; marks are folded away by
// remove_diacritics). Everything else separates tokens, quotes and operators included. A run is a
// token if it holds a letter or a number.
const TOKEN_RUN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
const QUOTE = /["“”„«»]/u;
const SPACE = /[\s\p{Cc}\p{Cf}\p{Z}]/u;

export function tokensOf(text: string): string[] {
  return (text.match(TOKEN_RUN) ?? []).filter((token) => HAS_CONTENT.test(token));
}

const ftsTerm = (term: Term): string => `"${term.tokens.join(' ')}"${term.prefix ? '*' : ''}`;

/**
 * The user's query as FTS5 expressions. Syntax: words (all must match), `"exact phrase"`, `word*`
 * (prefix; also `"a phrase"*`), `-word` / `-"phrase"` (exclusion). Anything else is text: FTS5
 * operators are words, punctuation separates words, an unbalanced quote runs to the end.
 */
export function translateQuery(input: string): TranslatedQuery {
  const positive: Term[] = [];
  const negative: Term[] = [];
  const chars = [...input];
  let i = 0;
  while (i < chars.length) {
    if (SPACE.test(chars[i]!)) {
      i++;
      continue;
    }
    let negated = false;
    if ((chars[i] === '-' || chars[i] === '\u2212') && i + 1 < chars.length && !SPACE.test(chars[i + 1]!)) {
      negated = true;
      i++;
    }
    let text = '';
    let prefix = false;
    const quoted = QUOTE.test(chars[i]!);
    if (quoted) {
      i++;
      while (i < chars.length && !QUOTE.test(chars[i]!)) text += chars[i++];
      i++; // the closing quote, if any
      if (chars[i] === '*') {
        prefix = true;
        while (chars[i] === '*') i++;
      }
    } else {
      while (i < chars.length && !SPACE.test(chars[i]!) && !QUOTE.test(chars[i]!)) text += chars[i++];
      prefix = /[\p{L}\p{N}\p{M}]\*+$/u.test(text);
    }
    const tokens = tokensOf(text);
    if (tokens.length === 0) continue;
    if (prefix && [...tokens[tokens.length - 1]!].length < MIN_PREFIX) {
      throw new SearchQueryError(`A prefix search needs at least ${MIN_PREFIX} characters before \`*\` ("${text}").`);
    }
    (negated ? negative : positive).push({ tokens, prefix, quoted });
  }
  if (positive.length === 0) {
    throw new SearchQueryError(
      negative.length > 0
        ? 'The query needs at least one positive term: `-word` only excludes from what the other terms find.'
        : 'The query has no searchable terms: it needs at least one positive term (a word, a number, or a "phrase").',
    );
  }
  const unique = (terms: Term[]) => [...new Set(terms.map(ftsTerm))];
  const content = positive.filter((term) => !isStopWord(term));
  const searched = content.length > 0 ? content : positive;
  const pos = unique(searched);
  const neg = unique(negative);
  if (pos.length + neg.length > MAX_TERMS) {
    throw new SearchQueryError(`The query has ${pos.length + neg.length} terms; at most ${MAX_TERMS} are searched.`);
  }
  const tokenCount = [...positive, ...negative].reduce((sum, term) => sum + term.tokens.length, 0);
  if (tokenCount > MAX_TOKENS) {
    throw new SearchQueryError(`The query has ${tokenCount} words; at most ${MAX_TOKENS} are searched.`);
  }
  const positiveExpr = pos.join(' ');
  const negativeExpr = neg.length > 0 ? neg.join(' OR ') : null;
  const expression = negativeExpr ? `(${positiveExpr}) NOT (${negativeExpr})` : positiveExpr;
  return {
    positive: positiveExpr,
    scored: !searched.every((term) => term.tokens.every(isStopToken)),
    negative: negativeExpr,
    expression,
    digest: createHash('sha1').update(expression).digest('base64url').slice(0, 10),
  };
}

/** Completion expressions: the whole title starting with the words, and the words anywhere. */
export function translatePrefix(input: string): { whole: string; words: string } | null {
  const tokens = tokensOf(input).slice(0, 16);
  if (tokens.length === 0) return null;
  // The last word is still being typed unless a space or punctuation follows it.
  const typing = /[\p{L}\p{N}\p{M}]$/u.test(input);
  const last = tokens.length - 1;
  return {
    whole: `^"${tokens.join(' ')}"${typing ? '*' : ''}`,
    words: tokens.map((token, i) => `"${token}"${typing && i === last ? '*' : ''}`).join(' '),
  };
}

// snippet() marks the matches with markers made of a random nonce (per process), which stored
// text cannot forge; the text is HTML-escaped first, then the markers become <mark> tags.
export interface Markers {
  start: string;
  end: string;
}
export const newMarkers = (): Markers => {
  const nonce = randomBytes(12).toString('hex');
  return { start: `\uE000${nonce}\uE001`, end: `\uE002${nonce}\uE003` };
};
const ELLIPSIS = '…';
const SNIPPET_TOKENS = 24;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** FTS5 snippet output → HTML: escaped text, `<mark>` around matches, whitespace collapsed. */
export function renderSnippet(raw: string, markers: Markers): string {
  // The markers hold no character that escaping changes.
  const escaped = raw.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
  const start = escapeRegExp(markers.start);
  const end = escapeRegExp(markers.end);
  return escaped
    .replace(new RegExp(`${start}([\\s\\S]*?)${end}`, 'g'), '<mark>$1</mark>')
    .replace(new RegExp(`${start}|${end}`, 'g'), '')
    .replace(/\s+/g, ' ')
    .trim();
}

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

export interface SearchHit {
  article: ArticleRef;
  section: { index: number; anchor: string | null; title: string | null } | null;
  snippet: string;
  score: number;
  matchedIn: 'title' | 'redirect' | 'section' | 'infobox' | 'citation';
  citation?: { n: number; text: string };
}

export interface TitleSuggestion {
  title: string;
  redirect: boolean;
  target: ArticleRef;
}

const SECTION_WEIGHTS = '3.0, 1.0'; // heading, text
const INFOBOX_WEIGHTS = '0.5, 1.0'; // label, value
const CITATION_WEIGHTS = '2.0, 2.0, 1.0, 1.0'; // authors, title, publisher, text

type KeyParams = { has: number; score: number; id: number };
const keyParams = (after: RankKey | null, tier: number): KeyParams =>
  after && after.tier === tier ? { has: 1, score: after.score, id: after.id } : { has: 0, score: 0, id: 0 };
const KEYSET = '(@has = 0 OR s > @score OR (s = @score AND id > @id))';

/** FTS5 reports a query it cannot run as an SQLITE_ERROR starting "fts5:"; it is the query's fault. */
function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/^fts5:|unterminated string|malformed MATCH/i.test(message)) {
      throw new SearchQueryError('The query could not be run; quote unusual characters or remove them.');
    }
    throw error;
  }
}

type RankParams = KeyParams & { pos: string; both?: string; limit: number; cap: number; titleCap: number };

export function createSearchQueries(db: Db) {
  const sqlite = db.$client;
  const markers = newMarkers();
  const literal = (value: string) => `'${value}'`; // hex and private-use characters only
  const snippetOf = (table: string, column: number) =>
    `snippet(${table}, ${column}, ${literal(markers.start)}, ${literal(markers.end)}, '${ELLIPSIS}', ${SNIPPET_TOKENS})`;

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

  function articleStatements(withNegatives: boolean, scored: boolean) {
    const titleRows = withNegatives ? `(SELECT * FROM t WHERE rid NOT IN (${excluded('titles_fts', 't')}))` : 't';
    return {
      // Tier 0: the title or a redirect matches. One row per article: its best title row.
      titles: sqlite.prepare<RankParams, { id: number; s: number; rid: number }>(
        `WITH t AS MATERIALIZED (${titleCandidates(scored)})
         SELECT id, s, rid FROM (SELECT a AS id, min(s) AS s, rid FROM ${titleRows} GROUP BY a)
         WHERE ${KEYSET} ORDER BY s, id LIMIT @limit`,
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
         ) WHERE ${KEYSET} ORDER BY s, id LIMIT @limit`,
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
       ) WHERE ${KEYSET} ORDER BY s, id LIMIT @limit`,
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

  // A title hit is shown from the lead when its text matches (one rowid lookup; bm25 is not used
  // here, as its first call scans every match of the query), else from the highlighted title.
  // Rowids are cast where bound: FTS5 ignores a rowid constraint whose value is a REAL, and
  // better-sqlite3 binds JS numbers as REALs.
  const snippets: Record<RankedRow['source'], Statement<[string, number], { snippet: string }>> = {
    title: sqlite.prepare(
      `SELECT highlight(titles_fts, 0, ${literal(markers.start)}, ${literal(markers.end)}) AS snippet
       FROM titles_fts WHERE titles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
    section: sqlite.prepare(
      `SELECT ${snippetOf('sections_fts', 1)} AS snippet FROM sections_fts WHERE sections_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
    infobox: sqlite.prepare(
      `SELECT ${snippetOf('infobox_fts', -1)} AS snippet FROM infobox_fts WHERE infobox_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
    citation: sqlite.prepare(
      `SELECT ${snippetOf('citations_fts', 3)} AS snippet FROM citations_fts WHERE citations_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
  };
  const headingSnippet = sqlite.prepare<[string, number], { snippet: string }>(
    `SELECT ${snippetOf('sections_fts', 0)} AS snippet FROM sections_fts WHERE sections_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const titleMatches = sqlite.prepare<[string, number], number>(
    'SELECT 1 FROM titles_fts WHERE titles_fts MATCH ? AND rowid = CAST(? AS INTEGER)',
  ).pluck();
  /** The titles_fts rowid of an article's title (SQLite's length() counts code points). */
  const titleRowid = (title: string, id: number) => Math.min([...title].length, 4095) * 4294967296 + id;
  const articleTitle = sqlite.prepare<[number], string>('SELECT title FROM articles WHERE id = ?').pluck();
  const sectionRow = sqlite.prepare<[number, number], { index: number; anchor: string | null; title: string | null }>(
    'SELECT idx AS "index", anchor, title FROM sections WHERE article_id = ? AND idx = ?',
  );
  const sectionOf = (articleId: number, index: number) => sectionRow.get(articleId, index) ?? null;
  const citationRow = sqlite.prepare<[number], { articleId: number; n: number; text: string }>(
    'SELECT article_id AS articleId, n, text FROM citations WHERE id = ?',
  );
  const citationSection = sqlite.prepare<[number, number], number | null>(
    `SELECT section_idx FROM citation_uses WHERE article_id = ? AND n = ? AND section_idx IS NOT NULL
     ORDER BY part_seq, position LIMIT 1`,
  ).pluck();
  const completion = sqlite.prepare<[string, number], { rid: number; title: string; articleId: number }>(
    'SELECT rowid AS rid, title, article_id AS articleId FROM titles_fts WHERE titles_fts MATCH ? ORDER BY rowid LIMIT ?',
  );

  return {
    /** Up to `limit` rows of the ranking after `after` (the key of the last row of the previous page). */
    rank(scope: SearchScope, query: TranslatedQuery, limit: number, after: RankKey | null): RankedRow[] {
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
    },

    /** The hit of a ranked row: article, section, snippet. */
    hit(query: TranslatedQuery, row: RankedRow): SearchHit {
      return guard(() => {
        const score = Number((-row.score).toPrecision(6));
        const snippet = (source: RankedRow['source'], rid: number, match: string) => {
          let raw = snippets[source].get(match, rid)?.snippet ?? '';
          // A section whose heading matches but not its text: the heading's snippet.
          if (source === 'section' && !raw.includes(markers.start)) raw = headingSnippet.get(match, rid)?.snippet ?? raw;
          return renderSnippet(raw, markers);
        };
        if (row.source === 'citation') {
          const citation = citationRow.get(row.rid)!;
          const index = citationSection.get(citation.articleId, citation.n);
          return {
            article: articleRef(articleTitle.get(citation.articleId)!),
            section: index === undefined || index === null ? null : sectionOf(citation.articleId, index),
            snippet: snippet('citation', row.rid, query.positive),
            score,
            matchedIn: 'citation',
            citation: { n: citation.n, text: citation.text },
          };
        }
        if (row.source === 'title') {
          const id = row.id;
          const title = articleTitle.get(id)!;
          // A redirect's title scored best; say 'title' still when the article's own title matches too.
          const matchedIn = isRedirect(row.rid) && !titleMatches.get(query.positive, titleRowid(title, id)) ? 'redirect' : 'title';
          const article = articleRef(title);
          // Matching the lead's text column only, the snippet query both tests and highlights: a
          // row means the text matches, and its snippet of the text is the one the plain query gives.
          const lead = snippets.section.get(`text : (${query.positive})`, id)?.snippet;
          if (lead !== undefined) {
            return { article, section: sectionOf(id, 0), snippet: renderSnippet(lead, markers), score, matchedIn };
          }
          return { article, section: null, snippet: snippet('title', row.rid, query.positive), score, matchedIn };
        }
        const articleId = row.rid % ROW_SHIFT;
        return {
          article: articleRef(articleTitle.get(articleId)!),
          section: row.source === 'section' ? sectionOf(articleId, Math.floor(row.rid / ROW_SHIFT)) : null,
          snippet: snippet(row.source, row.rid, query.positive),
          score,
          matchedIn: row.source,
        };
      });
    },

    /**
     * Title completion: titles and redirects whose whole title starts with the words typed (the
     * last one as a prefix), shortest first; then titles holding the words anywhere, shortest
     * first. Case and diacritics are ignored. FTS5 reads titles_fts in rowid order, and the
     * rowid leads with the title's length, so each query stops at the limit.
     */
    titles(prefix: string, limit: number): TitleSuggestion[] {
      const expressions = translatePrefix(prefix);
      if (!expressions) return [];
      return guard(() => {
        const rows = completion.all(expressions.whole, limit);
        if (rows.length < limit) {
          const seen = new Set(rows.map((row) => row.rid));
          for (const row of completion.all(expressions.words, limit + rows.length)) {
            if (rows.length >= limit) break;
            if (!seen.has(row.rid)) rows.push(row);
          }
        }
        return rows.map((row) => ({
          title: row.title,
          redirect: isRedirect(row.rid),
          target: articleRef(articleTitle.get(row.articleId)!),
        }));
      });
    },
  };
}

export type SearchQueries = ReturnType<typeof createSearchQueries>;
