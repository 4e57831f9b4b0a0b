/**
 * An article's source, kept once: compressed (raw DEFLATE, what node:zlib ships) in its `parts`
 * row, with the parts as byte ranges into it; read back byte for byte for `/source`, and part by
 * part for what needs a part's text (hatnotes relinked).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { render } from '../document/render.js';
import type { Document, PartKind } from '../document/types.js';
import type { Db } from './open.js';
import type { StoredPart } from './schema.js';

/** The `parts` row of a document: its parts as ranges of the UTF-8 source (JSON), and the source, each compressed. */
export function storedParts(document: Pick<Document, 'parts' | 'trailing'>): { items: Uint8Array; source: Uint8Array } {
  let offset = 0;
  const items = document.parts.map((part): StoredPart => {
    const start = offset;
    const rawStart = start + Buffer.byteLength(part.lead);
    offset = rawStart + Buffer.byteLength(part.raw);
    return [part.kind, part.line, start, rawStart, offset];
  });
  return { items: deflateRawSync(JSON.stringify(items)), source: deflateRawSync(render(document)) };
}

/**
 * A `parts` column as bytes: a BLOB is compressed; TEXT is as an older version wrote it (a source
 * migrated from before migration 0013, parts' JSON from before it was compressed).
 */
function storedBytes(stored: Uint8Array | string): Buffer {
  return typeof stored === 'string' ? Buffer.from(stored) : inflateRawSync(stored);
}

function partsRow(db: Db | Db['$client'], articleId: number) {
  const sqlite = 'prepare' in db ? db : db.$client;
  return sqlite.prepare<[number], { items: Uint8Array | string; source: Uint8Array | string }>('SELECT items, source FROM parts WHERE article_id = ?').get(articleId);
}

export function articleSource(db: Db, articleId: number): string | null {
  const row = partsRow(db, articleId);
  return row ? storedBytes(row.source).toString('utf8') : null;
}

/** The parts of an article with their text, in seq order (none if it has no row). */
export function articleParts(sqlite: Db['$client'], articleId: number): { kind: PartKind; line: number; lead: string; raw: string }[] {
  const row = partsRow(sqlite, articleId);
  if (!row) return [];
  const bytes = storedBytes(row.source);
  return (JSON.parse(storedBytes(row.items).toString('utf8')) as StoredPart[]).map(([kind, line, start, rawStart, end]) => ({
    kind,
    line,
    lead: bytes.toString('utf8', start, rawStart),
    raw: bytes.toString('utf8', rawStart, end),
  }));
}
