/**
 * The displayed text of wikitext nodes, as a reader sees it: links by their label (and trail),
 * templates by what the vocabulary says they print, entities decoded; comments, refs, markup and
 * categories removed. Refs and footnote templates met on the way are reported in document order.
 */
import { decodeTarget, isLanguageLink } from './parser/links.js';
import { decodeEntities } from './parser/names.js';
import { childOf, type WikiNode } from './parser/nodes.js';
import { dateTemplateText, sourceText, templateKey, templateParameters } from './templates.js';
import { DATE_TEMPLATES, HIDDEN_TAGS, INLINE_TEMPLATES, LANG_FAMILY, LIST_TEMPLATES, NOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES } from './vocabulary.js';

export interface DisplayContext {
  /** Called for each `<ref>` met, in document order. */
  onRef?: (node: WikiNode) => void;
  /** Called for each footnote template met (`{{efn}}`, `{{sfn}}`), in document order with the refs. */
  onNote?: (template: WikiNode) => void;
  /** The displayed text of a citation template met outside a `<ref>` (a bibliography's `* {{cite book|…}}`). */
  citation?: (template: WikiNode) => string | null;
}

/** Whether a template makes a footnote (`{{efn}}`, `{{refn}}`, `{{sfn}}`): shown as its marker, its text in the notes. */
export const isNoteTemplate = (node: WikiNode): boolean => {
  const key = templateKey(node);
  return key in NOTE_TEMPLATES || key in SHORT_FOOTNOTE_TEMPLATES;
};

/** The refs and footnote templates inside nodes that are not displayed, reported in document order. */
export function notesWithin(nodes: readonly WikiNode[], context: DisplayContext): void {
  for (const node of nodes) {
    if (node.type === 'extension' && node.name === 'ref') context.onRef?.(node);
    else if (node.type === 'template' && isNoteTemplate(node)) context.onNote?.(node);
    else notesWithin(node.children, context);
  }
}

/** The displayed text of nodes, whitespace as written (the caller collapses it). */
export function displayText(text: string, nodes: readonly WikiNode[], context: DisplayContext = {}): string {
  let out = '';
  for (const node of nodes) out += displayOf(text, node, context);
  return out;
}

function displayOf(text: string, node: WikiNode, context: DisplayContext): string {
  switch (node.type) {
    case 'text':
      return decodeEntities(sourceText(text, node));
    case 'link': {
      if (isLanguageLink(node.target!)) return '';
      const label = childOf(node, 'link-text');
      const trail = node.children.length > 1 && node.children[node.children.length - 1]!.type === 'text' ? sourceText(text, node.children[node.children.length - 1]!) : '';
      if (label) return displayText(text, label.children, context) + trail;
      return decodeTarget((node.name ?? '').replace(/^:/, '').replace(/#.*$/, '')) + trail;
    }
    case 'external-link': {
      const label = childOf(node, 'link-text');
      return label ? displayText(text, label.children, context).replace(/^[ \t]+/, '') : '';
    }
    case 'free-link':
      return node.url ?? '';
    case 'extension':
      if (node.name === 'ref') {
        context.onRef?.(node);
        return '';
      }
      if (node.name === 'references') {
        notesWithin(node.children, context);
        return '';
      }
      if (node.name && HIDDEN_TAGS.has(node.name)) return '';
      return displayText(text, node.children, context);
    case 'html':
      return node.name === 'br' ? '\n' : '';
    case 'dd':
      return '\n';
    case 'template':
      return templateDisplay(text, node, context);
    case 'magic-word':
      // `{{!}}` and `{{=}}` print their character; other magic words need the page to be expanded.
      if (node.name === '!') return '|';
      if (node.name === '=') return '=';
      notesWithin(node.children, context);
      return '';
    case 'table':
      notesWithin(node.children, context);
      return '';
    case 'quotes':
    case 'comment':
    case 'category':
    case 'file':
    case 'behavior-switch':
    case 'ignored':
    case 'list':
    case 'hr':
    case 'redirect':
    case 'argument':
      return '';
    default:
      return displayText(text, node.children, context);
  }
}

function templateDisplay(text: string, node: WikiNode, context: DisplayContext): string {
  if (isNoteTemplate(node)) {
    context.onNote?.(node);
    return '';
  }
  const key = templateKey(node);
  const parameters = templateParameters(node);
  const shown = INLINE_TEMPLATES[key] ?? (LANG_FAMILY.test(key) ? 1 : undefined);
  if (shown !== undefined) {
    if (typeof shown === 'object' && 'text' in shown) return shown.text;
    const positional = parameters.filter((p) => p.positional);
    const parameter = (typeof shown === 'number' ? [shown] : shown).map((n) => positional[n - 1]).find((p) => p && sourceText(text, p.value).trim() !== '');
    return parameter ? displayText(text, parameter.value.children, context) : '';
  }
  if (DATE_TEMPLATES.has(key)) return dateTemplateText(text, node) ?? '';
  const citation = context.citation?.(node);
  if (citation) return citation;
  if (LIST_TEMPLATES.has(key)) {
    return parameters
      .filter((p) => p.positional)
      .map((p) => displayText(text, p.value.children, context).trim())
      .filter((item) => item !== '')
      .join('\n');
  }
  // Not displayed here; refs inside still count (MediaWiki numbers them where they are used).
  notesWithin(node.children, context);
  return '';
}

/**
 * A table as text: its caption on a line of its own, then one line a row (header rows too), its
 * cells as displayed, apart by tabs. Cells before the first `|-` are the first row, as MediaWiki reads them.
 */
export function tableText(text: string, table: WikiNode, context: DisplayContext = {}): string {
  const rows: string[][] = [];
  const caption = childOf(table, 'table-caption');
  const cellsOf = (parent: WikiNode) => {
    const cells: string[] = [];
    for (const child of parent.children) {
      if (child.type !== 'table-cell') continue;
      const inner = childOf(child, 'table-cell-inner');
      cells.push(oneLine(displayText(text, inner?.children ?? [], context)).replace(/\t/g, ' '));
    }
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  };
  const captionText = caption ? oneLine(displayText(text, childOf(caption, 'table-cell-inner')?.children ?? [], context)) : '';
  cellsOf(table);
  for (const child of table.children) if (child.type === 'table-row') cellsOf(child);
  return [...(captionText ? [captionText] : []), ...rows.map((cells) => cells.join('\t'))].join('\n');
}

/** Collapses whitespace runs (newlines kept as the separators of list-like values). */
export const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

/** Whitespace runs as one space, trimmed (a string that needs nothing of it is returned as it is: most do). */
export const oneLine = (text: string): string => (NEEDS_COLLAPSE.test(text) ? text.replace(/\s+/g, ' ').trim() : text);
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;
