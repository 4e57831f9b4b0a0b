/**
 * Source de-duplication: the citations of one work, across articles, point to one source row, which names the citation whose fields are the work's (the group's first); at the end of a run the citations it touched are grouped again (src/document/partition.ts), so the sources do not depend on the order articles came in.
 *
 * Citations are written without a source. The run remembers the title keys and ISBNs/DOIs of the
 * citations it inserts or deletes; at its end the citations linked to those by shared keys and
 * identifiers (transitively) are read, partitioned, and their sources rewritten: a group keeps
 * the smallest source id among its members' (so a work's id survives a run that does not change
 * it), others get new ones in order of their first citation, and sources left with no citation
 * are pruned. A run into an empty database groups everything in one pass.
 */
import type Database from 'better-sqlite3';
import { partitionWorks } from '../document/partition.js';
import type { Work } from '../document/grouping.js';
import { sourceKey } from '../document/references/parse.js';
import type { ReferenceFields } from '../document/references/schema.js';
import { citationFields, type CitationColumns } from './citation-fields.js';
import type { Inserted } from './insert.js';
import { COLUMNS, offsetsOf, type CitationRow, type Flat, type IdentifierRow } from './rows.js';

/** A citation as grouping reads it. */
interface CitationWork {
  id: number;
  article_id: number;
  n: number;
  source_key: string;
  authors: string;
  year: number | null;
  publisher: string | null;
  source_id: number | null;
}

interface Identifier {
  kind: IdentifierRow['kind'];
  value: string;
}

/** The identifiers that link citations (an OCLC number alone does not make two citations one work). */
const LINKING = new Set<string>(['isbn', 'doi']);

const CITATION = offsetsOf(COLUMNS.citations);
const CITATION_STRIDE = COLUMNS.citations.length;
const IDENTIFIER = offsetsOf(COLUMNS.identifiers);
const IDENTIFIER_STRIDE = COLUMNS.identifiers.length;

/** The mark migration 0014 leaves on the citations of an earlier database, whose keys are computed on the next run. */
const UNKEYED = '?';

const WORK = 'c.id AS id, c.article_id AS article_id, c.n AS n, c.source_key AS source_key, c.authors AS authors, c.year AS year, c.publisher AS publisher, c.source_id AS source_id';

export function createSources(sqlite: Database.Database, inserted: Inserted) {
  const statements = {
    anyCitation: sqlite.prepare('SELECT 1 FROM citations LIMIT 1').pluck(),
    unkeyed: sqlite.prepare<[string], CitationColumns & { id: number }>(
      'SELECT id, kind, authors, year, date, title, chapter, pages, place, publisher, url, format, fields FROM citations WHERE source_key = ?',
    ),
    setKey: sqlite.prepare('UPDATE citations SET source_key = ? WHERE id = ?'),
    allWorks: sqlite.prepare<[], CitationWork>(`SELECT ${WORK} FROM citations c WHERE c.source_key IS NOT NULL`),
    allIdentifiers: sqlite.prepare<[], { article_id: number; n: number } & Identifier>('SELECT article_id, n, kind, value FROM citation_identifiers'),
    worksOfKey: sqlite.prepare<[string], CitationWork>(`SELECT ${WORK} FROM citations c WHERE c.source_key = ?`),
    worksOfIdentifier: sqlite.prepare<[string, string], CitationWork>(
      `SELECT ${WORK} FROM citation_identifiers i JOIN citations c ON c.article_id = i.article_id AND c.n = i.n
       WHERE i.kind = ? AND i.value = ? AND c.source_key IS NOT NULL`,
    ),
    identifiersOf: sqlite.prepare<[number, number], Identifier>('SELECT kind, value FROM citation_identifiers WHERE article_id = ? AND n = ?'),
    keysOfArticles: sqlite.prepare<[string], string>(
      'SELECT DISTINCT source_key FROM citations WHERE article_id IN (SELECT value FROM json_each(?)) AND source_key IS NOT NULL',
    ).pluck(),
    identifiersOfArticles: sqlite.prepare<[string], Identifier>(
      `SELECT DISTINCT kind, value FROM citation_identifiers WHERE article_id IN (SELECT value FROM json_each(?)) AND kind IN ('isbn', 'doi')`,
    ),
    insertSource: sqlite.prepare('INSERT INTO sources (citation_id) VALUES (?)'),
    updateSource: sqlite.prepare('UPDATE sources SET citation_id = ? WHERE id = ?'),
    deleteSourceIdentifiers: sqlite.prepare('DELETE FROM source_identifiers WHERE source_id = ?'),
    insertSourceIdentifier: sqlite.prepare('INSERT OR IGNORE INTO source_identifiers (source_id, kind, value) VALUES (?, ?, ?)'),
    setSource: sqlite.prepare('UPDATE citations SET source_id = ? WHERE id = ?'),
    /** "Ibid." cites the work of the nearest reference before it that is not "Ibid." itself. */
    ibidOf: (where: string) =>
      sqlite.prepare(
        `UPDATE citations SET source_id = (
           SELECT p.source_id FROM citations p WHERE p.article_id = citations.article_id AND p.n < citations.n AND p.kind <> 'ibid'
           ORDER BY p.n DESC LIMIT 1)
         WHERE kind = 'ibid' ${where}`,
      ),
    pruneSources: sqlite.prepare('DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM citations WHERE source_id IS NOT NULL)'),
    /**
     * The identifiers of the sources pruned: every source a run regroups has its identifiers written
     * again, so only those are stale (and, run before the secondary indexes are back, a lookup by
     * the citations' source would scan them for each identifier).
     */
    pruneSourceIdentifiers: sqlite.prepare('DELETE FROM source_identifiers WHERE source_id NOT IN (SELECT id FROM sources)'),
  };
  const ibidAll = statements.ibidOf('');
  const ibidOfArticles = statements.ibidOf('AND article_id IN (SELECT value FROM json_each(?))');

  /** Everything is grouped at the end: the run started from an empty database (or one whose keys it had to compute). */
  let everything = statements.anyCitation.get() === undefined;
  const touchedKeys = new Set<string>();
  const touchedIdentifiers = new Set<string>();
  const touchedArticles = new Set<number>();
  const touchIdentifier = ({ kind, value }: Identifier) => {
    if (LINKING.has(kind)) touchedIdentifiers.add(`${kind}\u0000${value}`);
  };

  /** Computes the keys migration 0014 could not; the grouping of such a database is redone whole. */
  function keyEarlierCitations(): void {
    const unkeyed = statements.unkeyed.all(UNKEYED);
    for (const row of unkeyed) statements.setKey.run(sourceKey(citationFields(row) as ReferenceFields), row.id);
    if (unkeyed.length > 0) everything = true;
  }

  /** The citations linked to what the run touched by shared keys and identifiers, with every identifier of each. */
  function touchedWorks(): { works: CitationWork[]; identifiers: Map<number, Identifier[]> } {
    const works = new Map<number, CitationWork>();
    const identifiers = new Map<number, Identifier[]>();
    const seenKeys = new Set<string>();
    const seenIdentifiers = new Set<string>();
    const keys = [...touchedKeys];
    const ids = [...touchedIdentifiers];
    const visit = (found: CitationWork[]) => {
      for (const work of found) {
        if (works.has(work.id)) continue;
        works.set(work.id, work);
        if (!seenKeys.has(work.source_key)) keys.push(work.source_key);
        const own = statements.identifiersOf.all(work.article_id, work.n);
        identifiers.set(work.id, own);
        for (const { kind, value } of own) if (LINKING.has(kind)) ids.push(`${kind}\u0000${value}`);
      }
    };
    while (keys.length > 0 || ids.length > 0) {
      const key = keys.pop();
      if (key !== undefined) {
        if (!seenKeys.has(key)) {
          seenKeys.add(key);
          visit(statements.worksOfKey.all(key));
        }
        continue;
      }
      const id = ids.pop()!;
      if (seenIdentifiers.has(id)) continue;
      seenIdentifiers.add(id);
      const [kind, value] = id.split('\u0000') as [string, string];
      visit(statements.worksOfIdentifier.all(kind, value));
    }
    return { works: [...works.values()], identifiers };
  }

  function allWorks(): { works: CitationWork[]; identifiers: Map<number, Identifier[]> } {
    const works = statements.allWorks.all();
    const idOf = new Map<string, number>();
    for (const work of works) idOf.set(`${work.article_id}:${work.n}`, work.id);
    const identifiers = new Map<number, Identifier[]>();
    for (const { article_id, n, kind, value } of statements.allIdentifiers.iterate()) {
      const id = idOf.get(`${article_id}:${n}`);
      if (id === undefined) continue;
      const list = identifiers.get(id);
      if (list === undefined) identifiers.set(id, [{ kind, value }]);
      else list.push({ kind, value });
    }
    return { works, identifiers };
  }

  /** Partitions the citations and writes their sources; returns the articles whose citations changed source. */
  function writeGroups(works: CitationWork[], identifiers: Map<number, Identifier[]>): Set<number> {
    const items = works.map((citation) => {
      const own = identifiers.get(citation.id) ?? [];
      const valuesOf = (kind: string) => own.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.value);
      const work: Work = {
        key: citation.source_key,
        authors: JSON.parse(citation.authors) as string[],
        year: citation.year,
        publisher: citation.publisher,
        isbn: valuesOf('isbn'),
        doi: valuesOf('doi'),
      };
      return { citation, work };
    });
    // New ids in order of each work's first citation, as the citations were written.
    const groups = partitionWorks(items)
      .map((members) => ({ members, first: members.reduce((least, { citation }) => Math.min(least, citation.id), Infinity) }))
      .sort((a, b) => a.first - b.first);
    const claimed = new Set<number>();
    const changed = new Set<number>();
    for (const { members } of groups) {
      const representative = members[0]!.citation.id;
      let id: number | undefined;
      for (const { citation } of members) {
        const old = citation.source_id;
        if (old !== null && !claimed.has(old) && (id === undefined || old < id)) id = old;
      }
      if (id === undefined) {
        id = Number(statements.insertSource.run(representative).lastInsertRowid);
        inserted('sources', id);
      } else {
        statements.updateSource.run(representative, id);
        statements.deleteSourceIdentifiers.run(id);
      }
      claimed.add(id);
      for (const { citation } of members) {
        for (const { kind, value } of identifiers.get(citation.id) ?? []) statements.insertSourceIdentifier.run(id, kind, value);
        if (citation.source_id !== id) {
          statements.setSource.run(id, citation.id);
          changed.add(citation.article_id);
        }
      }
    }
    return changed;
  }

  return {
    /** Remembers the keys and identifiers of an article's citations as they are inserted, to group them at the end of the run. */
    inserted(articleId: number, citations: Flat<CitationRow>, identifiers: Flat<IdentifierRow>): void {
      touchedArticles.add(articleId);
      if (everything) return;
      for (let i = 0; i < citations.length; i += CITATION_STRIDE) {
        const key = citations[i + CITATION.sourceKey] as string | null;
        if (key !== null) touchedKeys.add(key);
      }
      for (let i = 0; i < identifiers.length; i += IDENTIFIER_STRIDE) {
        touchIdentifier({ kind: identifiers[i + IDENTIFIER.kind] as Identifier['kind'], value: identifiers[i + IDENTIFIER.value] as string });
      }
    },

    /** Remembers the keys and identifiers of the citations of articles about to be deleted. */
    deleting(articleIds: number[]): void {
      if (everything) return;
      const json = JSON.stringify(articleIds);
      for (const key of statements.keysOfArticles.all(json)) touchedKeys.add(key);
      for (const identifier of statements.identifiersOfArticles.all(json)) touchIdentifier(identifier);
    },

    /** Groups the citations the run touched into sources, then drops the sources no citation points to any more. */
    group(): void {
      keyEarlierCitations();
      const { works, identifiers } = everything ? allWorks() : touchedWorks();
      const changed = writeGroups(works, identifiers);
      if (everything) ibidAll.run();
      else ibidOfArticles.run(JSON.stringify([...new Set([...touchedArticles, ...changed])]));
      statements.pruneSources.run();
      statements.pruneSourceIdentifiers.run();
      touchedKeys.clear();
      touchedIdentifiers.clear();
      touchedArticles.clear();
    },
  };
}
