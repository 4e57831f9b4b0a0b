/**
 * What a ranked row is shown as: its article's title, its section, and a snippet of the matching
 * text, HTML-escaped with `<mark>` around the matches.
 *
 * snippet() marks the matches with markers made of a random nonce (per process), which stored text
 * cannot forge; the text is HTML-escaped first, then the markers become <mark> tags.
 */
import { randomBytes } from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { citationTextSql } from '../../citation-text.js';
import type { Db } from '../../open.js';
import type { sections } from '../../schema.js';
import { columnNumber } from './columns.js';
import type { RankedRow } from './rank.js';
import { articleOfRow, isRedirect, sectionOfRow, titleRowid } from './rowids.js';
import { guard, type TranslatedQuery } from './syntax.js';

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

type SectionRef = Pick<typeof sections.$inferSelect, 'index' | 'anchor' | 'title'>;

/** A hit as the database knows it; src/api/search.ts makes it a wire SearchHit. */
export interface HitRow {
  articleTitle: string;
  section: SectionRef | null;
  snippet: string;
  score: number;
  matchedIn: 'title' | 'redirect' | 'section' | 'infobox' | 'citation';
  citation?: { n: number; text: string };
}

const SECTION_TEXT = columnNumber('sections_fts', 'text');
const SECTION_HEADING = columnNumber('sections_fts', 'heading');
const CITATION_TEXT = columnNumber('citations_fts', 'text');

/** The hit() of createSearchQueries, with its statements. */
export function createHits(sqlite: Db['$client']) {
  const markers = newMarkers();
  const literal = (value: string) => `'${value}'`; // hex and private-use characters only
  const snippetOf = (table: string, column: number) =>
    `snippet(${table}, ${column}, ${literal(markers.start)}, ${literal(markers.end)}, '${ELLIPSIS}', ${SNIPPET_TOKENS})`;

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
      `SELECT ${snippetOf('sections_fts', SECTION_TEXT)} AS snippet FROM sections_fts WHERE sections_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
    infobox: sqlite.prepare(
      `SELECT ${snippetOf('infobox_fts', -1)} AS snippet FROM infobox_fts WHERE infobox_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
    citation: sqlite.prepare(
      `SELECT ${snippetOf('citations_fts', CITATION_TEXT)} AS snippet FROM citations_fts WHERE citations_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
    ),
  };
  const headingSnippet = sqlite.prepare<[string, number], { snippet: string }>(
    `SELECT ${snippetOf('sections_fts', SECTION_HEADING)} AS snippet FROM sections_fts WHERE sections_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  const titleMatches = sqlite.prepare<[string, number], number>(
    'SELECT 1 FROM titles_fts WHERE titles_fts MATCH ? AND rowid = CAST(? AS INTEGER)',
  ).pluck();
  const articleTitle = sqlite.prepare<[number], string>('SELECT title FROM articles WHERE id = ?').pluck();
  const sectionRow = sqlite.prepare<[number, number], SectionRef>(
    'SELECT idx AS "index", anchor, title FROM sections WHERE article_id = ? AND idx = ?',
  );
  const sectionOf = (articleId: number, index: number) => sectionRow.get(articleId, index) ?? null;
  const citationRow = sqlite.prepare<[number], { articleId: number; n: number; text: string }>(
    `SELECT article_id AS articleId, n, ${citationTextSql('c')} AS text FROM citations c WHERE id = ?`,
  );
  const citationSection = sqlite.prepare<[number, number], number | null>(
    `SELECT section_idx FROM citation_uses WHERE article_id = ? AND n = ? AND section_idx IS NOT NULL
     ORDER BY part_seq, position LIMIT 1`,
  ).pluck();

  /** The hit of a ranked row: article, section, snippet. */
  return function hit(query: TranslatedQuery, row: RankedRow): HitRow {
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
          articleTitle: articleTitle.get(citation.articleId)!,
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
        // Matching the lead's text column only, the snippet query both tests and highlights: a
        // row means the text matches, and its snippet of the text is the one the plain query gives.
        const lead = snippets.section.get(`text : (${query.positive})`, id)?.snippet;
        if (lead !== undefined) {
          return { articleTitle: title, section: sectionOf(id, 0), snippet: renderSnippet(lead, markers), score, matchedIn };
        }
        return { articleTitle: title, section: null, snippet: snippet('title', row.rid, query.positive), score, matchedIn };
      }
      const articleId = articleOfRow(row.rid);
      return {
        articleTitle: articleTitle.get(articleId)!,
        section: row.source === 'section' ? sectionOf(articleId, sectionOfRow(row.rid)) : null,
        snippet: snippet(row.source, row.rid, query.positive),
        score,
        matchedIn: row.source,
      };
    });
  };
}
