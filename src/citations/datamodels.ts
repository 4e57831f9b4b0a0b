/**
 * The datamodels the BibTeX, BibLaTeX and RIS exports follow, as data: each CSL type's entry type
 * and the fields that entry type allows, in the order they are written (BibTeX: plain.bst's entry
 * types and fields; BibLaTeX: biber's default datamodel, as `biber --tool --validate-datamodel`
 * checks it; RIS: the 2011 specification's reference types).
 */

export type BibFormat = 'bibtex' | 'biblatex';

/** A CSL type → its BibTeX and BibLaTeX entry types and RIS reference type; an unlisted type is `misc`/`GEN`. */
export const ENTRY_TYPES: Readonly<Record<string, { bibtex: string; biblatex: string; ris: string }>> = {
  book: { bibtex: 'book', biblatex: 'book', ris: 'BOOK' },
  // A chapter with its own title: plain.bst's `inbook` has a chapter number and no booktitle, and
  // BibLaTeX's `incollection` needs an editor, which references rarely give.
  chapter: { bibtex: 'incollection', biblatex: 'inbook', ris: 'CHAP' },
  'article-journal': { bibtex: 'article', biblatex: 'article', ris: 'JOUR' },
  webpage: { bibtex: 'misc', biblatex: 'online', ris: 'ELEC' },
  // /cite's article of this wiki: a page of an online encyclopedia (biblatex's `inreference` needs an editor).
  'entry-encyclopedia': { bibtex: 'misc', biblatex: 'online', ris: 'ELEC' },
  document: { bibtex: 'misc', biblatex: 'misc', ris: 'GEN' },
};
export const DEFAULT_ENTRY_TYPE = { bibtex: 'misc', biblatex: 'misc', ris: 'GEN' } as const;

/**
 * Where a CSL variable goes in each entry type: the field name, or the first of several CSL
 * variables that fills it (`container-title` of a web page is its site: BibTeX's `howpublished`,
 * BibLaTeX's `organization`). Fields not listed for a type are not written.
 */
type Fields = readonly string[];

/** Fields no standard style reads but most (plainnat, IEEEtran, biblatex) do; plain.bst ignores them without a warning. */
const BIBTEX_LINKS: Fields = ['isbn', 'doi', 'url'];

/**
 * plain.bst's fields of each entry type (required and optional), then the links. A book has no
 * `pages`: the pages cited in a book go in `\cite[p.~30]{key}`, not in its entry.
 */
export const BIBTEX_FIELDS: Readonly<Record<string, Fields>> = {
  article: ['author', 'title', 'journal', 'year', 'month', 'volume', 'number', 'pages', 'note', ...BIBTEX_LINKS],
  book: ['author', 'title', 'edition', 'publisher', 'address', 'year', 'month', 'volume', 'note', ...BIBTEX_LINKS],
  incollection: ['author', 'title', 'booktitle', 'publisher', 'address', 'year', 'month', 'edition', 'volume', 'pages', 'note', ...BIBTEX_LINKS],
  misc: ['author', 'title', 'howpublished', 'year', 'month', 'note', ...BIBTEX_LINKS],
};

/** biber's datamodel: each entry type's own fields and the fields every type has (date, doi, url, urldate). */
export const BIBLATEX_FIELDS: Readonly<Record<string, Fields>> = {
  article: ['author', 'title', 'journaltitle', 'date', 'volume', 'number', 'pages', 'note', 'doi', 'url', 'urldate'],
  book: ['author', 'title', 'edition', 'location', 'publisher', 'date', 'volume', 'pages', 'note', 'isbn', 'doi', 'url', 'urldate'],
  inbook: ['author', 'title', 'booktitle', 'edition', 'location', 'publisher', 'date', 'volume', 'pages', 'note', 'isbn', 'doi', 'url', 'urldate'],
  online: ['author', 'title', 'organization', 'date', 'note', 'doi', 'url', 'urldate'],
  misc: ['author', 'title', 'howpublished', 'location', 'date', 'note', 'doi', 'url', 'urldate'],
};

/**
 * Fields citation-js does not fill as the datamodel wants, filled from CSL variables here (the
 * first present wins): a site or publisher where the entry type has no `publisher`.
 */
export const FROM_CSL: Readonly<Record<BibFormat, Readonly<Record<string, Readonly<Record<string, Fields>>>>>> = {
  bibtex: { misc: { howpublished: ['container-title', 'publisher'] } },
  biblatex: { online: { organization: ['container-title', 'publisher'] }, misc: { howpublished: ['container-title', 'publisher'] } },
};

/** BibTeX's month macros (plain.bst defines them; `month = jun`, unbraced). */
export const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
