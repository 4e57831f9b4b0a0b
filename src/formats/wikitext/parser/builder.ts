/**
 * The builder: MediaWiki's preprocessor rules in one stack-based pass over the tokens — comments,
 * extension tags, templates, arguments, `[[ ]]` groups and headings. An opener waits on a stack
 * for its closer; what is left open at the end is text, as MediaWiki shows it. Every position is
 * passed once, so the time is linear whatever the input's shape.
 */
import type { ParserConfig } from './config.js';
import { EXTENSION_TAGS } from './config.js';
import { resolveBrackets } from './links.js';
import { last, node, textNode, type NodeType, type WikiNode } from './nodes.js';
import { nameOf, templateType } from './names.js';
import type { ParseStats, Tokenizer } from './tokenizer.js';

interface Part {
  start: number;
  nodes: WikiNode[];
  /** Where its first top-level `=` is (a named parameter), else -1. */
  eq: number;
  /** How many nodes come before that `=`. */
  eqIndex: number;
}

interface Piece {
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

const RULES = {
  '{': { close: '}', min: 2, max: 3, names: [null, null, 'template', 'argument'] as const },
  '[': { close: ']', min: 2, max: 2, names: [null, null, 'brackets'] as const },
  '-{': { close: '}-', min: 2, max: 2, names: [null, null, 'text'] as const },
};

/** Pieces deeper than this are text: a bound on the tree's depth (MediaWiki expands 100 levels at most). */
export const MAX_DEPTH = 500;

export function addText(nodes: WikiNode[], start: number, end: number): void {
  if (end <= start) return;
  const previous = last(nodes);
  if (previous !== undefined && previous.type === 'text' && previous.end === start) previous.end = end;
  else nodes.push(textNode(start, end));
}

/** Appends nodes, joining adjacent text. */
function addNodes(target: WikiNode[], nodes: readonly WikiNode[]): void {
  for (const n of nodes) {
    if (n.type === 'text') addText(target, n.start, n.end);
    else target.push(n);
  }
}

/** A part's nodes as text again: its `=` (kept apart as the name's end) back between them. */
function addPart(target: WikiNode[], part: Part): void {
  if (part.eq === -1) {
    addNodes(target, part.nodes);
    return;
  }
  addNodes(target, part.nodes.slice(0, part.eqIndex));
  addText(target, part.eq, part.eq + 1);
  addNodes(target, part.nodes.slice(part.eqIndex));
}

/** Whether `|` parts the top piece: in templates, arguments and `-{ }-`, not in `[[ ]]` or a heading. */
const findsPipe = (top: Piece | undefined): top is Piece => top !== undefined && top.open !== '\n' && top.open !== '[';

/** Whether the next `=` names the top piece's current part: its first, after the title, with none yet. */
const findsEquals = (top: Piece | undefined): boolean => findsPipe(top) && top.parts.length > 1 && last(top.parts)!.eq === -1;

export class Builder {
  private readonly root: WikiNode[] = [];
  private readonly stack: Piece[] = [];

  constructor(
    private readonly tokens: Tokenizer,
    private readonly config: ParserConfig,
    private readonly stats: ParseStats,
    /** Parses an extension tag's wikitext content (a range of the same text). */
    private readonly parseInner: (start: number, end: number) => WikiNode[],
  ) {}

  private get top(): Piece | undefined {
    return last(this.stack);
  }

  private get accum(): WikiNode[] {
    const top = this.top;
    return top ? last(top.parts)!.nodes : this.root;
  }

  build(from: number, to: number): WikiNode[] {
    const { text } = this.tokens;
    let i = from;
    let lineStart = true;
    for (;;) {
      this.stats.steps++;
      if (lineStart) {
        lineStart = false;
        i = this.lineStart(i, to);
        continue;
      }
      const top = this.top;
      const findPipe = findsPipe(top);
      const part = top && last(top.parts);
      const findEquals = findsEquals(top);
      const chars = `[{<\n-${top ? top.close[0] : ''}${findPipe ? '|' : ''}${findEquals ? '=' : ''}`;
      const at = Math.min(this.tokens.next(chars, i), to);
      addText(this.accum, i, at);
      i = at;
      if (i >= to) {
        if (top?.open === '\n') {
          this.headingEnd(i);
          continue;
        }
        break;
      }
      const char = text[i]!;
      if (char === '|' && findPipe) {
        top!.parts.push({ start: i + 1, nodes: [], eq: -1, eqIndex: 0 });
        i++;
      } else if (char === '=' && findEquals) {
        part!.eq = i;
        part!.eqIndex = part!.nodes.length;
        i++;
      } else if (char === '<') {
        i = this.angle(i, to);
      } else if (char === '\n') {
        if (top?.open === '\n') {
          this.headingEnd(i);
        } else {
          addText(this.accum, i, i + 1);
          i++;
          lineStart = true;
        }
      } else if (top && text.startsWith(top.close, i) && top.open !== '\n') {
        i = this.close(i, to);
      } else if ((char === '{' || char === '[') && text[i + 1] === char) {
        i = this.open(i, to, char);
      } else if (char === '-' && text[i + 1] === '{') {
        i = this.open(i, to, '-{');
      } else {
        addText(this.accum, i, i + 1);
        i++;
      }
    }
    // What is still open is text, its contents kept, in document order.
    for (const piece of this.stack) this.breakPiece(piece, this.root);
    this.stack.length = 0;
    return this.root;
  }

  /** At a line's start: a heading opens on `=`, unless a lone `=` names a template parameter. */
  private lineStart(i: number, to: number): number {
    if (this.tokens.text[i] !== '=' || i >= to) return i;
    const count = this.tokens.run(i, '=', Math.min(6, to - i));
    const top = this.top;
    if (count === 1 && findsEquals(top)) return i;
    if (this.stack.length >= MAX_DEPTH) return i;
    this.stack.push({ open: '\n', close: '\n', count, start: i, parts: [{ start: i, nodes: [], eq: -1, eqIndex: 0 }], prefix: false });
    addText(this.accum, i, i + count);
    return i + count;
  }

  /** A `<`: a comment, an extension tag, an ignored tag, or text. */
  private angle(i: number, to: number): number {
    const { text } = this.tokens;
    if (text.startsWith('<!--', i)) {
      const end = Math.min(this.tokens.commentEnd(i), to);
      this.accum.push(node('comment', i, end));
      return end;
    }
    const tag = this.tokens.tag(i);
    if (tag === null || tag.end > to) {
      addText(this.accum, i, i + 1);
      return i + 1;
    }
    const element = node(tag.kind, i, tag.end);
    element.name = tag.name;
    if (tag.kind === 'extension') {
      element.attributes = text.slice(tag.attributesStart, tag.attributesEnd);
      element.selfClosing = tag.inner === null;
      if (tag.inner !== null) {
        const { start, end } = tag.inner;
        const content = EXTENSION_TAGS.get(tag.name) === 'wikitext' ? this.parseInner(start, end) : end > start ? [textNode(start, end)] : [];
        element.children.push(node('extension-inner', start, end, content));
      }
    }
    this.accum.push(element);
    return tag.end;
  }

  private open(i: number, to: number, opener: '{' | '[' | '-{'): number {
    let open: '{' | '[' | '-{' = opener;
    let count = opener === '-{' ? 1 + this.tokens.run(i + 1, '{', to - i - 1) : this.tokens.run(i, opener, to - i);
    let start = i;
    let prefix = false;
    if (opener === '-{' && count > 2) {
      // `-{{`: the braces are a template's; the `-` waits as text (MediaWiki: the rightmost opener wins).
      prefix = true;
      open = '{';
      start = i + 1;
      count--;
    }
    if (count < RULES[open].min || this.stack.length >= MAX_DEPTH) {
      addText(this.accum, i, i + (opener === '-{' ? count + 1 : count));
      return i + (opener === '-{' ? count + 1 : count);
    }
    this.stack.push({ open, close: RULES[open].close, count, start, parts: [{ start: start + count, nodes: [], eq: -1, eqIndex: 0 }], prefix });
    return start + count;
  }

  private close(i: number, to: number): number {
    const piece = this.top!;
    const rule = RULES[piece.open as keyof typeof RULES];
    const count = piece.close.length > 1 ? piece.close.length : this.tokens.run(i, piece.close, Math.min(piece.count, to - i));
    let matching = Math.min(count, rule.max);
    while (matching > 0 && rule.names[matching] === null) matching--;
    if (matching <= 0) {
      addText(this.accum, i, i + count);
      return i + count;
    }
    this.stack.pop();
    const closeEnd = i + matching;
    const elementStart = piece.start + piece.count - matching;
    const kind = rule.names[matching]!;
    const built: WikiNode[] = [];
    const transclusion = kind === 'template' || kind === 'argument' ? this.transclusion(kind, piece, elementStart, i, closeEnd) : null;
    if (transclusion !== null) {
      built.push(transclusion);
    } else if (kind === 'brackets') {
      const content = piece.parts[0]!.nodes;
      const link = resolveBrackets(this.tokens.text, elementStart, closeEnd, content, this.config);
      if (link !== null) built.push(link);
      else {
        addText(built, elementStart, elementStart + 2);
        addNodes(built, content);
        addText(built, i, closeEnd);
      }
    } else {
      // `-{ … }-`, language conversion, is text here (its variants are not chosen); so is a
      // template whose name is no title. Its parts are kept, their separators as text.
      addText(built, elementStart, elementStart + (kind === 'text' ? 2 : matching));
      piece.parts.forEach((part, k) => {
        if (k > 0) addText(built, part.start - 1, part.start);
        addPart(built, part);
      });
      addText(built, i, closeEnd);
    }
    let end = closeEnd;
    const previous = last(built);
    if (previous?.type === 'link' && previous.end > end) end = previous.end;
    const remaining = piece.count - matching;
    const target = this.accum;
    if (piece.open !== '-{' && remaining >= rule.min) {
      // Openers left over wait for another closer, with this element as their content so far.
      piece.count = remaining;
      piece.parts = [{ start: piece.start + remaining, nodes: built, eq: -1, eqIndex: 0 }];
      this.stack.push(piece);
      return end;
    }
    if (piece.prefix) addText(target, piece.start - 1, piece.start);
    if (piece.open !== '-{') addText(target, piece.start, piece.start + remaining);
    addNodes(target, built);
    return end;
  }

  /** `{{name|…}}` or `{{{name|…}}}` from a closed piece; null when the name cannot be a title (a line break in it). */
  private transclusion(kind: 'template' | 'argument', piece: Piece, start: number, closeStart: number, end: number): WikiNode | null {
    const [title, ...parameters] = piece.parts;
    const nameEnd = parameters.length > 0 ? parameters[0]!.start - 1 : closeStart;
    const nameNode = node('name', title!.start, nameEnd, title!.nodes);
    const name = nameOf(this.tokens.text, nameNode);
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
        parameter.name = nameOf(this.tokens.text, parameterName);
        parameter.children.push(parameterName, node('parameter-value', part.eq + 1, partEnd, part.nodes.slice(part.eqIndex)));
      }
      element.children.push(parameter);
    });
    return element;
  }

  /** A heading's line ends at `at`: a heading if it closes with `=`, else its text goes back. */
  private headingEnd(at: number): void {
    const piece = this.stack.pop()!;
    const nodes = piece.parts[0]!.nodes;
    const { text } = this.tokens;
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
    const target = this.accum;
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

  /** An unclosed piece as text: its openers, its parts with their separators, its contents kept. */
  private breakPiece(piece: Piece, target: WikiNode[]): void {
    if (piece.prefix) addText(target, piece.start - 1, piece.start);
    if (piece.open !== '\n') addText(target, piece.start, piece.start + piece.count);
    piece.parts.forEach((part, k) => {
      if (k > 0) addText(target, part.start - 1, part.start);
      addPart(target, part);
    });
  }
}
