/**
 * The node types of our wikitext tree. Every node keeps its exact source range (`start`, `end`
 * into the page's text); its children lie inside it, in order, and the gaps between them are the
 * node's own markup (`{{`, `|`, `]]`, `==`…), so the tree renders back to the page byte for byte.
 */

export type NodeType =
  | 'root'
  | 'text'
  | 'comment'
  /** `<noinclude>`, `</noinclude>`, `<onlyinclude>` tags and whole `<includeonly>…</includeonly>` elements: not shown on the page. */
  | 'ignored'
  | 'template'
  /** A parser function or variable: `{{#if:…}}`, `{{DEFAULTSORT:…}}`, `{{PAGENAME}}`. Not a template. */
  | 'magic-word'
  /** `{{{name|default}}}`. */
  | 'argument'
  /** A template's, magic word's or argument's name part. */
  | 'name'
  /** `|name=value` or `|value`; children: `parameter-name` (named only) and `parameter-value`. */
  | 'parameter'
  | 'parameter-name'
  | 'parameter-value'
  /** An extension tag: `<ref name=x>…</ref>`, `<nowiki/>`; children: `extension-inner` when it has content. */
  | 'extension'
  | 'extension-inner'
  | 'heading'
  /** A heading's title, between its `=` runs. */
  | 'heading-title'
  /** `[[Target|label]]trail`; children: `link-target`, `link-text`? and the trail as text. */
  | 'link'
  | 'file'
  | 'category'
  | 'link-target'
  | 'link-text'
  /** `[http://example.org label]`; children: `link-target` (the URL), `link-text`?. */
  | 'external-link'
  /** `https://example.org` in running text. */
  | 'free-link'
  /** `#REDIRECT [[Target]]` at the start of a page; its child is the link. */
  | 'redirect'
  /** An HTML tag (`<br>`, `<span …>`, `</div>`): a leaf, opening and closing tags unpaired. */
  | 'html'
  /** `''`, `'''` or `'''''`: italic and bold toggles. */
  | 'quotes'
  | 'behavior-switch'
  /** A list item's prefix at a line's start (`*`, `#`, `:`, `;`, combined). */
  | 'list'
  /** The `:` that ends a definition list's term on its line (`; term : definition`). */
  | 'dd'
  | 'hr'
  | 'table'
  /** `|+ caption`, `|-` rows, `|`/`!` cells; a cell's content is its `table-cell-inner`. */
  | 'table-caption'
  | 'table-row'
  | 'table-cell'
  | 'table-cell-inner';

export interface WikiNode {
  type: NodeType;
  start: number;
  end: number;
  children: WikiNode[];
  /**
   * template, magic-word, argument: the name as written, comments removed and trimmed
   * (magic-word: lower case, `#` kept, no colon); parameter: its name (positional ones `1`, `2`…);
   * extension, html: the tag name in lower case; link, file, category: the target as written.
   */
  name?: string;
  /** parameter: whether it has no `name=`. */
  positional?: boolean;
  /** heading: 1–6. */
  level?: number;
  /** link, file, category, redirect: the resolved target. */
  target?: LinkTarget;
  /** extension, html: the attributes as written; table, table-row, table-cell: likewise. */
  attributes?: string;
  /** extension: `<x/>`; html: `<br/>`. */
  selfClosing?: boolean;
  /** html: `</x>`. */
  closing?: boolean;
  /** table-cell: `td` (`|`) or `th` (`!`). */
  header?: boolean;
  /** external-link, free-link: the URL. */
  url?: string;
}

/** A link's target resolved against the site's namespaces. */
export interface LinkTarget {
  /** Namespace number: 0 for articles, 6 files, 14 categories; -2 Media. */
  ns: number;
  /** The title without its namespace prefix, normalised (first letter upper case, spaces); '' for a section link. */
  title: string;
  fragment: string | null;
  /** `fr` in `[[fr:Page]]` (and `[[:fr:Page]]`); null otherwise. */
  interwiki: string | null;
  /** `[[:Category:X]]`: a plain link to the page, not a membership or an embedded file. */
  colon: boolean;
  /** Whether the target holds a template or argument (its title is unknown until expanded). */
  dynamic: boolean;
}

export const node = (type: NodeType, start: number, end: number, children: WikiNode[] = []): WikiNode => ({ type, start, end, children });

/** Leaves share one empty list of children (never added to; not frozen, which would make every list of children slower to read): a page has tens of thousands of text nodes. */
const NO_CHILDREN: WikiNode[] = [];

/** A text node: a leaf (nothing is ever added to its children). */
export const textNode = (start: number, end: number): WikiNode => ({ type: 'text', start, end, children: NO_CHILDREN });

/** Appends the text from `start` to `end`, joining it to a text node that ends where it starts. */
export function addText(nodes: WikiNode[], start: number, end: number): void {
  if (end <= start) return;
  const previous = last(nodes);
  if (previous !== undefined && previous.type === 'text' && previous.end === start) previous.end = end;
  else nodes.push(textNode(start, end));
}

/** Where `char` first is in `text` between `from` and `to`, or -1: a scan that never passes `to`. */
export function indexWithin(text: string, char: string, from: number, to: number): number {
  if (to - from < 64) {
    for (let i = from; i < to; i++) if (text[i] === char) return i;
    return -1;
  }
  const at = text.slice(from, to).indexOf(char);
  return at === -1 ? -1 : from + at;
}

/**
 * A list's last item. Reading `list[list.length - 1]` of an empty list reads index -1, which V8
 * answers on its slow path: in the builder's loop that was a tenth of the parse.
 */
export const last = <T>(list: readonly T[]): T | undefined => (list.length === 0 ? undefined : list[list.length - 1]);

/** The source of a node. */
export const sourceOf = (text: string, n: WikiNode): string => text.slice(n.start, n.end);

/** Every descendant of a node of a type, in document order (iterative: trees can be deep). */
export function descendants(root: WikiNode, type: NodeType): WikiNode[] {
  const found: WikiNode[] = [];
  const stack: WikiNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === type) found.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return found;
}

/** The child of a type, if any. */
export const childOf = (n: WikiNode, type: NodeType): WikiNode | undefined => n.children.find((c) => c.type === type);

/** The page's text back from the tree: leaves and the markup between children, in order. */
export function renderTree(text: string, root: WikiNode): string {
  let out = '';
  const visit = (n: WikiNode) => {
    let at = n.start;
    for (const child of n.children) {
      out += text.slice(at, child.start);
      visit(child);
      at = child.end;
    }
    out += text.slice(at, n.end);
  };
  visit(root);
  return out;
}
