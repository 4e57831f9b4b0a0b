/**
 * What a closed piece of the builder's stack becomes: a template, magic word or argument with its
 * parameters, named or positional; or, when its line ends, a heading with its level and title.
 */
import { addText, node, type NodeType, type WikiNode } from './nodes.js';
import { nameOf, templateType } from './names.js';
import { addNodes, type Piece } from './pieces.js';

/** `{{name|…}}` or `{{{name|…}}}` from a closed piece; null when the name cannot be a title (a line break in it). */
export function closeTransclusion(text: string, kind: 'template' | 'argument', piece: Piece, start: number, closeStart: number, end: number): WikiNode | null {
  const [title, ...parameters] = piece.parts;
  const nameEnd = parameters.length > 0 ? parameters[0]!.start - 1 : closeStart;
  const nameNode = node('name', title!.start, nameEnd, title!.nodes);
  const name = nameOf(text, nameNode);
  const type: NodeType = kind === 'argument' ? 'argument' : templateType(name);
  if (type === 'template' && name.includes('\n')) return null;
  const element = node(type, start, end, [nameNode]);
  element.name = type === 'magic-word' ? name.replace(/:[^]*$/, '').trim().toLowerCase() : name;
  let index = 0;
  parameters.forEach((part, k) => {
    const partEnd = k + 1 < parameters.length ? parameters[k + 1]!.start - 1 : closeStart;
    const parameter = node('parameter', part.start, partEnd);
    if (part.eq === -1) {
      parameter.positional = true;
      parameter.name = String(++index);
      parameter.children.push(node('parameter-value', part.start, partEnd, part.nodes));
    } else {
      const nameNodes = part.nodes.slice(0, part.eqIndex);
      const parameterName = node('parameter-name', part.start, part.eq, nameNodes);
      parameter.positional = false;
      parameter.name = nameOf(text, parameterName);
      parameter.children.push(parameterName, node('parameter-value', part.eq + 1, partEnd, part.nodes.slice(part.eqIndex)));
    }
    element.children.push(parameter);
  });
  return element;
}

/** A heading's line ends at `at`: a heading if it closes with `=`, else its text goes back. */
export function closeHeading(text: string, piece: Piece, at: number, target: WikiNode[]): void {
  const nodes = piece.parts[0]!.nodes;
  // Back over trailing spaces and comments to the closing `=` run.
  let k = nodes.length - 1;
  let searchEnd = at;
  for (; k >= 0; k--) {
    const n = nodes[k]!;
    if (n.type === 'comment') {
      searchEnd = n.start;
      continue;
    }
    if (n.type !== 'text') break;
    let e = searchEnd;
    while (e > n.start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
    searchEnd = e;
    if (e > n.start) break;
  }
  let equals = 0;
  const previous = nodes[k];
  if (previous?.type === 'text') while (searchEnd - equals > previous.start && text[searchEnd - equals - 1] === '=') equals++;
  let level = 0;
  if (equals > 0) {
    if (searchEnd - equals === piece.start) level = equals < 3 ? 0 : Math.min(6, Math.floor((equals - 1) / 2));
    else level = Math.min(equals, piece.count);
  }
  if (level === 0) {
    addNodes(target, nodes);
    return;
  }
  const titleStart = piece.start + level;
  const titleEnd = searchEnd - level;
  const heading = node('heading', piece.start, at);
  heading.level = level;
  const title: WikiNode[] = [];
  const after: WikiNode[] = [];
  for (const n of nodes) {
    if (n.type !== 'text') (n.start >= searchEnd ? after : title).push(n);
    else {
      addText(title, Math.max(n.start, titleStart), Math.min(n.end, titleEnd));
      addText(after, Math.max(n.start, searchEnd), n.end);
    }
  }
  heading.children.push(node('heading-title', titleStart, titleEnd, title), ...after);
  target.push(heading);
}
