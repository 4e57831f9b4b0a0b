/**
 * A page's top-level nodes cut into segments, one a future part: headings, block templates,
 * categories, tables, the references list and lists apart, paragraphs at blank lines. Segments
 * partition the page, so their parts render it back byte for byte.
 */
import type { PartKind } from '../../document/types.js';
import { node, textNode, type WikiNode } from './parser/nodes.js';

export interface Segment {
  kind: PartKind;
  start: number;
  nodes: WikiNode[];
  /** The heading, template, table, category or references node of a segment of that kind. */
  main?: WikiNode;
}

const BLANK_LINE = /\n[ \t]*\n/;

/** Where a node stands on a line of its own. */
const standsAlone = (text: string, start: number, end: number): boolean =>
  (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');

/**
 * The segments with their ends (where the next begins). A template is a block when it stands
 * alone on its line, or when `isBlockTemplate` says it is one wherever it stands (an infobox
 * after other templates on the page's first line).
 */
export function segment(nodes: Iterable<WikiNode>, text: string, isBlockTemplate: (template: WikiNode) => boolean): { s: Segment; end: number }[] {
  const segments: { s: Segment; end: number }[] = [];
  // A segment without nodes is dropped unless it is the last; a kept one ends where the next kept one starts.
  let held: Segment | null = null;
  let last: Segment | null = null;
  let current: Segment = { kind: 'paragraph', start: 0, nodes: [] };
  const cut = (at: number, kind: PartKind = 'paragraph') => {
    if (at > current.start || current.nodes.length) {
      last = current;
      if (current.nodes.length > 0) {
        if (held) segments.push({ s: held, end: current.start });
        held = current;
      }
    }
    current = { kind, start: at, nodes: [] };
  };
  const isBlank = (n: WikiNode) => n.type === 'text' && !/\S/.test(text.slice(n.start, n.end));
  for (const item of nodes) {
    const { start, end } = item;
    if (item.type === 'text') {
      // A blank line ends a paragraph; a newline ends a list.
      let at = start;
      while (at < end) {
        const data = text.slice(at, end);
        const match = current.kind === 'list' ? /\n(?!$)/.exec(data) : BLANK_LINE.exec(data);
        if (!match) {
          current.nodes.push(textNode(at, end));
          break;
        }
        if (match.index > 0) current.nodes.push(textNode(at, at + match.index));
        at += match.index;
        cut(at);
        // The newlines go with the next part (its lead); the text after them is the part's.
        const nonBlank = text.slice(at, end).search(/[^\s]/);
        if (nonBlank === -1) {
          current.nodes.push(textNode(at, end));
          break;
        }
        if (nonBlank > 0) current.nodes.push(textNode(at, at + nonBlank));
        at += nonBlank;
      }
      continue;
    }
    const alone = standsAlone(text, start, end);
    const block: PartKind | null =
      item.type === 'heading'
        ? 'heading'
        : item.type === 'table'
          ? 'table'
          : item.type === 'redirect'
            ? 'redirect'
            : item.type === 'category' && alone
              ? 'category'
              : item.type === 'extension' && item.name === 'references'
                ? 'references'
                : item.type === 'template' && (alone || isBlockTemplate(item))
                  ? 'template'
                  : null;
    const onlyWhitespace = current.nodes.every(isBlank);
    if (block) {
      if (!onlyWhitespace) cut(start);
      current.kind = block;
      current.main = item;
      current.nodes.push(item);
      cut(end);
    } else if ((item.type === 'list' || item.type === 'dd') && current.kind !== 'list') {
      if (!onlyWhitespace) cut(start);
      current.kind = 'list';
      current.nodes.push(item);
    } else {
      if (current.kind === 'list' && item.type !== 'list' && item.type !== 'dd' && start > 0 && text[start - 1] === '\n' && current.nodes.length) cut(start);
      current.nodes.push(item);
    }
  }
  cut(text.length);
  const final = last as Segment | null;
  if (final !== null && final !== held) {
    if (held) segments.push({ s: held, end: final.start });
    segments.push({ s: final, end: text.length });
  } else if (held) {
    segments.push({ s: held, end: text.length });
  }
  return segments;
}
