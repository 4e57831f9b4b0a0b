/**
 * An article's source, kept once: compressed (raw DEFLATE, what node:zlib ships) in its `parts`
 * row, with the parts as byte ranges into it; read back byte for byte for `/source`, and part by
 * part for what needs a part's text (hatnotes relinked).
 *
 * The source is compressed with its sections' text as a preset dictionary: that text is most of
 * the source's words, already stored (compressed) in the section bodies, so the source keeps only
 * what differs (markup, parameters, references). Reading inflates the bodies first; a source
 * compressed without one (before this) reads the same with it, since its stream never looks back
 * beyond its own start.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { render } from '../document/render.js';
import type { Document, PartKind } from '../document/types.js';
import type { Db } from './open.js';
import type { StoredPart } from './schema.js';
import { bodyBytes } from './section-text.js';

/** DEFLATE looks back 32 KB at most: the end of a longer dictionary is all it can use. */
const WINDOW = 32 * 1024;

/** The dictionary a source is compressed with: the end of its sections' text, their bodies' UTF-8 one after the other in section order. */
const dictionaryOf = (text: Uint8Array) => ({ dictionary: text.subarray(Math.max(0, text.length - WINDOW)) });

/**
 * The `parts` row of a document: its parts as ranges of the UTF-8 source (JSON), and the source, each
 * compressed; `sectionText` is its section bodies' text, as stored, one after the other in section order.
 */
export function storedParts(document: Pick<Document, 'parts' | 'trailing'>, sectionText: Uint8Array): { items: Uint8Array; source: Uint8Array } {
  let offset = 0;
  const items = document.parts.map((part): StoredPart => {
    const start = offset;
    const rawStart = start + Buffer.byteLength(part.lead);
    offset = rawStart + Buffer.byteLength(part.raw);
    return [part.kind, part.line, start, rawStart, offset];
  });
  return { items: deflateRawSync(JSON.stringify(items)), source: deflateRawSync(render(document), dictionaryOf(sectionText)) };
}

/** The `items` column as bytes: a BLOB is compressed; TEXT is as an older version wrote it (parts' JSON from before it was compressed). */
function storedBytes(stored: Uint8Array | string): Buffer {
  return typeof stored === 'string' ? Buffer.from(stored) : inflateRawSync(stored);
}

type Sqlite = Db['$client'];
const sqliteOf = (db: Db | Sqlite): Sqlite => ('prepare' in db ? db : db.$client);

function partsRow(sqlite: Sqlite, articleId: number) {
  return sqlite.prepare<[number], { items: Uint8Array | string; source: Uint8Array | string }>('SELECT items, source FROM parts WHERE article_id = ?').get(articleId);
}

/** The source's bytes: a BLOB compressed with its sections' text as dictionary; TEXT as a database migrated from before 0013 keeps it. */
function sourceBytes(sqlite: Sqlite, articleId: number, stored: Uint8Array | string): Buffer {
  if (typeof stored === 'string') return Buffer.from(stored);
  const bodies = sqlite.prepare<[number], Uint8Array>('SELECT body FROM sections WHERE article_id = ? AND body IS NOT NULL ORDER BY idx').pluck().all(articleId);
  return inflateRawSync(stored, dictionaryOf(bodies.length === 0 ? new Uint8Array(0) : bodyBytes(Buffer.concat(bodies))));
}

export function articleSource(db: Db | Sqlite, articleId: number): string | null {
  const sqlite = sqliteOf(db);
  const row = partsRow(sqlite, articleId);
  return row ? sourceBytes(sqlite, articleId, row.source).toString('utf8') : null;
}

/** The parts of an article with their text, in seq order (none if it has no row). */
export function articleParts(sqlite: Db['$client'], articleId: number): { kind: PartKind; line: number; lead: string; raw: string }[] {
  const row = partsRow(sqlite, articleId);
  if (!row) return [];
  const bytes = sourceBytes(sqlite, articleId, row.source);
  return (JSON.parse(storedBytes(row.items).toString('utf8')) as StoredPart[]).map(([kind, line, start, rawStart, end]) => ({
    kind,
    line,
    lead: bytes.toString('utf8', start, rawStart),
    raw: bytes.toString('utf8', rawStart, end),
  }));
}
