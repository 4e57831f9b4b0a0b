/**
 * A citation's `fields` column stored sparse: only what its other columns do not hold and what is not empty, read back into the very object (keys, order, values) the reference had.
 *
 * Every format builds a reference from the same empty fields (BASE below, in that order) and adds
 * its own keys after them (`editors`, `name`, `template`, `group`, `label`, `fullCitation`). The
 * stored JSON keeps the base keys that hold something other than their empty value and are not a
 * column, then every added key as it was (a `name` of null included). Reading puts the base keys
 * back in their order, from the columns, the stored JSON or their empty value, then the added ones.
 *
 * A row written whole (by a database before this, or below for a reference whose keys are not in
 * the base order) always has `authors`, which a sparse row never has: it is read as it is, so older
 * databases need no migration and answer as before.
 */

/** The citation columns a reference's fields are read back from (they are written from it, src/db/rows.ts). */
export interface CitationColumns {
  kind: string;
  /** JSON, as stored; or already parsed (drizzle's json mode). */
  authors: string | string[];
  year: number | null;
  date: string | null;
  title: string | null;
  chapter: string | null;
  pages: string | null;
  place: string | null;
  publisher: string | null;
  url: string | null;
  format: string | null;
  /** The JSON of the fields column, or already parsed (drizzle's json mode). */
  fields: string | unknown;
}

/** How a base key is kept: in a column (never in the JSON), or in the JSON unless it is empty. */
type Kept = 'column' | ((value: unknown) => boolean);

const isNull = (value: unknown) => value === null;
const isEmptyList = (value: unknown) => Array.isArray(value) && value.length === 0;
const NO_IDENTIFIERS = JSON.stringify({ isbn: [], doi: null, oclc: null, archive: null });
const noIdentifiers = (value: unknown) => JSON.stringify(value) === NO_IDENTIFIERS;

/** The keys every reference starts with, in their order (emptyFields() of the parsers; citationFields() builds the same), and how each is kept. */
const BASE: [string, Kept][] = [
  ['authors', 'column'],
  ['names', isEmptyList],
  ['year', 'column'],
  ['date', 'column'],
  ['title', 'column'],
  ['chapter', 'column'],
  ['edition', isNull],
  ['volume', isNull],
  ['issue', isNull],
  ['pages', 'column'],
  ['place', 'column'],
  ['publisher', 'column'],
  ['url', 'column'],
  ['format', 'column'],
  ['retrieved', isNull],
  ['archived', isNull],
  ['kind', 'column'],
  ['backlinks', isEmptyList],
  ['identifiers', noIdentifiers],
];
const BASE_KEYS = new Set(BASE.map(([key]) => key));

/** The JSON stored in the fields column for a reference's fields (its `seq`, `n` and `text` apart). */
export function storedFields(fields: Record<string, unknown>): string {
  const keys = Object.keys(fields);
  // Another order, or a base key left undefined (which JSON omits), could not be read back: such a reference is kept whole.
  if (BASE.some(([key], i) => keys[i] !== key || fields[key] === undefined)) return JSON.stringify(fields);
  const sparse: Record<string, unknown> = {};
  for (const [key, kept] of BASE) {
    if (kept !== 'column' && !kept(fields[key])) sparse[key] = fields[key];
  }
  for (const key of keys.slice(BASE.length)) sparse[key] = fields[key];
  return JSON.stringify(sparse);
}

/** A citation's fields as the reference had them, from its row (sparse or whole). */
export function citationFields(row: CitationColumns): Record<string, unknown> {
  const stored = (typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields) as Record<string, unknown>;
  if ('authors' in stored) return stored;
  // BASE written out as one literal: an object of one shape, built several times faster than key by key.
  const fields: Record<string, unknown> = {
    authors: typeof row.authors === 'string' ? JSON.parse(row.authors) : row.authors,
    names: 'names' in stored ? stored.names : [],
    year: row.year,
    date: row.date,
    title: row.title,
    chapter: row.chapter,
    edition: 'edition' in stored ? stored.edition : null,
    volume: 'volume' in stored ? stored.volume : null,
    issue: 'issue' in stored ? stored.issue : null,
    pages: row.pages,
    place: row.place,
    publisher: row.publisher,
    url: row.url,
    format: row.format,
    retrieved: 'retrieved' in stored ? stored.retrieved : null,
    archived: 'archived' in stored ? stored.archived : null,
    kind: row.kind,
    backlinks: 'backlinks' in stored ? stored.backlinks : [],
    identifiers: 'identifiers' in stored ? stored.identifiers : { isbn: [], doi: null, oclc: null, archive: null },
  };
  for (const key in stored) if (!BASE_KEYS.has(key)) fields[key] = stored[key];
  return fields;
}
