/** What the importer asks of a page's wikitext before parsing it: whether it is a redirect, and how deep its brackets nest. */
import { normalizeTitle } from '../../document/titles.js';

/**
 * How deep templates, links and tables nest in a wikitext, counted on their brackets alone
 * (`{{`, `[[`, a table's `{|` at a line's start, and their closers): an upper bound of what the
 * parser will nest, found in one pass before it runs. An unclosed bracket counts as open to the end.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of text.matchAll(/\{\{|\[\[|^[ \t]*\{\||\}\}|\]\]|^[ \t]*\|\}/gm)) {
    if (bracket.endsWith('{{') || bracket.endsWith('[[') || bracket.endsWith('{|')) deepest = Math.max(deepest, ++depth);
    else if (depth > 0) depth--;
  }
  return deepest;
}

/** The redirect a page is, if it is one: target title and fragment. */
export function redirectOf(text: string): { target: string; fragment: string | null } | null {
  const match = /^\s*#[^\s[]+\s*:?\s*\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/i.exec(text);
  if (!match) return null;
  const [target, ...fragment] = match[1]!.split('#');
  return { target: normalizeTitle(target!.replace(/^:/, '')), fragment: fragment.length ? fragment.join('#').trim() || null : null };
}
