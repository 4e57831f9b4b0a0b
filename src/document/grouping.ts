/**
 * When two citations cite the same work, as Zotero's duplicate detection decides it: the same
 * ISBN (as ISBN-13) or DOI is the same work; otherwise the same normalised title (accents
 * removed, punctuation as spaces, lower case) with the same first author (surname, and the first
 * initial when both give one) and years at most one apart. Conflicting identifiers (both have
 * ISBNs and share none, or both have DOIs that differ) never merge.
 *
 * Missing data is decided conservatively: a work without authors matches only another without
 * authors, and then only with the same publisher (so two pages titled "About us" of different
 * sites stay apart); a missing year on either side neither confirms nor refutes (the same book is
 * often cited once with its year and once without). Pure: the writer applies it (src/db/sources.ts).
 */
import { SUFFIXES } from './names/vocabulary.js';
import { fold } from './text.js';

/** What the rule reads of a work. `isbn` holds ISBN-13 digits, `doi` lower-case DOIs. */
export interface Work {
  /** workKey() of the title (or the URL of a bare link). */
  key: string;
  authors: readonly string[];
  year: number | null;
  publisher: string | null;
  isbn: readonly string[];
  doi: readonly string[];
}

/** Accents removed, anything but letters and digits as one space, lower case. */
export function normalizeText(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const shares = (a: readonly string[], b: readonly string[]) => a.some((value) => b.includes(value));

/** Both carry ISBNs and share none, or DOIs and share none. */
export function conflicting(a: Work, b: Work): boolean {
  return (a.isbn.length > 0 && b.isbn.length > 0 && !shares(a.isbn, b.isbn)) ||
    (a.doi.length > 0 && b.doi.length > 0 && !shares(a.doi, b.doi));
}

/** A shared ISBN or DOI. */
export function sameIdentifier(a: Work, b: Work): boolean {
  return shares(a.isbn, b.isbn) || shares(a.doi, b.doi);
}

/** The first author's folded surname and first initial ("V. I. Lenin", "Vladimir Lenin" → lenin, v). */
export function firstAuthor(authors: readonly string[]): { surname: string; initial: string | null } | null {
  const first = authors[0];
  if (first === undefined) return null;
  const words = normalizeText(first.replace(/\./g, ' ')).split(' ').filter((w) => w !== '');
  while (words.length > 1 && SUFFIXES.has(words[words.length - 1]!)) words.pop();
  const surname = words[words.length - 1];
  if (surname === undefined) return null;
  return { surname, initial: words.length > 1 ? words[0]!.slice(0, 1) : null };
}

export function sameAuthor(a: readonly string[], b: readonly string[]): boolean {
  const x = firstAuthor(a);
  const y = firstAuthor(b);
  if (x === null || y === null) return x === y;
  return x.surname === y.surname && (x.initial === null || y.initial === null || x.initial === y.initial);
}

export function sameWork(a: Work, b: Work): boolean {
  if (conflicting(a, b)) return false;
  if (sameIdentifier(a, b)) return true;
  if (a.key !== b.key || a.key === '') return false;
  if (a.year !== null && b.year !== null && Math.abs(a.year - b.year) > 1) return false;
  if (a.authors.length === 0 && b.authors.length === 0) {
    return normalizeText(a.publisher ?? '') === normalizeText(b.publisher ?? '');
  }
  return sameAuthor(a.authors, b.authors);
}
