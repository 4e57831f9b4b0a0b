/**
 * CSL-JSON (Citation Style Language data), the item format Zotero, Pandoc and citeproc read: the
 * mapping from a parsed citation, which every citation format starts from (the negotiation of
 * formats is src/citations/negotiate.ts; the item schemas are ./wire/csl.ts).
 */
import type { FastifyReply } from 'fastify';
import { readName } from '../document/names/parse.js';
import type { Citation } from './wire/citations.js';
import type { CslDate, CslItem, CslName } from './wire/csl.js';

/** The CSL item of one citation of an article. */
export function toCsl(citation: Citation, article: { title: string; slug: string }): CslItem {
  const item: CslItem = { id: `${article.slug}-${citation.n}`, type: cslType(citation) };
  const set = <K extends keyof CslItem>(key: K, value: CslItem[K] | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') item[key] = value;
  };
  if (item.type === 'chapter') {
    set('title', citation.chapter);
    set('container-title', citation.title);
  } else {
    set('title', citation.title);
  }
  // A journal's or a web page's "publisher" is the journal, site or outlet it appeared in.
  const outlet = item.type === 'article-journal' || item.type === 'webpage';
  set(outlet ? 'container-title' : 'publisher', citation.publisher);
  const authors = cslNames(citation.names, citation.authors);
  if (authors.length > 0) item.author = authors;
  if (citation.editors !== undefined && citation.editors.length > 0) item.editor = citation.editors;
  set('issued', cslDate(citation.date, citation.year));
  set('accessed', cslDate(citation.retrieved, null));
  set('publisher-place', citation.place);
  set('page', citation.pages === null ? null : cslPage(citation.pages));
  set('volume', citation.volume);
  set('issue', citation.issue);
  set('edition', citation.edition === null ? null : cslEdition(citation.edition));
  set('medium', citation.format);
  set('URL', citation.url);
  // Rows stored before identifiers were parsed have none.
  set('ISBN', citation.identifiers?.isbn[0]);
  set('DOI', citation.identifiers?.doi);
  if (item.title === undefined && item['container-title'] === undefined && citation.kind !== 'url') set('note', citation.text);
  return item;
}

function cslType(citation: Citation): CslItem['type'] {
  switch (citation.kind) {
    case 'book':
      return citation.chapter !== null && citation.title !== null ? 'chapter' : 'book';
    case 'journal':
      return 'article-journal';
    case 'web':
    case 'url':
      return 'webpage';
    default:
      // A work with an ISBN is a book, whatever the reference's shape (BibLaTeX's `misc` has no `isbn`).
      return citation.identifiers?.isbn.length ? 'book' : 'document';
  }
}

/** `2018-11-02` → [[2018, 11, 2]]; a year alone → [[2018]]. */
function cslDate(iso: string | null, year: number | null): CslDate | null {
  const m = iso === null ? null : /^(-?\d{1,4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) return { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] };
  return year === null ? null : { 'date-parts': [[year]] };
}

/** `p. 30` → `30`, `pp. 140–152` → `140-152`. */
function cslPage(pages: string): string {
  return pages.replace(/^pp?\.\s*/i, '').replace(/\s*[–—]\s*/g, '-');
}

/** `5th ed.` → `5` (citeproc prints the ordinal and the term itself); other editions as written. */
function cslEdition(edition: string): string {
  const number = /^(\d+)(?:st|nd|rd|th)?\b/i.exec(edition);
  return number ? number[1]! : edition.replace(/\s*\bed(?:ition)?\.?$/i, '').trim() || edition;
}

/** The names of a citation: as parsed (`names`), or, for rows stored before names were parsed, read again from the authors as printed. */
export function cslNames(names: readonly CslName[] | undefined, authors: readonly string[]): CslName[] {
  return names === undefined ? authors.map(readName) : [...names];
}

/** Adds `Accept` to the reply's `Vary` (keeping what is there): the body depends on it. */
export function varyOnAccept(reply: FastifyReply): void {
  const current = reply.getHeader('vary');
  const values = (Array.isArray(current) ? current.join(',') : String(current ?? '')).split(',').map((v) => v.trim()).filter(Boolean);
  if (!values.some((value) => value.toLowerCase() === 'accept' || value === '*')) reply.header('vary', [...values, 'Accept'].join(', '));
}
