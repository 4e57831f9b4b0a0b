/**
 * One bibliographic reference, parsed from its plain-text rendering (the text after `N. ` in a
 * page's reference list). Pure and lenient: any string gives a result, nothing throws, and every
 * step is a single pass or a bounded regular expression, so the time is linear in the input.
 *
 * Stages: backlink labels → Ibid → URLs, format tags, access/archive clauses → note → the shape of
 * what is left (quoted title first, `Authors (Year).`, `Outlet: "Title"`, `Author, Title`).
 */
import { Type, type Static } from 'typebox';
import { fold } from '../text.js';
import { normalizeText } from '../grouping.js';
import { emptyIdentifiers, findIdentifiers, Identifiers } from '../identifiers.js';
import {
  ABBREVIATIONS, ARCHIVED_CLAUSE, BACKLINK_LABEL, BRACKET_TAG, CARET_OPENING, DOUBLE_QUOTES,
  EDITION, EDITOR_MARK, ET_AL, FORMATS, IBID_OPENING, IDENTIFIER, ISSUE_WORD, JOURNAL_LOCATOR,
  LETTER_BACKLINK, LOWERCASE_SEGMENT_STARTS, MONTHS, NAME_PARTICLES, NAME_SUFFIXES, NO_DATE,
  NOTE_ANYWHERE, NOTE_OPENING, PAGES, PAGES_WORD, PAREN_FORMAT, PUBLISHING_PLACES,
  RETRIEVED_CLAUSE, SINGLE_QUOTES, TRAILING_LINK_WORD, URL_PATTERN, VOLUME, VOLUME_WORD,
} from './vocabulary.js';

const NullableString = (description: string) =>
  Type.Union([Type.String(), Type.Null()], { description });
const NullableDate = (description: string) =>
  Type.Union([Type.String({ format: 'date' }), Type.Null()], { description });

export const ReferenceKind = Type.Union(
  [
    Type.Literal('book'), Type.Literal('journal'), Type.Literal('web'), Type.Literal('note'),
    Type.Literal('ibid'), Type.Literal('url'), Type.Literal('other'),
  ],
  {
    description:
      'Shape of the reference: `book` (title, imprint), `journal` (article with volume/issue/pages), ' +
      '`web` (article or page with an outlet), `note` (a pointer such as "See … available in ' +
      'Wikisource" that names no work), `ibid` (same source as the previous reference), `url` ' +
      '(a bare URL), `other` (not recognised).',
  },
);

export const ReferenceFields = Type.Object(
  {
    authors: Type.Array(Type.String(), {
      description: 'Authors as "Given Family" ("Stalin, Joseph" → "Joseph Stalin"); corporate authors as written.',
    }),
    year: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Year of publication, from `(YYYY)` or a full date; null for `n.d.` or none.',
    }),
    date: NullableDate('Full publication date (ISO YYYY-MM-DD) when the reference gives one, e.g. `(2018-11-02)`.'),
    title: NullableString('Title of the work: a book title (with any unquoted subtitle) or a quoted article/page title.'),
    chapter: NullableString("Chapter or part, from a quoted `'Chapter'` after the title."),
    edition: NullableString('Edition, e.g. `5th ed.`.'),
    volume: NullableString('Volume number (journals and multi-volume works).'),
    issue: NullableString('Issue number (journals).'),
    pages: NullableString('Pages as written: `p. 30`, `pp. 140–152`, or a bare journal range `45–63`.'),
    place: NullableString('Place of publication, e.g. `New Delhi`.'),
    publisher: NullableString('Publisher, or the journal, newspaper or website that published the work.'),
    url: NullableString('The first URL visible in the reference (the archive URL if that is the one shown).'),
    format: Type.Union([Type.Literal('PDF'), Type.Literal('HTML'), Type.Null()], {
      description: 'Format from a `[PDF]`/`[HTML]` tag or `(PDF)`; other tags such as `[MIA]` give null.',
    }),
    retrieved: NullableDate('Access date (ISO), from "Retrieved <date>".'),
    archived: NullableDate('Archive date (ISO), from "Archived from the original on <date>".'),
    kind: ReferenceKind,
    backlinks: Type.Array(Type.String(), {
      description: 'Backlink labels of a reference cited several times, e.g. ["2.0", "2.1", "2.2"].',
    }),
    identifiers: Identifiers,
  },
  {
    $id: 'ReferenceFields',
    description: 'The parts of one bibliographic reference, parsed from its rendered text.',
    additionalProperties: false,
  },
);
export type ReferenceFields = Static<typeof ReferenceFields>;
export type ReferenceKind = Static<typeof ReferenceKind>;

/**
 * A rendered reference is a few hundred characters; anything past this is a long quotation or
 * garbage, and the parts this parser reads (authors, year, title, imprint) come first. The cap
 * bounds the work on hostile input; every stage is linear anyway.
 */
export const MAX_REFERENCE_LENGTH = 10_000;

/** Parses the text of one reference. Never throws; unrecognised text gives `kind: 'other'`. */
export function parseReference(text: string): ReferenceFields {
  const fields = emptyFields();
  const source = String(text);
  let s = squeeze(source.slice(0, MAX_REFERENCE_LENGTH).replace(/\s+/g, ' '));
  fields.identifiers = findIdentifiers(s);
  s = takeBacklinks(s, fields);
  const ibid = IBID_OPENING.exec(s);
  if (ibid) {
    // `Ibid.`, `Ibid., p. 31`, `Ibid. 31` — but not `Ibidem Press (2001). Title.`
    const rest = s.slice(ibid[0].length);
    const pages = ibidPages(rest);
    if (pages !== null || /^(?:[.,;:]|\s*$)/.test(rest)) {
      fields.kind = 'ibid';
      fields.pages = pages;
      return fields;
    }
  }
  s = squeeze(takeUrls(s, fields));
  s = squeeze(takeFormatTags(s, fields));
  s = squeeze(takeAccessClauses(s, fields));
  if (/^[\s\p{P}\p{S}]*$/u.test(s)) {
    fields.kind = fields.url === null ? 'other' : 'url';
  } else if (NOTE_OPENING.test(s) || NOTE_ANYWHERE.test(s)) {
    fields.kind = 'note';
  } else {
    parseBody(s, fields);
  }
  return fields;
}

/** True for `Ibid.` references, which the importer resolves to the previous reference's source. */
export function isIbid(fields: ReferenceFields): boolean {
  return fields.kind === 'ibid';
}

/**
 * The title key of the cited work, under which the writer looks for the same work cited before
 * (src/document/grouping.ts decides, from authors, year and identifiers): the normalised title
 * (accents removed, punctuation as spaces, lower case), or `url:` plus the URL for bare URLs;
 * null when the reference names no work (notes, Ibid).
 */
export function sourceKey(fields: ReferenceFields): string | null {
  if (fields.kind === 'ibid' || fields.kind === 'note') return null;
  const title = fields.title === null ? '' : normalizeText(fields.title);
  if (title !== '') return title;
  if (fields.url !== null) return `url:${urlKey(fields.url)}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Stage helpers: each takes the remaining text and returns it with its part removed.

/** Collapses the double spaces that removed parts leave behind. */
function squeeze(s: string): string {
  return s.replace(/ {2,}/g, ' ').trim();
}

function emptyFields(): ReferenceFields {
  return {
    authors: [], year: null, date: null, title: null, chapter: null, edition: null, volume: null,
    issue: null, pages: null, place: null, publisher: null, url: null, format: null,
    retrieved: null, archived: null, kind: 'other', backlinks: [], identifiers: emptyIdentifiers(),
  };
}

/** `2.0 2.1 2.2 Text` → labels; only a run of ≥2 labels `N.0 N.1 …` counts (not `1.5 million`). */
function takeBacklinks(s: string, fields: ReferenceFields): string {
  let pos = 0;
  const caret = CARET_OPENING.exec(s);
  if (caret) pos = caret[0].length;
  const labels: string[] = [];
  let major: string | undefined;
  for (;;) {
    BACKLINK_LABEL.lastIndex = pos;
    const m = BACKLINK_LABEL.exec(s);
    if (!m || (major !== undefined && m[1] !== major) || Number(m[2]) !== labels.length) break;
    major = m[1];
    labels.push(`${m[1]}.${m[2]}`);
    pos = BACKLINK_LABEL.lastIndex;
  }
  if (labels.length >= 2) {
    fields.backlinks = labels;
    return s.slice(pos);
  }
  if (caret) {
    // Wikipedia: `^ a b c Text`
    const letters: string[] = [];
    pos = caret[0].length;
    for (;;) {
      LETTER_BACKLINK.lastIndex = pos;
      const m = LETTER_BACKLINK.exec(s);
      if (!m || m[1] !== String.fromCharCode(97 + letters.length)) break;
      letters.push(m[1]);
      pos = LETTER_BACKLINK.lastIndex;
    }
    if (letters.length >= 2) {
      fields.backlinks = letters;
      return s.slice(pos);
    }
    return s.slice(caret[0].length);
  }
  return s;
}

function ibidPages(rest: string): string | null {
  const cleaned = trimEnd(rest.replace(/^[\s,.;:]+/, ''));
  if (cleaned === '' || cleaned.length > 60) return null;
  if (PAGES.test(cleaned) || /^[\dIVXLCDMivxlcdm]+(?: ?[-–—] ?[\dIVXLCDMivxlcdm]+)?$/.test(cleaned)) {
    return cleaned;
  }
  const m = PAGES_WORD.exec(cleaned);
  return m ? m[0] : null;
}

function takeUrls(s: string, fields: ReferenceFields): string {
  return s.replace(URL_PATTERN, (match: string) => {
    // Trailing punctuation belongs to the sentence, a `)` only when unbalanced.
    const closes = match.includes('(') ? '.,;:!?\'’' : '.,;:!?\'’)';
    const url = dropTrailing(match, closes);
    if (url.length > match.indexOf('/') + 2 || url.startsWith('www.')) fields.url ??= url;
    return ' ' + match.slice(url.length);
  });
}

function takeFormatTags(s: string, fields: ReferenceFields): string {
  const tag = (_: string, name: string) => {
    fields.format ??= FORMATS.get(name.toLowerCase()) ?? null;
    return ' ';
  };
  return s.replace(BRACKET_TAG, tag).replace(PAREN_FORMAT, tag);
}

/** Removes `Retrieved <date>.` and `Archived from the original on <date>.`, keeping the dates. */
function takeAccessClauses(s: string, fields: ReferenceFields): string {
  s = removeClauses(s, RETRIEVED_CLAUSE, (m, date) => {
    if (date) fields.retrieved ??= date.iso;
    return date !== null || m[1]?.toLowerCase() === 'from';
  });
  return removeClauses(s, ARCHIVED_CLAUSE, (m, date) => {
    if (m[1]) fields.format ??= FORMATS.get(m[1].toLowerCase()) ?? null;
    if (date) fields.archived ??= date.iso;
    return date !== null || /original/i.test(m[0]);
  });
}

function removeClauses(
  s: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray, date: ParsedDate | null) => boolean,
): string {
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) {
    const date = parseDateAt(s, pattern.lastIndex);
    let end = date ? date.end : pattern.lastIndex;
    if (accept(m, date)) {
      while (end < s.length && '.,; '.includes(s[end] ?? '')) end += 1;
      out += s.slice(last, m.index) + ' ';
      last = end;
      pattern.lastIndex = end;
    }
  }
  return out + s.slice(last);
}

// ---------------------------------------------------------------------------------------------
// Shapes

function parseBody(s: string, fields: ReferenceFields): void {
  if (DOUBLE_QUOTES.has(s[0] ?? '')) {
    parseQuotedLead('', s, fields);
    return;
  }
  const slot = findYearSlot(s);
  if (slot && !hasDoubleQuote(s.slice(0, slot.start))) {
    fields.year = slot.year;
    fields.date = slot.iso;
    const pre = s.slice(0, slot.start).trim();
    const rest = s.slice(slot.end).trim();
    if (rest.startsWith(':')) {
      // `Constitution of … (2019): 'Article 5'.` — before the year stands the work, not an author.
      parseWork(rest.slice(1), fields, pre);
    } else {
      fields.authors = parseAuthors(pre);
      parseWork(rest.replace(/^[.,;]+/, ''), fields, null);
    }
    return;
  }
  const quote = firstDoubleQuote(s);
  if (quote > 0 && quote <= 200 && /[:,.]$/.test(s.slice(0, quote).trim())) {
    parseQuotedLead(s.slice(0, quote).trim(), s.slice(quote), fields);
    return;
  }
  if (parseAuthorTitle(s, fields)) return;
  parseWork(s, fields, null);
  fields.kind = 'other';
}

/** `"Title" (date). Outlet.`, `Outlet: "Title" Link`, `Author, "Title". Journal. 9 (1): 4–5.` */
function parseQuotedLead(pre: string, s: string, fields: ReferenceFields): void {
  const quoted = readDoubleQuoted(s, 0);
  if (!quoted) {
    parseWork(s, fields, null);
    fields.kind = 'other';
    return;
  }
  if (pre.endsWith(':')) fields.publisher = pre.slice(0, -1).trim() || null;
  else if (pre !== '') fields.authors = parseAuthors(pre);
  fields.title = cleanQuoted(quoted.content);
  parseArticleTail(s.slice(quoted.end).replace(TRAILING_LINK_WORD, ''), fields);
}

/** `Joshua Konitz, Dawn Over Samarkand` and `Rodney, Walter, How Europe Underdeveloped Africa`. */
function parseAuthorTitle(s: string, fields: ReferenceFields): boolean {
  const comma = s.indexOf(', ');
  if (comma <= 0 || comma > 80) return false;
  const pre = s.slice(0, comma);
  const rest = s.slice(comma + 2);
  if (isPersonalName(pre) && coreWords(pre) >= 2) {
    fields.authors = [pre];
    parseWork(rest, fields, null);
    return true;
  }
  const second = rest.indexOf(', ');
  if (coreWords(pre) === 1 && isPersonalName(pre) && second > 0 && second <= 40) {
    const given = rest.slice(0, second);
    if (isGivenNames(given)) {
      fields.authors = [`${given} ${pre}`];
      parseWork(rest.slice(second + 2), fields, null);
      return true;
    }
  }
  return false;
}

/** What follows `Authors (Year).`: a quoted article title or a book title with its imprint. */
function parseWork(rest: string, fields: ReferenceFields, knownTitle: string | null): void {
  rest = rest.trim();
  if (knownTitle === null && DOUBLE_QUOTES.has(rest[0] ?? '')) {
    const quoted = readDoubleQuoted(rest, 0);
    if (quoted) {
      fields.title = cleanQuoted(quoted.content);
      parseArticleTail(rest.slice(quoted.end).replace(TRAILING_LINK_WORD, ''), fields);
      return;
    }
  }
  let title = knownTitle;
  let tail: string[];
  const chapter = findChapterQuote(rest);
  if (chapter) {
    const before = rest.slice(0, chapter.start);
    if (title === null && /^[\s\p{P}]*$/u.test(before)) {
      title = chapter.content; // `'Title'. Place: Publisher.` — a single-quoted title, no chapter
    } else {
      title ??= before;
      fields.chapter = cleanTitle(chapter.content, fields);
    }
    tail = splitSegments(rest.slice(chapter.end));
  } else {
    // Without a quoted chapter the first part is the title; after `Title (Year):` it is a subtitle.
    const segments = splitSegments(rest);
    const first = segments[0];
    title = title === null || first === undefined ? (first ?? title) : `${title}: ${first}`;
    tail = segments.slice(1);
  }
  fields.title = title === null ? null : cleanTitle(title, fields);
  parseImprint(tail, fields);
}

/** Segments after a book title: page/edition locators, `Place: Publisher`, a lone publisher or place. */
function parseImprint(segments: string[], fields: ReferenceFields): void {
  let imprint = false;
  const loose: string[] = [];
  for (const segment of segments) {
    const s = trimEnd(segment);
    if (s === '' || takeLocator(s, fields) || IDENTIFIER.test(s) || /^in /i.test(s)) continue;
    if (wholeDate(s, fields)) continue;
    const colon = s.indexOf(': ');
    if (!imprint && colon > 0 && isPlace(s.slice(0, colon))) {
      imprint = true;
      fields.place = s.slice(0, colon).trim();
      fields.publisher = takeTrailingYear(s.slice(colon + 2).trim(), fields) || null;
      continue;
    }
    loose.push(s);
  }
  const first = loose[0];
  if (!imprint && first !== undefined) {
    if (PUBLISHING_PLACES.has(fold(first))) fields.place = first;
    else fields.publisher = takeTrailingYear(first, fields) || null;
  }
  const online = fields.url !== null || fields.format === 'HTML' || fields.retrieved !== null || fields.archived !== null;
  fields.kind = online && fields.place === null ? 'web' : 'book';
}

/** Segments after a quoted title: the outlet or journal, journal locators, a date. */
function parseArticleTail(tail: string, fields: ReferenceFields): void {
  let journal = false;
  for (const segment of splitSegments(tail.replace(/^[\s.,;]+/, ''))) {
    const s = trimEnd(segment);
    if (s === '' || IDENTIFIER.test(s) || /^in /i.test(s)) continue;
    if (wholeDate(unwrapParens(s) ?? s, fields) || takeLocator(s, fields)) continue;
    const located = takeJournalLocator(s, fields);
    if (located !== null) {
      journal = true;
      if (located !== '') fields.publisher ??= located;
      continue;
    }
    if (fields.publisher === null) fields.publisher = s;
  }
  fields.kind = journal ? 'journal' : 'web';
}

/** `9 (1): 45–63` or `Journal 9 (1): 45–63` or `Journal, vol. 9, no. 1, pp. 45–63`; returns the name part. */
function takeJournalLocator(s: string, fields: ReferenceFields): string | null {
  if (s.length > 300) return null;
  const m = JOURNAL_LOCATOR.exec(s);
  if (m && (m[2] !== undefined || m[3] !== undefined)) {
    fields.volume ??= m[1] ?? null;
    fields.issue ??= m[2]?.trim() ?? null;
    fields.pages ??= m[3] ?? null;
    return trimEnd(s.slice(0, m.index));
  }
  const volume = VOLUME_WORD.exec(s);
  if (!volume) return null;
  fields.volume ??= volume[1] ?? null;
  fields.issue ??= ISSUE_WORD.exec(s)?.[1] ?? null;
  fields.pages ??= PAGES_WORD.exec(s)?.[0] ?? null;
  return trimEnd(s.slice(0, volume.index));
}

// ---------------------------------------------------------------------------------------------
// Titles, segments, quotes

/** Strips trailing `(p. 30)`, `(5th ed.)`, `(Vol. 2)` into their fields, then edge punctuation. */
function cleanTitle(raw: string, fields: ReferenceFields): string | null {
  let title = trimEnd(raw);
  while (title.endsWith(')')) {
    const open = matchingOpenParen(title);
    if (open < 0 || !takeLocator(title.slice(open), fields)) break;
    title = title.slice(0, open).trimEnd();
  }
  title = trimEnd(title);
  return title === '' ? null : title;
}

function cleanQuoted(content: string): string {
  return content.trim().replace(/,$/, '');
}

/** Page, edition or volume locator, bare or in parentheses; true when it was one. */
function takeLocator(raw: string, fields: ReferenceFields): boolean {
  const s = (unwrapParens(raw) ?? raw).trim();
  if (s.length > 60) return false;
  if (PAGES.test(s)) fields.pages ??= s;
  else if (EDITION.test(s)) fields.edition ??= s;
  else if (VOLUME.test(s)) fields.volume ??= VOLUME.exec(s)?.[1] ?? null;
  else return false;
  return true;
}

function unwrapParens(s: string): string | null {
  if (!s.startsWith('(') || !s.endsWith(')')) return null;
  return matchingOpenParen(s) === 0 ? s.slice(1, -1) : null;
}

/** Index of the `(` that the final `)` closes, or -1. */
function matchingOpenParen(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const c = s[i];
    if (c === ')') depth += 1;
    else if (c === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Splits at full stops that end a part (`Title. Place: Publisher.`), not at initials (`R. W.`),
 * abbreviations (`Vol. 2`, `P. Fernández y Cía.`) or inside parentheses. Drops empty parts.
 */
function splitSegments(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if (c === '.' && depth === 0 && s[i + 1] === ' ' && endsPart(s, i)) {
      pushSegment(out, s.slice(start, i));
      start = i + 2;
    }
  }
  pushSegment(out, s.slice(start));
  return out;
}

function pushSegment(out: string[], segment: string): void {
  const s = segment.trim();
  if (s !== '' && !/^[\p{P}\s]*$/u.test(s)) out.push(s);
}

function endsPart(s: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !' ("\u201c'.includes(s[from - 1] ?? ' ')) from -= 1;
  const word = s.slice(from, dot);
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // R. / U.S.
  if (/\p{L}$/u.test(word) && ABBREVIATIONS.has(/^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : fold(word))) {
    return false;
  }
  const next = s[dot + 2] ?? '';
  if (/\p{Ll}/u.test(next)) {
    const nextWord = /^\p{L}{1,10}/u.exec(s.slice(dot + 2, dot + 13))?.[0] ?? '';
    return LOWERCASE_SEGMENT_STARTS.has(nextWord);
  }
  return true;
}

/** Removes a final full stop (not after an initial or `U.S.`), comma, semicolon or colon. */
function trimEnd(raw: string): string {
  let s = dropTrailing(raw, ',;: ').trimStart();
  if (s.endsWith('.') && !/(?:^|[\s.])\p{L}\.$/u.test(s)) s = s.slice(0, -1).trimEnd();
  return s;
}

/** Drops trailing characters found in `chars` (a loop: an unanchored `[…]+$` regex is quadratic). */
function dropTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? '')) end -= 1;
  return s.slice(0, end);
}

function hasDoubleQuote(s: string): boolean {
  return /["\u201c\u201d\u201e\u00ab]/.test(s);
}

function firstDoubleQuote(s: string): number {
  return s.search(/["\u201c\u201e\u00ab]/);
}

function readDoubleQuoted(s: string, at: number): { content: string; end: number } | null {
  const closers = DOUBLE_QUOTES.get(s[at] ?? '');
  if (closers === undefined) return null;
  for (let i = at + 1; i < s.length; i += 1) {
    if (closers.includes(s[i] ?? '')) return { content: s.slice(at + 1, i), end: i + 1 };
  }
  return null;
}

/**
 * The first `'Chapter'` in the first segment: an opening single quote at the start or after a
 * space, colon or parenthesis, closed by a quote not followed by a letter (so `Khan's` and
 * `Workers'` are apostrophes). Only the first opener is tried, which keeps this linear.
 */
function findChapterQuote(s: string): { start: number; end: number; content: string } | null {
  const open = /(?:^|[ :(])(['\u2018])(?=\S)/.exec(s);
  if (!open) return null;
  const start = open.index + open[0].length - 1;
  if (splitSegments(s.slice(0, start)).length > 1) return null;
  const closers = SINGLE_QUOTES.get(open[1] ?? '') ?? '';
  const limit = Math.min(s.length, start + 300);
  for (let i = start + 2; i < limit; i += 1) {
    const c = s[i] ?? '';
    if (c === '"' || c === '\u201c') return null;
    if (closers.includes(c) && s[i - 1] !== ' ' && !/[\p{L}\p{N}]/u.test(s[i + 1] ?? '')) {
      return { start, end: i + 1, content: s.slice(start + 1, i) };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Places and dates

function isPlace(s: string): boolean {
  const t = s.trim();
  return t.length <= 60 && /^\p{Lu}/u.test(t) && !/\d/.test(t) && t.split(' ').length <= 5;
}

/** `Verso, 2019` → `Verso` (the year filled when missing). */
function takeTrailingYear(s: string, fields: ReferenceFields): string {
  const m = /, (\d{4})$/.exec(s);
  if (!m) return s;
  fields.year ??= Number(m[1]);
  return s.slice(0, m.index);
}

interface ParsedDate {
  year: number | null;
  iso: string | null;
  end: number;
}

const DATE_PATTERNS: readonly { re: RegExp; y: number; m: number; d: number; monthName?: true }[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, y: 1, m: 2, d: 3 },
  { re: /(\d{4}),? (\p{L}{3,10})\.? (\d{1,2})(?!\d)/uy, y: 1, m: 2, d: 3, monthName: true },
  { re: /(\d{1,2}) (\p{L}{3,10})\.?,? (\d{4})(?!\d)/uy, y: 3, m: 2, d: 1, monthName: true },
  { re: /(\p{L}{3,10})\.? (\d{1,2}),? (\d{4})(?!\d)/uy, y: 3, m: 1, d: 2, monthName: true },
  { re: /(\p{L}{3,10})\.?,? (\d{4})(?!\d)/uy, y: 2, m: 1, d: 0, monthName: true },
  { re: /(?:c\.? ?|ca\. ?)?(\d{4})[a-z]?(?: ?[-–\/] ?\d{2,4})?(?![\d-])/y, y: 1, m: 0, d: 0 },
];

/** A date starting exactly at `at`; `iso` only when day, month and year are all known. */
function parseDateAt(s: string, at: number): ParsedDate | null {
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = at;
    const m = pattern.re.exec(s);
    if (!m) continue;
    const year = Number(m[pattern.y]);
    if (!(year >= 1000 && year <= 2999)) continue;
    let month = 0;
    if (pattern.m > 0) {
      const raw = m[pattern.m] ?? '';
      month = pattern.monthName ? (MONTHS.get(fold(raw)) ?? 0) : Number(raw);
      if (!(month >= 1 && month <= 12)) continue;
    }
    const day = pattern.d > 0 ? Number(m[pattern.d]) : 0;
    const end = at + m[0].length;
    if (day === 0) return { year, iso: null, end };
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCDate() !== day) continue;
    return { year, iso: `${year}-${pad(month)}-${pad(day)}`, end };
  }
  return null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** A segment that is only a date (`12 March 2019`) fills `date`/`year` if still empty. */
function wholeDate(s: string, fields: ReferenceFields): boolean {
  if (s.length > 30) return false;
  const date = parseDateAt(s, 0);
  if (!date || date.end !== s.length) return false;
  fields.year ??= date.year;
  fields.date ??= date.iso;
  return true;
}

/** The `(YYYY)`, `(YYYY-MM-DD)` or `(n.d.)` slot after the authors, within the first 300 characters. */
function findYearSlot(s: string): { start: number; end: number; year: number | null; iso: string | null } | null {
  const limit = Math.min(s.length, 300);
  for (let open = s.indexOf('('); open >= 0 && open < limit; open = s.indexOf('(', open + 1)) {
    NO_DATE.lastIndex = open + 1;
    const none = NO_DATE.exec(s);
    if (none) return { start: open, end: open + 1 + none[0].length + 1, year: null, iso: null };
    const date = parseDateAt(s, open + 1);
    if (date && s[date.end] === ')') return { start: open, end: date.end + 1, year: date.year, iso: date.iso };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Authors

/**
 * `Stalin, Joseph` → [Joseph Stalin]; `Olga Ivanova, Mark Hendricks` → two authors;
 * `Marx, Karl; Engels, Friedrich` and `A and B` → two; a corporate name stays as written.
 */
function parseAuthors(raw: string): string[] {
  let s = dropTrailing(raw.trim(), ',;: ');
  s = s.replace(ET_AL, '').replace(EDITOR_MARK, '').trim();
  // `Smith, John.` before a quoted title: the full stop is punctuation, not an initial's.
  if (s.endsWith('.') && !/(?:^|[ .])\p{Lu}\.$/u.test(s) && !isSuffix(s.slice(s.lastIndexOf(' ') + 1))) {
    s = s.slice(0, -1);
  }
  if (s === '' || s.length > 300) return s === '' ? [] : [s];
  const out: string[] = [];
  for (const group of s.split(/ ?; ?/)) {
    const pieces = group.split(/ (?:and|&) /);
    const personal = pieces.every((piece) => piece.split(/ ?, ?/).every((p) => isPersonalName(p) || isSuffix(p)));
    for (const piece of pieces.length > 1 && !personal ? [group] : pieces) out.push(...splitCommas(piece));
  }
  return out.filter((a) => a !== '');
}

function splitCommas(group: string): string[] {
  const parts = group.split(/ ?, ?/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1) return [group.trim()];
  if (!parts.every((p) => isPersonalName(p) || isSuffix(p))) return [group.trim()];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const next = parts[i + 1];
    if (next !== undefined && isSuffix(next)) {
      out.push(`${part} ${next}`);
      i += 1;
    } else if (next !== undefined && isGivenNames(next) && (coreWords(part) === 1 || isShortGiven(next))) {
      const suffix = parts[i + 2];
      const tail = suffix !== undefined && isSuffix(suffix) ? ` ${suffix}` : '';
      out.push(`${next} ${part}${tail}`);
      i += tail === '' ? 1 : 2;
    } else {
      out.push(part);
    }
  }
  return out;
}

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:\p{Lu}\.-?)+\p{Lu}?\.?|\p{Lu}[\p{Ll}]?\.)$/u;

function words(s: string): string[] {
  return s.trim().split(' ').filter((w) => w !== '');
}

/** 1–6 words, each capitalised, an initial, a particle (`de`, `van`) or a suffix (`Jr.`). */
function isPersonalName(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 6 && coreWords(s) >= 1 &&
    ws.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || isSuffix(w));
}

function coreWords(s: string): number {
  return words(s).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !isSuffix(w)).length;
}

function isSuffix(w: string): boolean {
  return NAME_SUFFIXES.has(w.trim().toLowerCase().replace(/\.$/, ''));
}

function isInitial(w: string): boolean {
  return /^(?:\p{Lu}\.-?)+\p{Lu}?\.?$/u.test(w) || /^\p{Lu}$/u.test(w);
}

/** `Joseph`, `J. V.`, `Karl Heinrich`: up to three capitalised words or initials. */
function isGivenNames(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 3 && ws.every((w) => NAME_WORD.test(w) && !isSuffix(w));
}

/** One given name, or initials with at most one full name (`Joseph`, `J. V.`, `Mary E.`). */
function isShortGiven(s: string): boolean {
  const ws = words(s);
  return ws.length === 1 || ws.filter((w) => !isInitial(w)).length <= 1;
}

// ---------------------------------------------------------------------------------------------
// Keys

function urlKey(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const hash = bare.indexOf('#');
  return dropTrailing(hash < 0 ? bare : bare.slice(0, hash), '/').replace(/^[^/]*/, (host) => host.toLowerCase());
}
