/**
 * One name read as BibTeX and CSL read it: "Given von Family Jr.", "von Family, Given", "Family,
 * Given, Jr." and BibTeX's "von Family, Jr, Given"; particles (`van`, `de`, `al-`) apart, suffixes
 * apart, and an organisation kept whole as a `literal`.
 */
import { fold } from '../text.js';
import type { PersonName } from './schema.js';
import { JOINED_PARTICLES, ORGANISATION_JOINERS, ORGANISATION_WORDS, PARTICLES, SUFFIXES, TITLE_WORDS } from './vocabulary.js';

/** A capitalised word (`Anne-Marie`, `O'Brien`, `McDonald`), or initials (`J.`, `J.R.R.`, `J.-P.`). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|(?:\p{Lu}\p{Ll}?\.-?)+\p{Lu}?\.?)$/u;
const INITIALS = /^(?:\p{Lu}\.-?\s?)+$|^\p{Lu}$/u;

const words = (s: string): string[] => s.trim().split(/\s+/).filter((w) => w !== '');
const bare = (w: string): string => fold(w.replace(/[.,]+$/, ''));

export const isSuffix = (w: string): boolean => SUFFIXES.has(bare(w));
export const isParticle = (w: string): boolean => w === w.toLowerCase() && PARTICLES.has(w);
const joinedParticle = (w: string): string | undefined =>
  JOINED_PARTICLES.find((p) => w.startsWith(p) && w.length > p.length + 1 && /\p{Lu}/u.test(w[p.length] ?? ''));
const nameWord = (w: string): boolean => NAME_WORD.test(w) || isParticle(w) || joinedParticle(w) !== undefined;

/** Words that say the name is an organisation's: `Ministry of Defence`, `BBC`, `Reuters Staff`, `example.com`. */
export function isOrganisation(s: string): boolean {
  const ws = words(s);
  if (/[\d@/|»«]|\.[a-z]{2,}\b|&/u.test(s)) return true;
  return ws.some((w, i) => ORGANISATION_WORDS.has(bare(w)) || (ORGANISATION_JOINERS.has(bare(w)) && (i > 0 || bare(w) === 'the')) ||
    (/^\p{Lu}{2,}$/u.test(w.replace(/[.,]+$/, '')) && !isSuffix(w)));
}

/** Every word a name's: capitalised, initials, particles, suffixes; 1–6 words. */
export function looksPersonal(s: string): boolean {
  const ws = words(s);
  return ws.length >= 1 && ws.length <= 6 && ws.some((w) => !isParticle(w) && !isSuffix(w)) &&
    ws.every((w) => (nameWord(w) || isSuffix(w)) && !TITLE_WORDS.has(bare(w)));
}

/** Given names that are all initials (`J. R.`, `JR`)? */
export const isInitials = (s: string): boolean => INITIALS.test(s.trim());

/**
 * One name, as written in a source. An inverted name (with a comma) is a person's; an uninverted one is
 * when every word is a name's and it names no organisation; anything else is a `literal`.
 */
export function readName(raw: string): PersonName {
  const s = raw.trim().replace(/\s+/g, ' ').replace(/[,;:]+$/, '').trim();
  const parts = s.split(/\s*,\s*/);
  if (parts.length >= 2 && parts.length <= 3 && parts.every((p) => p !== '' && (looksPersonal(p) || isSuffix(p)))) {
    const inverted = readInverted(parts);
    if (inverted !== null) return inverted;
  }
  if (parts.length === 1 && words(s).length >= 2 && looksPersonal(s) && !isOrganisation(s)) return readDirect(s);
  return { literal: s };
}

/**
 * A name given in parts (a template's `last`/`first`): a person's, with the family name's particles
 * apart; a family name alone that names an organisation (`|last=BBC`) is a `literal`.
 */
export function readParts(family: string, given: string | null): PersonName {
  // A suffix may be written after a comma in either part: `|last=Roeder, Jr.` or `|first=George H., Jr.`.
  const [last = '', lastSuffix] = splitSuffix(family);
  if (given === null || given.trim() === '') {
    return isOrganisation(last) || words(last).length > 3 ? { literal: last } : build(words(last), [], [], lastSuffix);
  }
  const [first = '', firstSuffix] = splitSuffix(given);
  const givenWords = words(first);
  const suffix = lastSuffix ?? firstSuffix ?? (givenWords.length > 1 && isSuffix(givenWords[givenWords.length - 1]!) ? givenWords.pop() : undefined);
  return build(words(last), givenWords, [], suffix);
}

/** `Roeder, Jr.` → [`Roeder`, `Jr.`]; `George H.` → [`George H.`, undefined]; stray commas dropped. */
function splitSuffix(s: string): [string, string | undefined] {
  const parts = s.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const suffix = parts.length > 1 && isSuffix(parts[parts.length - 1]!) ? parts.pop() : undefined;
  return [parts.join(' ').replace(/;+$/, '').trim(), suffix];
}

/** "Given von Family Jr." (BibTeX's "First von Last"). */
export function readDirect(s: string, suffix?: string): PersonName {
  const ws = words(s);
  if (ws.length > 2 && isSuffix(ws[ws.length - 1]!)) suffix = ws.pop();
  // The von part starts at the first particle after the given names; the family name is what follows it.
  const von = ws.findIndex((w, i) => i > 0 && i < ws.length - 1 && isParticle(w));
  const familyAt = von > 0 ? von : ws.length - 1;
  return build(ws.slice(familyAt), ws.slice(0, familyAt), [], suffix);
}

/** "von Family, Given", "Family, Given, Jr." and BibTeX's "von Family, Jr, Given". */
function readInverted(parts: string[]): PersonName | null {
  let [family, given, suffix] = parts as [string, string, string | undefined];
  if (suffix !== undefined && !isSuffix(suffix)) {
    if (!isSuffix(given)) return null;
    [given, suffix] = [suffix, given];
  }
  if (isSuffix(given) && suffix === undefined) return readDirect(family, given); // "Martin Luther King, Jr."
  const familyWords = words(family);
  if (familyWords.every(isParticle)) return null;
  const givenWords = words(given);
  const dropping: string[] = [];
  while (givenWords.length > 1 && isParticle(givenWords[givenWords.length - 1]!)) dropping.unshift(givenWords.pop()!);
  return build(familyWords, givenWords, dropping, suffix);
}

function build(familyWords: string[], givenWords: string[], dropping: string[], suffix: string | undefined): PersonName {
  const particles: string[] = [];
  while (familyWords.length > 1 && isParticle(familyWords[0]!)) particles.push(familyWords.shift()!);
  let family = familyWords.join(' ');
  let joined = '';
  const prefix = joinedParticle(family);
  if (prefix !== undefined && particles.length === 0 && familyWords.length === 1) {
    joined = prefix;
    family = family.slice(prefix.length);
  }
  const name: PersonName = { family };
  if (givenWords.length > 0) name.given = givenWords.join(' ');
  if (dropping.length > 0) name['dropping-particle'] = dropping.join(' ');
  const particle = joined !== '' ? joined : particles.join(' ');
  if (particle !== '') name['non-dropping-particle'] = particle;
  if (suffix !== undefined) name.suffix = suffix;
  return name;
}

/** A name as the answers print it: "Given von Family Jr." (`al-` and `d'` joined to the family name), or the literal. */
export function displayName(name: PersonName): string {
  if (name.literal !== undefined) return name.literal;
  const particle = name['non-dropping-particle'];
  const family = particle === undefined ? name.family : /[-'’]$/.test(particle) ? `${particle}${name.family ?? ''}` : `${particle} ${name.family ?? ''}`;
  return [name.given, name['dropping-particle'], family, name.suffix].filter((p) => p !== undefined && p !== '').join(' ');
}

/** The family name for sorting and matching (`Gogh` of "Vincent van Gogh"), or the literal. */
export const familyOf = (name: PersonName): string => name.family ?? name.literal ?? '';
