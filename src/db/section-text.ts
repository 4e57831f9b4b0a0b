/**
 * A section's display text, kept once and compressed: the text of its blocks other than hatnotes,
 * joined with newlines (what its search index holds), raw DEFLATE in `sections.body`; each of those
 * blocks keeps only its length, and is read back as a slice of it. Hatnotes, short, keep their text.
 *
 * Each body ends with a sync flush instead of a final block, so an article's bodies, put one after
 * the other, are one DEFLATE stream: an article read inflates once (one call costs more than a
 * section's bytes do), and a search snippet inflates only its own section.
 */
import { constants, deflateRawSync, inflateRawSync } from 'node:zlib';
import type Database from 'better-sqlite3';

const FLUSHED = { finishFlush: constants.Z_SYNC_FLUSH };

/** What sections_fts indexes as a section's text: `kind != 'hatnote'` (migration 0013's view). */
export const inBody = (kind: string): boolean => kind !== 'hatnote';

/** The stored body of a section whose blocks (other than hatnotes) have these texts, in seq order; null for none. */
export function storedBody(texts: string[]): Buffer | null {
  return texts.length === 0 ? null : deflateRawSync(texts.join('\n'), FLUSHED);
}

/** The text of one body, or of several bodies one after the other. */
export function bodyText(body: Uint8Array): string {
  return bodyBytes(body).toString('utf8');
}

/** bodyText() as UTF-8 bytes. */
export function bodyBytes(body: Uint8Array): Buffer {
  return inflateRawSync(body, FLUSHED);
}

/** A stored block: `textLength` set means its text is that many UTF-16 units of its section's body. */
interface StoredBlock {
  sectionIndex: number;
  text: string;
  textLength: number | null;
}

/**
 * Gives the blocks their text, in place, from the rows as stored: `blocks` in seq order, `bodies`
 * the sections' bodies by index, inflated together. A block written before migration 0020 has no
 * length and keeps its text. Throws rather than misread when the lengths do not fit the bodies.
 */
export function withText<B extends StoredBlock>(blocks: B[], bodies: Map<number, Uint8Array | null>): B[] {
  // Each section's text length from its blocks' lengths: theirs and a newline between each two.
  const lengths = new Map<number, number>();
  for (const block of blocks) {
    if (block.textLength === null) continue;
    const before = lengths.get(block.sectionIndex);
    lengths.set(block.sectionIndex, (before === undefined ? 0 : before + 1) + block.textLength);
  }
  if (lengths.size === 0) return blocks;
  const order = [...lengths.keys()].sort((a, b) => a - b);
  const stored: Uint8Array[] = [];
  const offsets = new Map<number, number>();
  let start = 0;
  for (const index of order) {
    const body = bodies.get(index);
    if (!body) throw new Error(`section ${index} has no body for its blocks`);
    stored.push(body);
    offsets.set(index, start);
    start += lengths.get(index)!;
  }
  const text = bodyText(stored.length === 1 ? stored[0]! : Buffer.concat(stored));
  if (start !== text.length) throw new Error(`the sections' bodies hold ${text.length} characters, their blocks ${start}`);
  for (const block of blocks) {
    if (block.textLength === null) continue;
    const at = offsets.get(block.sectionIndex)!;
    offsets.set(block.sectionIndex, at + block.textLength + 1);
    block.text = text.slice(at, at + block.textLength);
  }
  return blocks;
}

/**
 * `section_text(body)`, for the SQL that reads a section's text (sections_fts's view and
 * triggers, migration 0020): the body's text, null for null. Every connection registers it
 * (db/open.ts); a tool without it can read everything but that view.
 */
export function registerSectionText(sqlite: Database.Database): void {
  sqlite.function('section_text', { deterministic: true }, (body: unknown) => {
    if (body === null) return null;
    if (!(body instanceof Uint8Array)) throw new TypeError('section_text() takes a section body (a BLOB)');
    return bodyText(body);
  });
}
