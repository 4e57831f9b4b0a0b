/**
 * The shape of what is left of a reference once its links and dates are taken: quoted title
 * first, `Authors (Year).`, `Outlet: "Title"` or `Author, Title`, then the imprint or the journal.
 */
import { fold } from '../text.js';
import { parseDateAt } from '../dates.js';
import type { ReferenceFields } from './schema.js';
import { readName } from '../names/parse.js';
import { coreWords, isGivenNames, isPersonalName, parseAuthors, setAuthors } from './names.js';
import {
  findChapterQuote, firstDoubleQuote, hasDoubleQuote, matchingOpenParen, readDoubleQuoted,
  splitSegments, trimEnd, unwrapParens,
} from './segments.js';
import {
  DOUBLE_QUOTES, EDITION, IDENTIFIER, ISSUE_WORD, JOURNAL_LOCATOR, NO_DATE, PAGES, PAGES_WORD,
  PUBLISHING_PLACES, TRAILING_LINK_WORD, VOLUME, VOLUME_WORD,
} from './vocabulary.js';

export function parseBody(s: string, fields: ReferenceFields): void {
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
      setAuthors(fields, parseAuthors(pre));
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
  else if (pre !== '') setAuthors(fields, parseAuthors(pre));
  fields.title = cleanQuoted(quoted.content);
  parseArticleTail(s.slice(quoted.end).replace(TRAILING_LINK_WORD, ''), fields);
}

/** `Joshua Konitz, Dawn Over Samarkand` and `Rodney, Walter, How Europe Underdeveloped Africa`. */
function parseAuthorTitle(s: string, fields: ReferenceFields): boolean {
  const comma = s.indexOf(', ');
  if (comma <= 0 || comma > 80) return false;
  const pre = s.slice(0, comma);
  const rest = s.slice(comma + 2);
  const whole = isPersonalName(pre) && coreWords(pre) >= 2 ? readName(pre) : null;
  if (whole !== null && whole.literal === undefined) {
    setAuthors(fields, [whole]);
    parseWork(rest, fields, null);
    return true;
  }
  const second = rest.indexOf(', ');
  if (coreWords(pre) === 1 && isPersonalName(pre) && second > 0 && second <= 40) {
    const given = rest.slice(0, second);
    if (isGivenNames(given)) {
      setAuthors(fields, [readName(`${pre}, ${given}`)]);
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
