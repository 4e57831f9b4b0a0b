/**
 * A `<ref>`'s content → the reference's fields and its displayed text. A citation template is
 * mapped field by field through CITATION_PARAMETERS; a ref without one goes through the free-text
 * reference parser that text documents use.
 */
import { displayedReference } from '../../document/references/display.js';
import { parseReference } from '../../document/references/parse.js';
import type { ReferenceFields } from '../../document/references/schema.js';
import { setAuthors } from '../../document/references/names.js';
import { parseDate } from '../../document/dates.js';
import { findIdentifiers, findIsbns, normalizeDoi, normalizeOclc, parseWayback } from '../../document/identifiers.js';
import { displayText, oneLine } from './display.js';
import type { WikiNode } from './parser/nodes.js';
import { templateKey, templateParameters } from './templates.js';
import { vocabularyFor, type Vocabulary } from './site.js';
import type { CitationField } from './vocabulary.js';
import { numbered, templateNames, type NameParameter } from './citation-names.js';

export interface MappedReference {
  fields: ReferenceFields;
  /** The reference as displayed. */
  text: string;
  /** The citation template used, e.g. "cite book"; null for free text. */
  template: string | null;
}

/** The fields of a reference with nothing known yet. */
export const emptyFields = (): ReferenceFields => ({
  authors: [], names: [], year: null, date: null, title: null, chapter: null, edition: null, volume: null, issue: null,
  pages: null, place: null, publisher: null, url: null, format: null, retrieved: null, archived: null,
  kind: 'other', backlinks: [], identifiers: { isbn: [], doi: null, oclc: null, archive: null },
});

const YEAR = /(?<!\d)(\d{4})(?!\d)/;

function mapTemplate(text: string, template: WikiNode, kind: 'book' | 'journal' | 'web', name: string, vocabulary: Vocabulary): MappedReference {
  const fields = emptyFields();
  fields.kind = kind;
  const values = new Map<CitationField, string[]>();
  const names: NameParameter[] = [];
  for (const { name: parameter, value } of templateParameters(template)) {
    const { base, index } = numbered(parameter);
    const field = vocabulary.citationParameters[parameter.toLowerCase()] ?? vocabulary.citationParameters[base];
    if (!field) continue;
    const shown = oneLine(displayText(text, value.children));
    if (shown === '') continue;
    values.set(field, [...(values.get(field) ?? []), shown]);
    names.push({ field, index, value: shown });
  }
  const first = (field: CitationField) => values.get(field)?.[0] ?? null;
  const { authors, editors } = templateNames(names);
  setAuthors(fields, authors);
  if (editors.length > 0) fields.editors = editors;
  const date = first('date');
  fields.date = date === null ? null : (parseDate(date) ?? (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null));
  const year = YEAR.exec(first('year') ?? date ?? '');
  fields.year = year ? Number(year[1]) : null;
  fields.title = first('title');
  fields.chapter = first('chapter');
  fields.pages = first('pages');
  fields.place = first('place');
  fields.publisher = first('publisher') ?? first('journal');
  fields.edition = first('edition');
  fields.volume = first('volume');
  fields.issue = first('issue');
  fields.url = first('url') ?? first('archiveUrl') ?? first('pdf') ?? first('link');
  if (fields.url !== null && !/^(?:https?:)?\/\//i.test(fields.url)) fields.url = null;
  if (first('pdf') !== null && fields.url === first('pdf')) fields.format = 'PDF';
  const retrieved = first('retrieved');
  fields.retrieved = retrieved === null ? null : parseDate(retrieved);
  const archived = first('archived');
  fields.archived = archived === null ? null : parseDate(archived);
  fields.identifiers = templateIdentifiers(first, values.get('isbn') ?? [], fields.archived);
  if (kind === 'book' && (first('journal') !== null || fields.volume !== null) && fields.publisher === first('journal')) fields.kind = 'journal';
  if (kind === 'book' && fields.title === null && fields.url !== null) fields.kind = 'web';
  return { fields, text: displayedReference(fields), template: name };
}

/** `isbn`, `doi`, `oclc`, `archive-url` (+ `url`, `archive-date`) parameters; a URL parameter's DOI or Wayback copy as well. */
function templateIdentifiers(first: (field: CitationField) => string | null, isbns: string[], archived: string | null) {
  const [url, archiveUrl, doi, oclc] = [first('url'), first('archiveUrl'), first('doi'), first('oclc')];
  const inUrls = findIdentifiers([url, archiveUrl, first('pdf'), first('link')].filter((value) => value !== null).join(' '));
  const wayback = archiveUrl === null ? null : parseWayback(archiveUrl);
  return {
    isbn: [...new Set(isbns.flatMap((isbn) => findIsbns(isbn, { labelled: false })))],
    doi: (doi === null ? null : normalizeDoi(doi)) ?? inUrls.doi,
    oclc: (oclc === null ? null : normalizeOclc(oclc)) ?? inUrls.oclc,
    archive:
      archiveUrl === null
        ? inUrls.archive
        : { url: archiveUrl, original: wayback?.original ?? url, date: wayback?.date ?? archived },
  };
}

/** The content of a `<ref>` (its inner nodes), or a citation template alone. */
export function mapReference(text: string, nodes: readonly WikiNode[], vocabulary: Vocabulary = vocabularyFor('en')): MappedReference {
  for (const node of nodes) {
    if (node.type !== 'template') continue;
    const name = templateKey(node);
    const kind = vocabulary.citationTemplates[name];
    if (kind) return mapTemplate(text, node, kind, name, vocabulary);
  }
  const shown = oneLine(displayText(text, nodes));
  return { fields: parseReference(shown), text: shown, template: null };
}
