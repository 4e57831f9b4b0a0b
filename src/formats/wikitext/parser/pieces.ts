/**
 * The builder's stack: a piece is an opener (`{{`, `[[`, `-{`, a heading's `=`) waiting for its
 * closer, with the parts its `|` separate; and what a piece's nodes become as text again when it
 * does not close.
 */
import { addText, last, type WikiNode } from './nodes.js';

export interface Part {
  start: number;
  nodes: WikiNode[];
  /** Where its first top-level `=` is (a named parameter), else -1. */
  eq: number;
  /** How many nodes come before that `=`. */
  eqIndex: number;
}

export interface Piece {
  /** `{` templates and arguments, `[` link groups, `-{` language conversion, `\n` a heading. */
  open: '{' | '[' | '-{' | '\n';
  close: string;
  count: number;
  /** Where its opening run starts. */
  start: number;
  parts: Part[];
  /** `-{{`: the `-` was set aside (the rightmost opener wins). */
  prefix: boolean;
}

export const RULES = {
  '{': { close: '}', min: 2, max: 3, names: [null, null, 'template', 'argument'] as const },
  '[': { close: ']', min: 2, max: 2, names: [null, null, 'brackets'] as const },
  '-{': { close: '}-', min: 2, max: 2, names: [null, null, 'text'] as const },
};

/** Pieces deeper than this are text: a bound on the tree's depth (MediaWiki expands 100 levels at most). */
export const MAX_DEPTH = 500;

/** Appends nodes, joining adjacent text. */
export function addNodes(target: WikiNode[], nodes: readonly WikiNode[]): void {
  for (const n of nodes) {
    if (n.type === 'text') addText(target, n.start, n.end);
    else target.push(n);
  }
}

/** A part's nodes as text again: its `=` (kept apart as the name's end) back between them. */
export function addPart(target: WikiNode[], part: Part): void {
  if (part.eq === -1) {
    addNodes(target, part.nodes);
    return;
  }
  addNodes(target, part.nodes.slice(0, part.eqIndex));
  addText(target, part.eq, part.eq + 1);
  addNodes(target, part.nodes.slice(part.eqIndex));
}

/** Whether `|` parts the top piece: in templates, arguments and `-{ }-`, not in `[[ ]]` or a heading. */
export const findsPipe = (top: Piece | undefined): top is Piece => top !== undefined && top.open !== '\n' && top.open !== '[';

/** Whether the next `=` names the top piece's current part: its first, after the title, with none yet. */
export const findsEquals = (top: Piece | undefined): boolean => findsPipe(top) && top.parts.length > 1 && last(top.parts)!.eq === -1;

/** An unclosed piece as text: its openers, its parts with their separators, its contents kept. */
export function breakPiece(piece: Piece, target: WikiNode[]): void {
  if (piece.prefix) addText(target, piece.start - 1, piece.start);
  if (piece.open !== '\n') addText(target, piece.start, piece.start + piece.count);
  piece.parts.forEach((part, k) => {
    if (k > 0) addText(target, part.start - 1, part.start);
    addPart(target, part);
  });
}
