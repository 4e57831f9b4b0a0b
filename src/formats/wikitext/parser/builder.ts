/**
 * The builder: MediaWiki's preprocessor rules in one stack-based pass over the tokens — comments,
 * extension tags, templates, arguments, `[[ ]]` groups and headings. An opener waits on a stack
 * for its closer; what is left open at the end is text, as MediaWiki shows it. Every position is
 * passed once, so the time is linear whatever the input's shape.
 */
import type { ParserConfig } from './config.js';
import { EXTENSION_TAGS } from './config.js';
import { closeHeading, closeTransclusion } from './elements.js';
import { resolveBrackets } from './links.js';
import { addText, last, node, textNode, type WikiNode } from './nodes.js';
import { addNodes, addPart, breakPiece, findsEquals, findsPipe, MAX_DEPTH, RULES, type Piece } from './pieces.js';
import type { ParseStats, Tokenizer } from './tokenizer.js';

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
    for (const piece of this.stack) breakPiece(piece, this.root);
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
    const transclusion = kind === 'template' || kind === 'argument' ? closeTransclusion(this.tokens.text, kind, piece, elementStart, i, closeEnd) : null;
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

  /** A heading's line ends at `at`: a heading if it closes with `=`, else its text goes back. */
  private headingEnd(at: number): void {
    const piece = this.stack.pop()!;
    closeHeading(this.tokens.text, piece, at, this.accum);
  }
}
