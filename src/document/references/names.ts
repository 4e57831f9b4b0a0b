/** Author names in a free-text reference, read by the names module (../names) as a guess: what is not a person's or plainly an organisation's name is nobody. */
import { readNameList } from '../names/list.js';
import { displayName, isSuffix, looksPersonal } from '../names/parse.js';
import type { PersonName } from '../names/schema.js';
import type { ReferenceFields } from './schema.js';
import { dropTrailing } from './segments.js';
import { EDITOR_MARK } from './vocabulary.js';

/**
 * `Stalin, Joseph` → Joseph Stalin; `Olga Ivanova, Mark Hendricks` → two authors; `Marx, Karl;
 * Engels, Friedrich` and `A and B` → two; `World Bank` an organisation; a title or a site name → none.
 */
export function parseAuthors(raw: string): PersonName[] {
  let s = dropTrailing(raw.trim(), ',;: ').replace(EDITOR_MARK, '').trim();
  // `Smith, John.` before a quoted title: the full stop is punctuation, not an initial's.
  if (s.endsWith('.') && !/(?:^|[ .])\p{Lu}\.$/u.test(s) && !isSuffix(s.slice(s.lastIndexOf(' ') + 1))) s = s.slice(0, -1);
  if (s === '' || s.length > 300) return [];
  return readNameList(s, 'guessed');
}

/** Sets a reference's authors: the names, and each as the answers print it ("Given Family"). */
export function setAuthors(fields: ReferenceFields, names: PersonName[]): void {
  fields.names = names;
  fields.authors = names.map(displayName);
}

/** 1–6 words, each capitalised, an initial, a particle (`de`, `van`) or a suffix (`Jr.`). */
export const isPersonalName = looksPersonal;

/** The words of a name that are neither particles nor suffixes. */
export function coreWords(s: string): number {
  return s.trim().split(' ').filter((w) => w !== '' && w !== w.toLowerCase() && !isSuffix(w)).length;
}

/** `Joseph`, `J. V.`, `Karl Heinrich`: up to three capitalised words or initials. */
export function isGivenNames(s: string): boolean {
  const ws = s.trim().split(' ').filter((w) => w !== '');
  return ws.length >= 1 && ws.length <= 3 && looksPersonal(s) && !ws.some(isSuffix);
}
