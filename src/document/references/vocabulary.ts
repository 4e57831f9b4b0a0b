/**
 * Data, not logic, for the reference parser (`parse.ts` and its stages): words and patterns of rendered
 * MediaWiki citation templates. Every regular expression here is linear-time: no nested or
 * adjacent overlapping unbounded quantifiers, and the unanchored ones do bounded work per
 * start position.
 */

/**
 * Words (folded, without their full stop) whose full stop does not end a reference segment:
 * `Vol. 2`, `pp. 4–5`, `trans. X`, `St. Petersburg`, `P. Fernández y Cía.`.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'p', 'pp', 'pg', 'pgs', 'vol', 'vols', 'no', 'nos', 'nr', 'ed', 'eds', 'edn', 'trans', 'tr',
  'transl', 'comp', 'rev', 'repr', 'ca', 'c', 'cf', 'vs', 'ch', 'chap', 'sec', 'art', 'fig',
  'st', 'ste', 'mt', 'ft', 'dr', 'mr', 'mrs', 'ms', 'prof', 'gen', 'col', 'lt', 'capt', 'sgt',
  'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'dept', 'univ', 'assn', 'approx', 'op', 'cit', 'al',
  'ibid', 'cia', 'hnos', 'sra', 'dra',
]);

/** Lower-case words that may start the next segment (`… Press. pp. 4–5`). */
export const LOWERCASE_SEGMENT_STARTS: ReadonlySet<string> = new Set([
  'p', 'pp', 'vol', 'vols', 'no', 'doi', 'isbn', 'issn', 'oclc', 'retrieved', 'archived',
]);

/**
 * Well-known places of publication. Only consulted for an imprint segment with no
 * `Place: Publisher` colon (`Cartas a Fidel. Havana.`): a known place fills `place`,
 * anything else fills `publisher`.
 */
export const PUBLISHING_PLACES: ReadonlySet<string> = new Set([
  'havana', 'la habana', 'moscow', 'leningrad', 'petrograd', 'st. petersburg', 'saint petersburg',
  'beijing', 'peking', 'pyongyang', 'hanoi', 'london', 'new york', 'paris', 'berlin',
  'new delhi', 'delhi', 'calcutta', 'kolkata', 'tokyo', 'madrid', 'barcelona', 'mexico city',
  'méxico', 'caracas', 'buenos aires', 'santiago', 'lima', 'bogota', 'bogotá', 'rome',
  'chicago', 'boston', 'oxford', 'cambridge', 'princeton', 'washington', 'washington, d.c.',
  'toronto', 'montreal', 'sydney', 'melbourne', 'kyiv', 'kiev', 'minsk', 'tashkent', 'prague',
  'warsaw', 'budapest', 'sofia', 'bucharest', 'belgrade', 'east berlin', 'shanghai',
  'managua', 'la paz', 'quito', 'lisbon', 'vienna', 'stockholm', 'amsterdam', 'brussels',
]);

/** `See … available in Wikisource` and similar pointers that name no work of their own. */
export const NOTE_OPENING = /^(?:see|cf\.?|compare|confer|for (?:more|further|details))\s/i;
export const NOTE_ANYWHERE = /\bavailable (?:in|on|at|from) wiki(?:source|pedia|quote|books)\b/i;

/** `Ibid.`, `Ibidem`, `Ibid., p. 31` (and `Op. cit.`, resolved the same way). */
export const IBID_OPENING = /^(?:ibid(?:em)?|op\.? ?cit)\b\.?/i;

/** Backlink labels of a reused named reference: `2.0 2.1 2.2 ` (sticky, one label at a time). */
export const BACKLINK_LABEL = /(\d{1,4})\.(\d{1,4}) /y;
/** Wikipedia-style backlinks: `^ a b c `. */
export const CARET_OPENING = /^[\^↑] ?/;
export const LETTER_BACKLINK = /([a-z]) /y;

/** A visible URL. Trailing punctuation is trimmed afterwards. */
export const URL_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"\u201c\u201d\]\[]+/gi;

/** Bracketed format and source tags: `[PDF]`, `[HTML]`, `[MIA]`. */
export const BRACKET_TAG = /\[([A-Za-z]{2,8})\]/g;
/** Wikipedia's parenthesised format: `"Title" (PDF).` */
export const PAREN_FORMAT = /\((PDF|HTML)\)/gi;
export const FORMATS: ReadonlyMap<string, 'PDF' | 'HTML'> = new Map([
  ['pdf', 'PDF'],
  ['html', 'HTML'],
  ['htm', 'HTML'],
]);

/** Access-date and archive clauses; the date itself is read after the match. */
export const RETRIEVED_CLAUSE = /\b(?:retrieved|accessed|consulted|viewed)(?: (on|from))?:? ?/gi;
export const ARCHIVED_CLAUSE = /\barchived(?: (?:from|at) the original)?(?: \((PDF|HTML)\))?(?: (on))?:? ?/gi;

/** Rendered link text left after a quoted title (`Xinhua: "Title" Link`). */
export const TRAILING_LINK_WORD = / (?:Link|Archived|Archive)\.?$/;

/** Year-slot words meaning "no date". */
export const NO_DATE = /(?:n\.? ?d\.?|s\.? ?f\.?|s\.? ?d\.?|undated|no date)(?=\))/iy;

/** Parts of a reference that are page locators, editions or volumes (tested on short strings). */
export const PAGES = /^(?:pp?|pgs?|pages?)\.? ?[\dIVXLCDMivxlcdm]+(?: ?[-–—,] ?[\dIVXLCDMivxlcdm]+)*$/;
export const EDITION = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|revised|rev\.|new|expanded|updated|abridged|\d+\.?)\.? ?(?:ed|edn|edition|éd|ed\.)\.?$/i;
export const VOLUME = /^(?:vol|volume|tome|t|bd)\.? ?([\dIVXLCDM]+[a-z]?)$/i;
export const IDENTIFIER = /^(?:isbn|issn|oclc|doi|lccn|pmid|jstor|arxiv|bibcode|asin)\b/i;

/**
 * Journal locators. `9 (1): 45–63`, `60(5): 801-826`, `9: 45–63`, `9 (1)`, optionally preceded by
 * the journal name in the same segment (`Slavonic Studies Quarterly 9 (1): 45–63`).
 */
export const JOURNAL_LOCATOR = /(?:^|[ ,])(\d{1,5}) ?(?:\(([^()]{1,20})\))?(?:: ?((?:pp?\. ?)?[\dA-Za-z]{1,10}(?: ?[-–—] ?[\dA-Za-z]{1,10})?))?$/;
/** `vol. 9, no. 1, pp. 45–63` style locators inside a segment. */
export const VOLUME_WORD = /\bvol(?:ume)?\.? ?(\d{1,5}[a-z]?)\b/i;
export const ISSUE_WORD = /\b(?:no|nos|issue|iss|nr|number)\.? ?(\d{1,5}(?:[-–/]\d{1,5})?)\b/i;
export const PAGES_WORD = /\bpp?\. ?[\dIVXLCDMivxlcdm]{1,10}(?: ?[-–—] ?[\dIVXLCDMivxlcdm]{1,10})?/;

/** Markers that an author part names editors or translators rather than authors. */
export const EDITOR_MARK = /(?:,? ?\((?:eds?|editors?|ed\. by|comp|trans|tr)\.?\)|,? (?:eds?|editors?)\.?)$/i;

/** Double quotation marks: opener → the closers that may end it. */
export const DOUBLE_QUOTES: ReadonlyMap<string, string> = new Map([
  ['"', '"\u201d'],
  ['\u201c', '\u201d"'],
  ['\u201e', '\u201c\u201d'],
  ['\u00ab', '\u00bb'],
]);
/** Single quotation marks used for a `'Chapter'`: opener → closers. */
export const SINGLE_QUOTES: ReadonlyMap<string, string> = new Map([
  ["'", "'\u2019"],
  ['\u2018', "\u2019'"],
]);
