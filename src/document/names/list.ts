/**
 * A list of names as sources write it: joined by "and", "&", ";" or commas ("Marx, Karl; Engels,
 * Friedrich", "Olga Ivanova, Mark Hendricks and Li Wei"), in Vancouver style ("Smith AB, Jones C"),
 * ended by "et al." (which names nobody).
 */
import { fold } from '../text.js';
import { isInitials, isOrganisation, isParticle, isSuffix, looksPersonal, readName, readParts } from './parse.js';
import type { PersonName } from './schema.js';
import { ANONYMOUS, ET_AL, INSTITUTION_WORDS, ORGANISATION_JOINERS, TITLE_WORDS } from './vocabulary.js';

/**
 * How sure the source is that the text names authors: `stated` (a template's author parameter: what
 * is not a person's name is an organisation's), or `guessed` (free text before a year or title: what
 * is not a person's name is kept only when it plainly names an organisation; otherwise nobody).
 */
export type Certainty = 'stated' | 'guessed';

const VANCOUVER = /^((?:\p{Ll}+ )*(?:\p{Ll}+[-'’])?\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)?) (\p{Lu}{1,4})$/u;
const words = (s: string): string[] => s.trim().split(/\s+/).filter((w) => w !== '');

/** Strips "et al." and editor marks; what is left of a list of names. */
export function withoutEtAl(raw: string): string {
  return raw.trim().replace(ET_AL, '').replace(/[\s,;:]+$/, '').trim();
}

/** The names of a list. */
export function readNameList(raw: string, certainty: Certainty): PersonName[] {
  const s = withoutEtAl(raw.replace(/\s+/g, ' '));
  if (s === '') return [];
  const out: PersonName[] = [];
  for (const group of s.split(/ ?; ?/)) {
    const trimmed = group.trim();
    if (trimmed === '') continue;
    // Outside `vauthors`, one "Reuters UK" is too little to call Vancouver; two such parts are not.
    const vancouver = trimmed.includes(',') ? readVancouver(trimmed) : null;
    if (vancouver !== null) {
      out.push(...vancouver);
      continue;
    }
    const pieces = trimmed.split(/,? (?:and|&) /);
    // "Marks & Spencer" is one name: a piece of one word with no comma is no person's whole name.
    const personal = pieces.length > 1 && pieces.every((piece) => (piece.includes(',') || words(piece).length > 1) && piece.split(/ ?, ?/).every((p) => looksPersonal(p) || isSuffix(p)));
    for (const piece of personal ? pieces : [trimmed]) out.push(...splitCommas(piece));
  }
  return out.flatMap((name) => (name.literal === undefined || certainty === 'stated' || isPlainOrganisation(name.literal) ? [name] : []));
}

/** "Smith AB, Jones C, van der Berg JH" (every part a family name and its initials), else null. */
export function readVancouver(s: string): PersonName[] | null {
  const parts = withoutEtAl(s).split(/ ?, ?/).filter((p) => p !== '');
  const matches = parts.map((p) => VANCOUVER.exec(p));
  if (parts.length === 0 || matches.some((m) => m === null || isSuffix(m[2]!) || isOrganisation(m[1]!) || /^\p{Lu}+$/u.test(m[1]!))) return null;
  return matches.map((m) => readParts(m![1]!, m![2]!.split('').map((c) => `${c}.`).join(' ')));
}

/** "Marx, Karl, Engels, Friedrich", "Olga Ivanova, Mark Hendricks", "King, Martin Luther, Jr.". */
function splitCommas(group: string): PersonName[] {
  const parts = group.split(/ ?, ?/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length <= 1 || !parts.every((p) => looksPersonal(p) || isSuffix(p))) return [readName(group)];
  const out: PersonName[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (next !== undefined && isSuffix(next)) {
      out.push(readName(`${part}, ${next}`));
      i += 1;
    } else if (next !== undefined && isGivenNames(next) && (coreWords(part) === 1 || isShortGiven(next))) {
      const suffix = parts[i + 2];
      const tail = suffix !== undefined && isSuffix(suffix) ? `, ${suffix}` : '';
      out.push(readName(`${part}, ${next}${tail}`));
      i += tail === '' ? 1 : 2;
    } else {
      out.push(readName(part));
    }
  }
  return out;
}

const coreWords = (s: string): number => words(s).filter((w) => w !== w.toLowerCase() && !isSuffix(w)).length;

/** `Joseph`, `J. V.`, `Karl Heinrich`: up to three capitalised words or initials. */
function isGivenNames(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 3 && looksPersonal(s) && !ws.some(isSuffix);
}

/** One given name, or initials with at most one full name (`Joseph`, `J. V.`, `Mary E.`). */
function isShortGiven(s: string): boolean {
  const ws = words(s);
  return ws.length === 1 || isInitials(s) || ws.filter((w) => !isInitials(w)).length <= 1;
}

/**
 * An organisation a reference plainly names as its author (`World Health Organization`, `Reuters
 * Staff`): a word of ORGANISATION_WORDS in a short name, and none of what titles and site names carry
 * (a domain, `»`, `|`, `/`, a sentence's full stop).
 */
export function isPlainOrganisation(s: string): boolean {
  const ws = words(s);
  if (ws.length > 8 || s.length > 80 || /[»«|/:"“”]|\.[a-z]{2,}\b|\. \p{Lu}/u.test(s)) return false;
  const folded = ws.map((w) => fold(w.replace(/[.,]+$/, '')));
  if (folded.length === 1 && ANONYMOUS.has(folded[0]!)) return true;
  // An acronym (`UNESCO`, `BBC News`) in a short capitalised name.
  const acronym = ws.length <= 4 && ws.some((w) => /^\p{Lu}{2,10}$/u.test(w)) && ws.every((w) => /^\p{Lu}/u.test(w));
  // A title has lower-case words an institution's name has not (`Red Star over the Third World`).
  const institution = folded.some((w) => INSTITUTION_WORDS.has(w)) && ws.every((w) => /^\p{Lu}/u.test(w) || ORGANISATION_JOINERS.has(w) || isParticle(w));
  return !folded.some((w) => TITLE_WORDS.has(w)) && (acronym || institution);
}
