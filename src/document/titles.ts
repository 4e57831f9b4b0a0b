/**
 * MediaWiki title normalisation: the one function every lookup and every stored key goes through.
 * Rules (as MediaWiki's Title class): NFC, underscores are spaces, whitespace runs collapse to one
 * space, leading/trailing whitespace is trimmed, and the first letter is upper-cased.
 */
export function normalizeTitle(input: string): string {
  // Most titles are normal already (a link's target, a stored key): one test answers for them.
  if (NORMAL.test(input)) return input;
  // ASCII is NFC already: most titles skip the normalisation, which costs more than the rest.
  const spaced = (ASCII.test(input) ? input : input.normalize('NFC')).replace(/[_\s\u00a0]+/g, ' ').trim();
  if (spaced === '') return '';
  const first = spaced.codePointAt(0)!;
  const firstChar = String.fromCodePoint(first);
  return firstChar.toUpperCase() + spaced.slice(firstChar.length);
}

const ASCII = /^[\x00-\x7f]*$/;
/** Printable ASCII without `_`, not starting lower-case, single spaces only between characters. */
const NORMAL = /^(?![a-z ])(?:[!-^`-~]| (?=[!-^`-~]))+$/;

/** The URL form of a title: MediaWiki's `dbkey` (spaces as underscores), percent-encoded for a path. */
export function titleSlug(title: string): string {
  return encodeURIComponent(normalizeTitle(title).replace(/ /g, '_')).replace(/%2C/g, ',').replace(/%3A/g, ':');
}
