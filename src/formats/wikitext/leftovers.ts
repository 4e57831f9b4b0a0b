/** Wikitext the parser left as text where the author meant markup: warnings with line and column. */
import type { Problem } from '../../document/types.js';
import { EXTENSION_TAGS } from './parser/config.js';
import type { WikiNode } from './parser/nodes.js';

/** Warnings of broken markup a page at most (a page can be thousands of lines of it). */
export const MAX_WARNINGS = 20;

/** What a page's text shows where the author meant markup the parser could not close. */
const LEFTOVERS = [
  { pattern: /\{\{/g, what: 'unbalanced template braces "{{"' },
  { pattern: /<ref[\s>]/gi, what: 'unclosed <ref>' },
] as const;

/** The text node of the page's tree that holds `[at, end)`, if one does (not inside a data tag: nowiki, pre, math…). */
function textNodeAt(root: WikiNode, at: number, end: number): WikiNode | null {
  let n = root;
  for (;;) {
    const children = n.children;
    let low = 0;
    let high = children.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (children[mid]!.start <= at) low = mid;
      else high = mid - 1;
    }
    const child = children[low];
    if (child === undefined || child.start > at || child.end < end) return null;
    if (child.type === 'text') return child;
    if (child.type === 'extension' && EXTENSION_TAGS.get(child.name ?? '') !== 'wikitext') return null;
    n = child;
  }
}

/**
 * Wikitext the parser left as text where the author meant markup (an unclosed template or
 * `<ref>`): warnings with line and column, the first of each kind in a text node, a page's first
 * few. Found by searching the page and looking each match up in the tree, not by walking it.
 */
export function leftovers(text: string, root: WikiNode, title: string, position: (offset: number) => { line: number; column: number }): Problem[] {
  const found: { at: number; problem: Problem }[] = [];
  for (const { pattern, what } of LEFTOVERS) {
    let seen: WikiNode | null = null;
    let kept = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null && kept < MAX_WARNINGS; match = pattern.exec(text)) {
      const node = textNodeAt(root, match.index, match.index + match[0].length);
      pattern.lastIndex = match.index + 1;
      if (node === null || node === seen) continue;
      seen = node;
      kept++;
      found.push({ at: match.index, problem: { severity: 'warning', ...position(match.index), message: `${what} in "${title}"; imported as text` } });
    }
  }
  return found.sort((x, y) => x.at - y.at).slice(0, MAX_WARNINGS).map(({ problem }) => problem);
}
