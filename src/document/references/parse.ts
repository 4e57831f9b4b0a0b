/**
 * One bibliographic reference, parsed from its plain-text rendering (the text after `N. ` in a
 * page's reference list). Pure and lenient: any string gives a result, nothing throws, and every
 * step is a single pass or a bounded regular expression, so the time is linear in the input.
 *
 * Stages: backlink labels → Ibid → URLs, format tags, access/archive clauses → note → the shape of
 * what is left (`shapes.ts`: quoted title first, `Authors (Year).`, `Outlet: "Title"`, `Author, Title`).
 */
import { normalizeText } from '../grouping.js';
import { emptyIdentifiers, findIdentifiers } from '../identifiers.js';
import { parseDateAt, type ParsedDate } from '../dates.js';
import type { ReferenceFields } from './schema.js';
import { parseBody } from './shapes.js';
import { dropTrailing, trimEnd } from './segments.js';
import {
  ARCHIVED_CLAUSE, BACKLINK_LABEL, BRACKET_TAG, CARET_OPENING, FORMATS, IBID_OPENING,
  LETTER_BACKLINK, NOTE_ANYWHERE, NOTE_OPENING, PAGES, PAGES_WORD, PAREN_FORMAT,
  RETRIEVED_CLAUSE, URL_PATTERN,
} from './vocabulary.js';

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
    authors: [], names: [], year: null, date: null, title: null, chapter: null, edition: null, volume: null,
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

function urlKey(url: string): string {
  const bare = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  const hash = bare.indexOf('#');
  return dropTrailing(hash < 0 ? bare : bare.slice(0, hash), '/').replace(/^[^/]*/, (host) => host.toLowerCase());
}
