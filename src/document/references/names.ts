/** Author names in a reference: `Family, Given` turned round, lists split, corporate names kept as written. */
import { dropTrailing } from './segments.js';
import { EDITOR_MARK, ET_AL, NAME_PARTICLES, NAME_SUFFIXES } from './vocabulary.js';

/**
 * `Stalin, Joseph` → [Joseph Stalin]; `Olga Ivanova, Mark Hendricks` → two authors;
 * `Marx, Karl; Engels, Friedrich` and `A and B` → two; a corporate name stays as written.
 */
export function parseAuthors(raw: string): string[] {
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
export function isPersonalName(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 6 && coreWords(s) >= 1 &&
    ws.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || isSuffix(w));
}

export function coreWords(s: string): number {
  return words(s).filter((w) => !NAME_PARTICLES.has(w.toLowerCase()) && !isSuffix(w)).length;
}

function isSuffix(w: string): boolean {
  return NAME_SUFFIXES.has(w.trim().toLowerCase().replace(/\.$/, ''));
}

function isInitial(w: string): boolean {
  return /^(?:\p{Lu}\.-?)+\p{Lu}?\.?$/u.test(w) || /^\p{Lu}$/u.test(w);
}

/** `Joseph`, `J. V.`, `Karl Heinrich`: up to three capitalised words or initials. */
export function isGivenNames(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 3 && ws.every((w) => NAME_WORD.test(w) && !isSuffix(w));
}

/** One given name, or initials with at most one full name (`Joseph`, `J. V.`, `Mary E.`). */
function isShortGiven(s: string): boolean {
  const ws = words(s);
  return ws.length === 1 || ws.filter((w) => !isInitial(w)).length <= 1;
}
