/**
 * A citation's text, kept once: when it is what its fields display (a citation template's
 * rendering, src/document/references/display.ts), `citations.text` holds an empty BLOB instead,
 * and the text is derived from the row's fields when read; any other text (a free-text reference,
 * a text document's line) is stored as it is.
 */
import type Database from 'better-sqlite3';
import { displayedReference } from '../document/references/display.js';
import type { ReferenceFields } from '../document/references/schema.js';
import { citationFields, type CitationColumns } from './citation-fields.js';

/** What `citations.text` holds for a text its fields display: an empty BLOB, which no stored text is. */
export const DERIVED_TEXT = new Uint8Array(0);

/** A citation row's text as stored: a text, or DERIVED_TEXT. */
export type StoredCitationText = string | Uint8Array;

const displayedFrom = (row: CitationColumns) => displayedReference(citationFields(row) as ReferenceFields);

/** The value to store for a citation's text, given the columns it is stored with (as they will be read back). */
export function storedCitationText(text: string, row: CitationColumns): StoredCitationText {
  return text !== '' && displayedFrom(row) === text ? DERIVED_TEXT : text;
}

/** A citation's text from its row as stored. */
export function citationText(row: CitationColumns & { text: StoredCitationText }): string {
  return typeof row.text === 'string' ? row.text : displayedFrom(row);
}

/**
 * A citation row as read: its text derived where it is stored so, and its fields parsed once,
 * whole (citationFields() then gives them back as they are, without parsing them again).
 */
export function withCitationText<R extends CitationColumns & { text: StoredCitationText }>(row: R): Omit<R, 'text' | 'fields'> & { text: string; fields: Record<string, unknown> } {
  const fields = citationFields(row);
  return { ...row, fields, text: typeof row.text === 'string' ? row.text : displayedReference(fields as ReferenceFields) };
}

/** The columns `citation_text()` takes, in order. */
const ARGUMENTS = ['text', 'kind', 'authors', 'year', 'date', 'title', 'chapter', 'pages', 'place', 'publisher', 'url', 'format', 'fields'] as const;

/** The SQL of a citation's text read from the row of `citations` aliased `table` (migration 0026 writes it out). */
export const citationTextSql = (table: string): string => `citation_text(${ARGUMENTS.map((column) => `${table}.${column}`).join(', ')})`;

/**
 * A citation's authors as its index holds them: the `authors` column's JSON array joined by '; ',
 * null for none (what `group_concat(value, '; ')` over `json_each(authors)` gave before migration 0027).
 */
export function citationAuthors(authors: string): string | null {
  const names = (JSON.parse(authors) as unknown[]).filter((name) => name !== null);
  if (!names.every((name) => typeof name === 'string')) throw new TypeError('citation_authors() takes a JSON array of names');
  return names.length === 0 ? null : names.join('; ');
}

/**
 * `citation_text(text, kind, authors, …, fields)`, for the SQL that reads a citation's text
 * (citations_fts's view and triggers, migration 0026; the queries that read a text alone), and
 * `citation_authors(authors)`, the index's authors (migration 0027). Every connection registers them
 * (db/open.ts); a tool without them can read everything but that view and the texts derived.
 */
export function registerCitationText(sqlite: Database.Database): void {
  sqlite.function('citation_text', { deterministic: true, varargs: true }, (...values: unknown[]) => {
    const row = Object.fromEntries(ARGUMENTS.map((column, i) => [column, values[i]])) as unknown as CitationColumns & { text: StoredCitationText };
    if (typeof row.text !== 'string' && !(row.text instanceof Uint8Array)) throw new TypeError('citation_text() takes a citation text (TEXT or BLOB)');
    return citationText(row);
  });
  sqlite.function('citation_authors', { deterministic: true }, (authors: unknown) => {
    if (typeof authors !== 'string') throw new TypeError('citation_authors() takes the authors column (JSON text)');
    return citationAuthors(authors);
  });
}
