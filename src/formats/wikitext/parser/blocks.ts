/**
 * The line-level grammar of a content list (the page, a parameter's value, a link's text, a
 * ref's content): tables (`{|`, `|+`, `|-`, `|`/`!` cells, `||` and `!!`, `|}`; nested), list
 * prefixes and `; term : definition`, `----`; then each line's inline markup (inline.ts).
 * Lines are cut at the newlines of text nodes only: a template spanning lines is one item.
 */
import { inline } from './inline.js';
import { indexWithin, last, node, textNode, type WikiNode } from './nodes.js';
import type { ParseStats } from './tokenizer.js';

interface Line {
  items: WikiNode[];
  start: number;
  /** Where the line's newline is (or its content's end). */
  end: number;
  newline: boolean;
}

/** The content's nodes cut into lines at the newlines of its text nodes. */
function linesOf(text: string, nodes: readonly WikiNode[], start: number, end: number): Line[] {
  const lines: Line[] = [];
  let current: Line = { items: [], start, end, newline: false };
  // The next newline at or after `scanned`: one forward scan serves every text node after it.
  let newline = -1;
  let scanned = -1;
  const nextNewline = (from: number, to: number): number => {
    if (from > scanned || (newline !== -1 && newline < from)) {
      newline = text.indexOf('\n', from);
      scanned = newline === -1 ? text.length : newline;
    }
    return newline !== -1 && newline < to ? newline : -1;
  };
  for (const n of nodes) {
    if (n.type !== 'text') {
      current.items.push(n);
      continue;
    }
    let from = n.start;
    for (let nl = nextNewline(from, n.end); nl !== -1; nl = nextNewline(from, n.end)) {
      if (nl > from) current.items.push(textNode(from, nl));
      current.end = nl;
      current.newline = true;
      lines.push(current);
      current = { items: [], start: nl + 1, end, newline: false };
      from = nl + 1;
    }
    if (from < n.end) current.items.push(textNode(from, n.end));
  }
  current.end = end;
  lines.push(current);
  return lines;
}

interface OpenTable {
  table: WikiNode;
  /** Where content goes now: a cell's or caption's inner, else the row or the table itself. */
  content: WikiNode;
  row: WikiNode | null;
}

const TABLE_LINE = /^[ \t]*(\{\||\|\}|\|-+|\|\+|\||!)/;

/** Tables nested deeper than this are text (MediaWiki expands 100 levels of templates at most). */
const MAX_TABLE_DEPTH = 100;

/** The content's nodes with tables, lists and inline markup made nodes. */
export function blocks(text: string, nodes: WikiNode[], start: number, end: number, stats: ParseStats): WikiNode[] {
  if (nodes.length === 0) return nodes;
  const out: WikiNode[] = [];
  const tables: OpenTable[] = [];
  const addTo = (target: WikiNode[], items: WikiNode[]) => {
    for (const n of items) {
      const previous = last(target);
      if (n.type === 'text' && previous?.type === 'text' && previous.end === n.start) previous.end = n.end;
      else target.push(n);
    }
  };
  const here = () => (tables.length ? last(tables)!.content.children : out);
  const grow = (n: WikiNode, to: number) => {
    if (to > n.end) n.end = to;
  };
  for (const line of linesOf(text, nodes, start, end)) {
    stats.steps += line.items.length + 1;
    const first = line.items[0];
    const lead = first?.type === 'text' ? text.slice(first.start, Math.min(first.end, first.start + 64)) : '';
    const marker = TABLE_LINE.exec(lead);
    const open = last(tables);
    if (marker && (marker[1] === '{|' ? tables.length < MAX_TABLE_DEPTH : open)) {
      const at = first!.start + marker[0].length - marker[1]!.length;
      const afterMarker = at + marker[1]!.length;
      const rest = restOf(line.items, afterMarker);
      addTo(here(), at > first!.start ? [textNode(first!.start, at)] : []);
      if (marker[1] === '{|') {
        const table = node('table', at, line.end);
        table.attributes = text.slice(afterMarker, line.end);
        addTo(here(), [table]);
        tables.push({ table, content: table, row: null });
        addTo(table.children, rest);
      } else if (marker[1] === '|}') {
        tables.pop();
        open!.table.end = Math.max(open!.table.end, afterMarker);
        if (tables.length === 0) fitEnds(open!.table);
        addTo(here(), inline(text, rest, stats));
      } else if (marker[1]!.startsWith('|-')) {
        const row = node('table-row', at, line.end);
        row.attributes = text.slice(afterMarker, line.end);
        open!.table.children.push(row);
        open!.row = row;
        open!.content = row;
        addTo(row.children, rest);
      } else {
        const parent = marker[1] === '|+' ? open!.table : (open!.row ?? open!.table);
        const cells = cellsOf(text, rest, afterMarker, line.end, marker[1] === '!', marker[1] === '|+');
        cells.forEach((cell, k) => {
          cell.start = k === 0 ? at : cell.start;
          const inner = last(cell.children)!;
          inner.children = inline(text, inner.children, stats);
          parent.children.push(cell);
        });
        open!.content = last(last(cells)!.children)!;
      }
    } else {
      addTo(here(), lineItems(text, line.items, stats));
    }
    if (line.newline) addTo(here(), [textNode(line.end, line.end + 1)]);
    // The innermost table grows line by line; the ones around it are fitted when it closes.
    const inner = last(tables);
    if (inner) {
      grow(inner.content, line.end + (line.newline ? 1 : 0));
      if (inner.row) grow(inner.row, inner.content.end);
    }
  }
  // An unclosed table runs to the end of its content, as MediaWiki closes it.
  for (const t of tables) t.table.end = Math.max(t.table.end, end);
  if (tables.length > 0) fitEnds(tables[0]!.table);
  return out;
}

/** The items from `at` on (the first text item cut there). */
function restOf(items: WikiNode[], at: number): WikiNode[] {
  const [first, ...others] = items;
  return first && first.end > at ? [textNode(at, first.end), ...others] : others;
}

/** An outermost table's rows', cells' and inner tables' ends, each at least its last child's (once, when it closes). */
function fitEnds(n: WikiNode): number {
  for (const child of n.children) n.end = Math.max(n.end, fitEnds(child));
  return n.end;
}

/** A line's cells: split at `||` (and `!!` on a header line); each cell's attributes before a single `|`. */
function cellsOf(text: string, items: WikiNode[], start: number, end: number, header: boolean, caption: boolean): WikiNode[] {
  const separator = header ? /\|\||!!/g : /\|\|/g;
  const cells: { start: number; items: WikiNode[] }[] = [{ start, items: [] }];
  for (const n of items) {
    if (n.type !== 'text') {
      last(cells)!.items.push(n);
      continue;
    }
    let from = n.start;
    // Searched in the node's own text: a scan never passes its end.
    const own = text.slice(n.start, n.end);
    separator.lastIndex = 0;
    for (let m = separator.exec(own); m !== null; m = separator.exec(own)) {
      const at = n.start + m.index;
      if (at > from) last(cells)!.items.push(textNode(from, at));
      cells.push({ start: at + 2, items: [] });
      from = at + 2;
    }
    if (from < n.end) last(cells)!.items.push(textNode(from, n.end));
  }
  return cells.map((cell, k) => {
    const cellEnd = k + 1 < cells.length ? cells[k + 1]!.start - 2 : end;
    const result = node(caption ? 'table-caption' : 'table-cell', k === 0 ? start : cell.start - 2, cellEnd);
    if (!caption) result.header = header;
    // `| attributes | content`: a single `|` before any link (MediaWiki: not when `[[` comes first).
    let innerStart = cell.start;
    let content = cell.items;
    const firstText = cell.items[0];
    if (firstText?.type === 'text') {
      const bar = indexWithin(text, '|', firstText.start, firstText.end);
      if (bar !== -1) {
        result.attributes = text.slice(cell.start, bar);
        innerStart = bar + 1;
        content = restOf(cell.items, innerStart);
      }
    }
    result.children.push(node('table-cell-inner', innerStart, cellEnd, content));
    return result;
  });
}

const LIST_PREFIX = /^[*#:;]+/;

/** A line outside tables: a list prefix, a `----` rule, `; term : definition`, then inline markup. */
function lineItems(text: string, items: WikiNode[], stats: ParseStats): WikiNode[] {
  const first = items[0];
  if (first?.type !== 'text') return inline(text, items, stats);
  const head = text.slice(first.start, Math.min(first.end, first.start + 256));
  const prefix = LIST_PREFIX.exec(head)?.[0];
  if (prefix) {
    const marker = node('list', first.start, first.start + prefix.length);
    const rest = restOf(items, marker.end);
    if (prefix.endsWith(';')) {
      const colon = rest.find((n) => n.type === 'text' && /:(?!\/\/)/.test(text.slice(n.start, n.end)));
      if (colon) {
        const at = colon.start + text.slice(colon.start, colon.end).search(/:(?!\/\/)/);
        const k = rest.indexOf(colon);
        const before = [...rest.slice(0, k), ...(at > colon.start ? [textNode(colon.start, at)] : [])];
        const after = [...(at + 1 < colon.end ? [textNode(at + 1, colon.end)] : []), ...rest.slice(k + 1)];
        return [marker, ...inline(text, before, stats), node('dd', at, at + 1), ...inline(text, after, stats)];
      }
    }
    return [marker, ...inline(text, rest, stats)];
  }
  const rule = /^-{4,}/.exec(head);
  if (rule) return [node('hr', first.start, first.start + rule[0].length), ...inline(text, restOf(items, first.start + rule[0].length), stats)];
  return inline(text, items, stats);
}
