/**
 * Identifiers of a cited work, found in a reference's text or taken from template parameters:
 * ISBNs (checksum validated, as hyphenated ISBN-13), a DOI (Crossref's pattern, lower case), an
 * OCLC number and a Wayback Machine archive copy (its date from the snapshot's timestamp). Pure:
 * bounded regular expressions, nothing throws.
 */
import isbn3 from 'isbn3';
import { Type, type Static } from 'typebox';

export const Archive = Type.Object(
  {
    url: Type.String({ description: 'The archive copy, as cited.', examples: ['https://web.archive.org/web/20190412083000/https://example.org/page'] }),
    original: Type.Union([Type.String(), Type.Null()], { description: 'The archived URL (from the Wayback URL, or the template\'s `url`).', examples: ['https://example.org/page'] }),
    date: Type.Union([Type.String({ format: 'date' }), Type.Null()], { description: 'The date of the snapshot (ISO), from the Wayback timestamp or `archive-date`.', examples: ['2019-04-12'] }),
  },
  { additionalProperties: false, description: 'An archived copy of the cited page.' },
);

export const Identifiers = Type.Object(
  {
    isbn: Type.Array(Type.String(), {
      description: 'ISBNs with a valid check digit, as hyphenated ISBN-13 (an ISBN-10 is converted).',
      examples: [['978-0-674-51173-6']],
    }),
    doi: Type.Union([Type.String(), Type.Null()], {
      description: 'DOI in lower case (DOIs are compared without case), without a `doi:` or doi.org prefix.',
      examples: ['10.1086/226147'],
    }),
    oclc: Type.Union([Type.String(), Type.Null()], {
      description: 'OCLC (WorldCat) number, without leading zeros.',
      examples: ['123456'],
    }),
    archive: Type.Union([Archive, Type.Null()]),
  },
  {
    $id: 'Identifiers',
    additionalProperties: false,
    description: 'Standard identifiers of the cited work, from the reference text or the citation template.',
  },
);
export type Identifiers = Static<typeof Identifiers>;
export type Archive = Static<typeof Archive>;

export function emptyIdentifiers(): Identifiers {
  return { isbn: [], doi: null, oclc: null, archive: null };
}

// ---------------------------------------------------------------------------------------------
// ISBN

/** A run of 13 or 10 ISBN digits, each group separated by at most one hyphen or space. */
const ISBN_DIGITS = /97[89](?:[ -]?\d){9}[ -]?\d(?![\dXx])|\d(?:[ -]?\d){8}[ -]?[\dXx](?![\dXx])/y;
/** `ISBN 0-674-51173-5`, `ISBN-13: 978-…`, `ISBN: …`, `(ISBN 0674511735)`. */
const ISBN_LABEL = /\bISBN(?:[- ]?1[03])?\s?:?\s*/gi;

/** An ISBN-10 or -13 (hyphens and spaces allowed) → hyphenated ISBN-13; null on a bad checksum or unknown range. */
export function normalizeIsbn(value: string): string | null {
  const compact = String(value).replace(/[\s-]/g, '').toUpperCase();
  if (!/^(?:\d{9}[\dX]|\d{13})$/.test(compact)) return null;
  const parsed = isbn3.parse(compact);
  return parsed ? parsed.isbn13h : null;
}

/** The ISBNs labelled `ISBN` in a text or parameter value (several allowed), in order, without repeats. */
export function findIsbns(text: string, { labelled = true } = {}): string[] {
  const found: string[] = [];
  const add = (within: string, at: number) => {
    ISBN_DIGITS.lastIndex = at;
    const m = ISBN_DIGITS.exec(within);
    const isbn = m ? normalizeIsbn(m[0]) : null;
    if (isbn !== null && !found.includes(isbn)) found.push(isbn);
  };
  if (labelled) {
    for (const m of text.matchAll(ISBN_LABEL)) add(text, m.index + m[0].length);
  } else {
    // A parameter's value: each ISBN separated by commas, semicolons or slashes.
    for (const part of text.split(/[,;/]| or /)) {
      const at = part.search(/\d/);
      if (at >= 0) add(part, at);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// DOI

/** Crossref's pattern for a DOI (https://www.crossref.org/blog/dois-and-matching-regular-expressions/). */
export const DOI_PATTERN = /^10.\d{4,9}\/[-._;()/:A-Z0-9]+$/i;
const DOI_ANYWHERE = /(?<![\w.])10\.\d{4,9}\/[-._;()/:A-Z0-9]+/i;

/** A DOI (bare, `doi:`, doi.org or dx.doi.org URL) → lower case without prefix; null when malformed. */
export function normalizeDoi(value: string): string | null {
  let s = String(value).trim().replace(/^doi:\s*/i, '').replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '');
  s = dropTrailingPunctuation(safeDecode(s));
  return DOI_PATTERN.test(s) ? s.toLowerCase() : null;
}

/** The first DOI in a text. */
export function findDoi(text: string): string | null {
  const m = DOI_ANYWHERE.exec(text);
  return m ? normalizeDoi(m[0]) : null;
}

function dropTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0 && '.,;:'.includes(s[end - 1] ?? '')) end -= 1;
  // A `)` closing the reference's parenthesis, not part of the DOI.
  let out = s.slice(0, end);
  if (out.endsWith(')') && count(out, '(') < count(out, ')')) out = dropTrailingPunctuation(out.slice(0, -1));
  return out;
}

function count(s: string, c: string): number {
  return s.split(c).length - 1;
}

function safeDecode(s: string): string {
  if (!s.includes('%')) return s;
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ---------------------------------------------------------------------------------------------
// OCLC

const OCLC_LABEL = /\bOCLC(?:\s?(?:no\.?|number|#))?\s?:?\s*(\d{1,12})(?!\d)/i;
const WORLDCAT = /worldcat\.org\/(?:oclc|title\/[^\s/]*)\/(\d{1,12})(?!\d)|worldcat\.org\/title\/(\d{1,12})(?!\d)/i;

/** An OCLC number without leading zeros; null unless all digits. */
export function normalizeOclc(value: string): string | null {
  const s = String(value).trim().replace(/^(?:ocm|ocn|on|\(OCoLC\))/i, '');
  if (!/^\d{1,12}$/.test(s)) return null;
  return s.replace(/^0+(?=\d)/, '');
}

export function findOclc(text: string): string | null {
  const m = OCLC_LABEL.exec(text) ?? WORLDCAT.exec(text);
  const digits = m?.[1] ?? m?.[2];
  return digits === undefined ? null : normalizeOclc(digits);
}

// ---------------------------------------------------------------------------------------------
// Wayback Machine

const WAYBACK = /https?:\/\/(?:web\.)?archive\.org\/web\/(\d{4,14})(?:[a-z]{2}_|\*)?\/([^\s<>"\u201c\u201d[\]]+)/i;

/** A Wayback URL → the archive, its original URL and the snapshot date (null unless a valid YYYYMMDD). */
export function parseWayback(url: string): Archive | null {
  const m = WAYBACK.exec(url);
  if (!m) return null;
  const whole = dropTrailingPunctuation(m[0]);
  const original = dropTrailingPunctuation(m[2] ?? '');
  return {
    url: whole,
    original: original === '' ? null : /^[a-z][a-z0-9+.-]*:\/\//i.test(original) ? original : `http://${original}`,
    date: timestampDate(m[1] ?? ''),
  };
}

export function findArchive(text: string): Archive | null {
  return parseWayback(text);
}

function timestampDate(stamp: string): string | null {
  if (stamp.length < 8) return null;
  const [y, mo, d] = [stamp.slice(0, 4), stamp.slice(4, 6), stamp.slice(6, 8)];
  const probe = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (Number.isNaN(probe.getTime()) || probe.getUTCDate() !== Number(d) || probe.getUTCMonth() !== Number(mo) - 1) return null;
  return `${y}-${mo}-${d}`;
}

// ---------------------------------------------------------------------------------------------

/** Every identifier in a reference's text. */
export function findIdentifiers(text: string): Identifiers {
  const s = String(text);
  return { isbn: findIsbns(s), doi: findDoi(s), oclc: findOclc(s), archive: findArchive(s) };
}

export type IdentifierKind = 'isbn' | 'doi' | 'oclc';

/** The identifiers as stored and compared: ISBN-13 digits without hyphens, the lower-case DOI, the OCLC number. */
export function identifierValues(identifiers: Identifiers | undefined): { kind: IdentifierKind; value: string }[] {
  if (!identifiers) return [];
  return [
    ...identifiers.isbn.map((isbn) => ({ kind: 'isbn' as const, value: isbn.replace(/-/g, '') })),
    ...(identifiers.doi === null ? [] : [{ kind: 'doi' as const, value: identifiers.doi }]),
    ...(identifiers.oclc === null ? [] : [{ kind: 'oclc' as const, value: identifiers.oclc }]),
  ];
}
