/**
 * Section anchors as MediaWiki makes them, for every format and for the routes that look a
 * section up: white space as underscores, then made unique on the page with `_2`, `_3`…
 */

/** A heading's anchor before it is made unique: each run of white space becomes one underscore. */
export function anchorOf(title: string): string {
  return title.replace(/\s+/g, '_');
}

/**
 * The anchors one page has given so far, for `uniqueAnchor`: each taken anchor in lower case
 * (ASCII only, as PHP's `strtolower`), with the last suffix tried after it (1 for none).
 */
export type AnchorsTaken = Map<string, number>;

/**
 * MediaWiki's rule (Parser::finalizeHeadings): an anchor already taken, compared without regard
 * to ASCII case, gets the first of `_2`, `_3`… whose result is not taken either, whether that
 * was made by a suffix or came from a heading written so. `X`, `X`, `X 2` → `X`, `X_2`, `X_2_2`;
 * `Notes`, `notes` → `Notes`, `notes_2`. The search for a suffix resumes where the last one for
 * the same anchor stopped, so a page of n equal headings costs O(n).
 */
export function uniqueAnchor(title: string, taken: AnchorsTaken): string {
  const anchor = anchorOf(title);
  const key = anchor.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
  let suffix = taken.get(key);
  if (suffix === undefined) {
    taken.set(key, 1);
    return anchor;
  }
  do suffix += 1;
  while (taken.has(`${key}_${suffix}`));
  taken.set(key, suffix);
  taken.set(`${key}_${suffix}`, 1);
  return `${anchor}_${suffix}`;
}
