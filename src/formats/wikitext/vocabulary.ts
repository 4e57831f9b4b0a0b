/**
 * Data, not logic: the template and parameter names of wikitext, as MediaWiki wikis (Wikipedia,
 * ProleWiki) use them. Template names are compared normalised: lower case, `_` as a space.
 */
import type { HatnoteKind } from '../../document/types.js';

/**
 * Hatnote templates → the hatnote kind. Their positional parameters are the targets. {{For}}
 * ("For other uses, see …") and {{Other uses}} are `about`: the document model's kind of the
 * disambiguation hatnotes above the lead, as the text format reads "For …, see …" too.
 */
export const HATNOTE_TEMPLATES: Record<string, HatnoteKind> = {
  main: 'main',
  'main article': 'main',
  'see also': 'see-also',
  seealso: 'see-also',
  further: 'further',
  'further information': 'further',
  about: 'about',
  for: 'about',
  other: 'about',
  'other uses': 'about',
  redirect: 'redirect',
};

/**
 * Which positional parameters of a hatnote are article titles: {{About|topic|other use|Target|…}}
 * and {{For|other use|Target}} alternate descriptions and targets.
 */
export const HATNOTE_TARGET_POSITIONS: Record<string, (position: number) => boolean> = {
  about: (position) => position >= 3 && position % 2 === 1,
  for: (position) => position >= 2,
  redirect: (position) => position >= 2 && position % 2 === 0,
};

/** Disambiguation hatnotes that, without a target, link to "PAGENAME (disambiguation)" (as their Lua modules do). */
export const DISAMBIGUATION_HATNOTES = new Set(['about', 'for', 'other', 'other uses']);

/** An infobox template: `{{Infobox <kind>|…}}`; the kind is the infobox's `template`. */
export const INFOBOX_PREFIX = /^infobox[\s_]*/i;

/** Infobox parameters whose value names the box (else the page title). */
export const INFOBOX_NAME_PARAMETERS = ['name', 'title', 'common_name', 'conventional_long_name', 'official_name'];

/** Templates whose positional parameters are a list of values. */
export const LIST_TEMPLATES = new Set(['plainlist', 'ubl', 'unbulleted list', 'hlist', 'flatlist', 'bulleted list', 'ubil', 'collapsible list']);

/** Date templates: the positional parameters are year, month, day (named `year`/`month`/`day` too). */
export const DATE_TEMPLATES = new Set([
  'birth date', 'birth date and age', 'death date', 'death date and age', 'start date', 'end date',
  'start date and age', 'end date and age', 'dob', 'dod', 'date', 'film date', 'start and end dates',
]);

/**
 * Templates that display inline text: a positional parameter (`{{lang|fr|bonjour}}` → "bonjour"),
 * the first present of several (`{{URL|example.org|Example}}` → "Example", else "example.org"),
 * or a fixed text (`{{ndash}}` → "–"). `{{lang-xx|…}}` is a family: see LANG_FAMILY.
 */
export const INLINE_TEMPLATES: Record<string, number | readonly number[] | { text: string }> = {
  lang: 2,
  nowrap: 1,
  nobr: 1,
  small: 1,
  big: 1,
  em: 1,
  strong: 1,
  sup: 1,
  sub: 1,
  code: 1,
  kbd: 1,
  samp: 1,
  var: 1,
  transl: 2,
  transliteration: 2,
  script: 2,
  'wikt-lang': 2,
  ill: 1,
  'interlanguage link': 1,
  smallcaps: 1,
  'small caps': 1,
  abbr: 1,
  sic: [2, 1],
  nihongo: 1,
  noitalic: 1,
  'as written': 1,
  'visible anchor': 1,
  vanchor: 1,
  flag: 1,
  flagcountry: 1,
  flagu: 1,
  val: 1,
  resize: [2, 1],
  url: [2, 1],
  ndash: { text: '–' },
  mdash: { text: '—' },
  snd: { text: ' – ' },
  'spaced ndash': { text: ' – ' },
  spnd: { text: ' – ' },
  nbsp: { text: '\u00a0' },
};

/** `{{lang-ru|Зерновой союз|Zernovoy soyuz}}`: its first positional parameter is the text shown. */
export const LANG_FAMILY = /^lang-[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** An interlanguage link's prefix (`[[fr:Lénine]]`, `[[zh-yue:…]]`): not an article link, not displayed where it stands. */
export const LANGUAGE_PREFIX = /^[a-z]{2,3}(?:-[a-z]{2,8})?$/;

/**
 * Templates that make a footnote as `<ref>` does, and the group their notes are numbered in:
 * `{{efn|…}}` is `<ref group="lower-alpha">…</ref>`; `{{refn|group=x|…}}` takes its `group`.
 */
export const NOTE_TEMPLATES: Record<string, string | null> = {
  efn: 'lower-alpha',
  'efn-la': 'lower-alpha',
  'efn-ua': 'upper-alpha',
  'efn-lr': 'lower-roman',
  'efn-ur': 'upper-roman',
  'efn-lg': 'lower-greek',
  notetag: 'lower-alpha',
  refn: null,
};

/** Short-footnote templates: `{{sfn|Smith|2005|p=12}}` is the footnote "Smith 2005, p. 12."; `sfnp` puts the year in parentheses. */
export const SHORT_FOOTNOTE_TEMPLATES: Record<string, 'plain' | 'parenthesised'> = { sfn: 'plain', sfnp: 'parenthesised' };

/** The groups Cite labels with letters or numerals (`[a]`, `[iv]`); any other group is labelled "group n" (`[note 1]`). */
export const GROUP_NUMERALS: Record<string, string> = {
  'lower-alpha': 'abcdefghijklmnopqrstuvwxyz',
  'upper-alpha': 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  'lower-greek': 'αβγδεζηθικλμνξοπρστυφχψω',
  'lower-roman': 'roman',
  'upper-roman': 'ROMAN',
};

/** The field of ReferenceFields a citation template's parameter fills. */
export type CitationField =
  | 'author' | 'authors' | 'vauthors' | 'first' | 'last' | 'editor' | 'editors' | 'veditors' | 'editorFirst' | 'editorLast' | 'year' | 'date' | 'title' | 'chapter' | 'pages' | 'publisher' | 'place'
  | 'url' | 'archiveUrl' | 'retrieved' | 'archived' | 'edition' | 'volume' | 'issue' | 'isbn' | 'doi' | 'oclc'
  | 'journal' | 'pdf' | 'quote' | 'link';

/**
 * Parameter names (numbered authors `last2`, `author3`, `editor2-last` are matched without their
 * number, which pairs a `last` with its `first`). `authors`, `editors` are free-form lists,
 * `vauthors`, `veditors` Vancouver lists ("Smith AB, Jones C").
 */
export const CITATION_PARAMETERS: Record<string, CitationField> = {
  author: 'author', authors: 'authors', people: 'authors', host: 'author', vauthors: 'vauthors',
  last: 'last', surname: 'last', 'author-last': 'last', 'author-surname': 'last',
  first: 'first', given: 'first', 'author-first': 'first', 'author-given': 'first',
  editor: 'editor', editors: 'editors', veditors: 'veditors', 'editor-last': 'editorLast', 'editor-surname': 'editorLast',
  'editor-first': 'editorFirst', 'editor-given': 'editorFirst',
  year: 'year', date: 'date', published_date: 'date', 'publication-date': 'date', publicationdate: 'date',
  title: 'title', 'script-title': 'title', chapter: 'chapter', contribution: 'chapter', section: 'chapter',
  page: 'pages', pages: 'pages', at: 'pages', p: 'pages', pp: 'pages',
  publisher: 'publisher', newspaper: 'journal', work: 'journal', website: 'journal', journal: 'journal',
  magazine: 'journal', periodical: 'journal', agency: 'publisher', via: 'publisher',
  place: 'place', location: 'place', city: 'place', 'publication-place': 'place', published_location: 'place',
  url: 'url', link: 'link', 'archive-url': 'archiveUrl', archiveurl: 'archiveUrl',
  'access-date': 'retrieved', accessdate: 'retrieved', retrieved: 'retrieved',
  'archive-date': 'archived', archivedate: 'archived',
  edition: 'edition', volume: 'volume', issue: 'issue', number: 'issue',
  isbn: 'isbn', 'isbn13': 'isbn', doi: 'doi', oclc: 'oclc', lg: 'link', pdf: 'pdf', mia: 'link', quote: 'quote',
};

/** Citation templates → the kind of reference they give. */
export const CITATION_TEMPLATES: Record<string, 'book' | 'journal' | 'web'> = {
  'cite book': 'book',
  'cite web': 'web',
  'cite news': 'web',
  'cite journal': 'journal',
  'cite magazine': 'journal',
  'cite encyclopedia': 'book',
  'cite report': 'book',
  'cite thesis': 'book',
  'cite av media': 'web',
  'cite video': 'web',
  'cite interview': 'web',
  citation: 'book',
  'web citation': 'web',
  'news citation': 'web',
  'library citation': 'book',
  'library work': 'book',
  textcite: 'book',
  'youtube citation': 'web',
  'video citation': 'web',
};

/** Namespace numbers of MediaWiki's canonical namespaces that are never article links. */
export const FILE_NAMESPACE = 6;
export const CATEGORY_NAMESPACE = 14;

/** Tags whose content is not displayed text. */
export const HIDDEN_TAGS = new Set(['ref', 'references', 'gallery', 'math', 'score', 'templatedata', 'timeline', 'graph', 'mapframe', 'indicator']);

/** Content models of pages that hold wikitext. */
export const WIKITEXT_MODELS = new Set(['wikitext']);

/** Templates a typed value looks past: icons and maintenance tags beside a value (`{{increase}} 2,731,571`, `{{cn}}`). */
export const VALUE_IGNORED_TEMPLATES = new Set([
  'increase', 'decrease', 'steady', 'increase negative', 'decrease positive', 'citation needed', 'cn', 'fact', 'when',
  'dubious', 'better source needed', 'update needed', 'as of?', 'clarify', 'failed verification', 'verify source',
]);
