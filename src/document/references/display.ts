/**
 * A reference displayed from its fields, as citation templates print it: the text a wikitext
 * citation template shows, and what the database derives a citation's text from instead of
 * storing it when the two are the same (src/db/citation-text.ts). Stored databases read their
 * citations' texts through it: a change to what it prints needs a migration that writes the texts
 * derived so far out first, as the old version printed them.
 */
import type { ReferenceFields } from './schema.js';

/** The fields a displayed reference is made of. */
export type DisplayedFields = Pick<
  ReferenceFields,
  'authors' | 'year' | 'date' | 'chapter' | 'title' | 'kind' | 'place' | 'publisher' | 'pages' | 'url' | 'retrieved'
>;

/** `Authors (Year). "Title". Place: Publisher. p. Pages. URL Retrieved Date.` */
export function displayedReference(fields: DisplayedFields): string {
  const parts: string[] = [];
  const by = fields.authors.join('; ');
  if (by) parts.push(fields.year !== null ? `${by} (${fields.year}).` : `${by}.`);
  if (fields.chapter) parts.push(`"${fields.chapter}".`);
  if (fields.title) parts.push(fields.kind === 'book' ? `${fields.title}.` : `"${fields.title}".`);
  const imprint = [fields.place, fields.publisher].filter(Boolean).join(': ');
  if (imprint) parts.push(`${imprint}.`);
  // Without an author, the date follows the work (as the citation templates print it).
  if (!by && (fields.date ?? fields.year) !== null) parts.push(`${fields.date ?? fields.year}.`);
  if (fields.pages) parts.push(`${/^\d/.test(fields.pages) ? 'p. ' : ''}${fields.pages}.`);
  if (fields.url) parts.push(fields.url);
  if (fields.retrieved) parts.push(`Retrieved ${fields.retrieved}.`);
  return parts.join(' ');
}
