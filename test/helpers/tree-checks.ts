/**
 * Checks of our wikitext tree's shape, iterative (trees can be deep): every node's range is inside
 * its parent's, children in order and non-overlapping; and the leaves cover the text — every
 * `text` node's source and every gap between a node's children (its own markup), concatenated in
 * order, is the input.
 */
import type { WikiNode } from '../../src/formats/wikitext/parser/nodes.js';

/** The first fault found in the tree, or null when it is well-formed and covers `text`. */
export function treeFault(text: string, root: WikiNode): string | null {
  if (root.type !== 'root') return `the root is a ${root.type}`;
  if (root.start !== 0 || root.end !== text.length) return `the root spans ${root.start}-${root.end}, the text 0-${text.length}`;
  const stack: WikiNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!(n.start <= n.end)) return `${n.type} at ${n.start}-${n.end} ends before it starts`;
    if (n.type === 'text' && n.children.length > 0) return `text at ${n.start} has children`;
    let at = n.start;
    for (const child of n.children) {
      if (child.start < at) return `${child.type} at ${child.start}-${child.end} starts before the end of what comes before it in ${n.type} at ${n.start}-${n.end}`;
      if (child.end > n.end) return `${child.type} at ${child.start}-${child.end} ends after its parent ${n.type} at ${n.start}-${n.end}`;
      at = child.end;
      stack.push(child);
    }
  }
  return coverFault(text, root);
}

/** Whether the text nodes and the gaps between children, in order, make the input. */
function coverFault(text: string, root: WikiNode): string | null {
  let out = '';
  const stack: { n: WikiNode; i: number; at: number }[] = [{ n: root, i: 0, at: root.start }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top.n.type === 'text') {
      out += text.slice(top.n.start, top.n.end);
      stack.pop();
      continue;
    }
    const child = top.n.children[top.i];
    if (child === undefined) {
      out += text.slice(top.at, top.n.end);
      stack.pop();
      continue;
    }
    out += text.slice(top.at, child.start);
    top.i++;
    top.at = child.end;
    stack.push({ n: child, i: 0, at: child.start });
  }
  if (out === text) return null;
  let i = 0;
  while (i < out.length && out[i] === text[i]) i++;
  return `the leaves and gaps make ${out.length} characters, the text ${text.length}; first difference at ${i}`;
}
