/**
 * Source de-duplication: the citations of one work, across articles, point to one source row (the grouping rule decides).
 */
import type Database from 'better-sqlite3';
import { sameWork, type Work } from '../document/grouping.js';
import type { Inserted } from './insert.js';
import { COLUMNS, offsetsOf, type CitationRow, type Flat, type IdentifierRow, type SourceRow } from './rows.js';

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

type Identifier = Pick<IdentifierRow, 'kind' | 'value'>;

/** The offsets of the columns of a citation and an identifier in their flat arrays, and the length of a row. */
const CITATION = { ...offsetsOf(COLUMNS.citations), stride: COLUMNS.citations.length };
const IDENTIFIER = { ...offsetsOf(COLUMNS.identifiers), stride: COLUMNS.identifiers.length };

/** A work as the grouping rule reads it: its title key, authors (JSON), year, publisher and the ISBNs and DOIs among its identifiers. */
function workOf(key: string, authors: string, year: number | null, publisher: string | null, identifiers: Identifier[]): Work {
  const valuesOf = (kind: string) => identifiers.filter((identifier) => identifier.kind === kind).map((identifier) => identifier.value);
  return { key, authors: JSON.parse(authors) as string[], year, publisher, isbn: valuesOf('isbn'), doi: valuesOf('doi') };
}

function candidateWork(candidate: SourceCandidate): Work {
  const identifiers = (JSON.parse(candidate.identifiers) as [Identifier['kind'], string][]).map(([kind, value]) => ({ kind, value }));
  return workOf(candidate.key, candidate.authors, candidate.year, candidate.publisher, identifiers);
}

export function createSources(sqlite: Database.Database, inserted: Inserted) {
  const statements = {
    /** The works of a title key, or those carrying an identifier, as the grouping rule reads them. */
    sourcesOfKey: sqlite.prepare<[string], SourceCandidate>(`SELECT ${CANDIDATE} FROM sources s WHERE s.key = ? ORDER BY s.id`),
    sourcesOfIdentifier: sqlite.prepare<[string, string], SourceCandidate>(
      `SELECT ${CANDIDATE} FROM source_identifiers i JOIN sources s ON s.id = i.source_id WHERE i.kind = ? AND i.value = ? ORDER BY s.id`,
    ),
    insertSourceIdentifier: sqlite.prepare('INSERT OR IGNORE INTO source_identifiers (source_id, kind, value) VALUES (?, ?, ?)'),
    insertSource: sqlite.prepare(
      'INSERT INTO sources (key, title, authors, year, publisher, place, url, kind) VALUES (@key, @title, @authors, @year, @publisher, @place, @url, @kind)',
    ),
    pruneSources: sqlite.prepare('DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM citations WHERE source_id IS NOT NULL)'),
    /** A source's identifiers that none of its citations carries any more (its citing articles replaced). */
    pruneSourceIdentifiers: sqlite.prepare(
      `DELETE FROM source_identifiers WHERE NOT EXISTS (
         SELECT 1 FROM citations c JOIN citation_identifiers ci ON ci.article_id = c.article_id AND ci.n = c.n
         WHERE c.source_id = source_identifiers.source_id AND ci.kind = source_identifiers.kind AND ci.value = source_identifiers.value)`,
    ),
  };

  /**
   * The id of the source of `source` (with the identifiers of its citation): an earlier source
   * sharing an identifier with it, else one of its title key that sameWork() accepts, else a new
   * one. Its identifiers are added to the source's.
   */
  function sourceIdFor(source: SourceRow, identifiers: Identifier[]): number {
    const work = workOf(source.key, source.authors, source.year, source.publisher, identifiers);
    const accepts = (candidate: SourceCandidate) => sameWork(work, candidateWork(candidate));
    let id: number | undefined;
    for (const { kind, value } of identifiers) {
      if (kind === 'oclc' || id !== undefined) continue;
      id = statements.sourcesOfIdentifier.all(kind, value).find(accepts)?.id;
    }
    id ??= statements.sourcesOfKey.all(work.key).find(accepts)?.id;
    if (id === undefined) {
      id = Number(statements.insertSource.run(source).lastInsertRowid);
      inserted('sources', id);
    }
    for (const { kind, value } of identifiers) statements.insertSourceIdentifier.run(id, kind, value);
    return id;
  }

  return {
    /** The source id of each citation, in order (null: it cites no work); "Ibid." cites the work of the reference before it. */
    sourceIds(citations: Flat<CitationRow>, identifiers: Flat<IdentifierRow>): (number | null)[] {
      const identifiersOf = new Map<number, Identifier[]>();
      for (let i = 0; i < identifiers.length; i += IDENTIFIER.stride) {
        const n = identifiers[i + IDENTIFIER.n] as number;
        const identifier = { kind: identifiers[i + IDENTIFIER.kind] as Identifier['kind'], value: identifiers[i + IDENTIFIER.value] as string };
        identifiersOf.set(n, [...(identifiersOf.get(n) ?? []), identifier]);
      }
      const ids: (number | null)[] = [];
      let previous: number | null = null;
      for (let i = 0; i < citations.length; i += CITATION.stride) {
        const key = citations[i + CITATION.sourceKey] as string | null;
        let sourceId: number | null = citations[i + CITATION.kind] === 'ibid' ? previous : null;
        if (key !== null) {
          const at = (column: keyof typeof CITATION) => citations[i + CITATION[column]] as never;
          const source: SourceRow = {
            key,
            title: at('title'),
            authors: at('authors'),
            year: at('year'),
            publisher: at('publisher'),
            place: at('place'),
            url: at('url'),
            kind: at('kind'),
          };
          sourceId = sourceIdFor(source, identifiersOf.get(citations[i + CITATION.n] as number) ?? []);
        }
        ids.push(sourceId);
        previous = sourceId;
      }
      return ids;
    },

    /** Drops sources no citation points to any more (after replacing articles). */
    prune(): void {
      statements.pruneSources.run();
      statements.pruneSourceIdentifiers.run();
    },
  };
}
