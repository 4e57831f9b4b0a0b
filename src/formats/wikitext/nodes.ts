/**
 * The wikiparser-node AST as this format reads it: a structural view of the few properties used
 * (its own classes are many and deep), the parser configured once, and the display text of nodes
 * (what a reader sees: links by their label, templates, comments, refs and markup removed).
 */
import Parser from 'wikiparser-node';
import { HIDDEN_TAGS, INLINE_TEMPLATES, LIST_TEMPLATES } from './vocabulary.js';

export interface WikiTitle {
  ns: number;
  title: string;
  main: string;
  interwiki: string;
  fragment?: string;
}

export interface WikiNode {
  type: string;
  name?: string;
  data?: string;
  childNodes: WikiNode[];
  toString(): string;
  getAbsoluteIndex(): number;
  /** heading */
  level?: number;
  /** link, category, redirect-target */
  link?: WikiTitle;
  fragment?: string;
  sortkey?: string;
  /** ext, html */
  selfClosing?: boolean;
  closing?: boolean;
  getAttr?(key: string): string | true | undefined;
  /** parameter */
  anon?: boolean;
}

Parser.config = 'default';
Parser.viewOnly = true;

export function parseWikitext(text: string): WikiNode {
  return Parser.parse(text) as unknown as WikiNode;
}

/** A template's name as the vocabulary tables have it: lower case, spaces, no namespace. */
export function templateKey(node: WikiNode): string {
  return (node.name ?? '').replace(/^Template:/, '').replace(/_/g, ' ').toLowerCase().trim();
}

/** The parameters of a template: name (positional ones numbered from 1) and value node. */
export function templateParameters(node: WikiNode): { name: string; value: WikiNode; node: WikiNode }[] {
  const parameters: { name: string; value: WikiNode; node: WikiNode }[] = [];
  for (const child of node.childNodes) {
    if (child.type !== 'parameter') continue;
    const value = child.childNodes[child.childNodes.length - 1]!;
    parameters.push({ name: String(child.name ?? '').trim(), value, node: child });
  }
  return parameters;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…' };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export interface DisplayContext {
  /** Called for each `<ref>` met, in document order. */
  onRef?: (node: WikiNode) => void;
}

/** The displayed text of nodes, whitespace as written (the caller collapses it). */
export function displayText(nodes: readonly WikiNode[], context: DisplayContext = {}): string {
  let out = '';
  for (const node of nodes) out += displayOf(node, context);
  return out;
}

function displayOf(node: WikiNode, context: DisplayContext): string {
  switch (node.type) {
    case 'text':
      return decodeEntities(node.data ?? '');
    case 'link': {
      const label = node.childNodes[1];
      if (label) return displayText(label.childNodes, context);
      return decodeEntities(String(node.childNodes[0] ?? '').replace(/^:/, '').replace(/#.*$/, ''));
    }
    case 'ext-link': {
      const label = node.childNodes[1];
      return label ? displayText(label.childNodes, context) : '';
    }
    case 'free-ext-link':
    case 'magic-link':
      return String(node);
    case 'ext':
      if (node.name === 'ref' || node.name === 'references') {
        if (node.name === 'ref') context.onRef?.(node);
        else for (const ref of descendants(node, 'ext')) if (ref.name === 'ref') context.onRef?.(ref);
        return '';
      }
      if (node.name && HIDDEN_TAGS.has(node.name)) return '';
      return displayText(node.childNodes.filter((child) => child.type === 'ext-inner'), context);
    case 'ext-inner':
      return displayText(node.childNodes, context);
    case 'html':
      return node.name === 'br' ? '\n' : '';
    case 'template': {
      const key = templateKey(node);
      const parameters = templateParameters(node);
      const shown = INLINE_TEMPLATES[key];
      if (shown !== undefined) {
        const parameter = parameters.filter((p) => p.node.anon)[shown - 1];
        return parameter ? displayText(parameter.value.childNodes, context) : '';
      }
      if (LIST_TEMPLATES.has(key)) {
        return parameters
          .filter((p) => p.node.anon)
          .map((p) => displayText(p.value.childNodes, context).trim())
          .filter((item) => item !== '')
          .join('\n');
      }
      // Not displayed here; refs inside still count (MediaWiki numbers them where they are used).
      for (const ref of descendants(node, 'ext')) if (ref.name === 'ref') context.onRef?.(ref);
      return '';
    }
    case 'quote':
    case 'comment':
    case 'category':
    case 'file':
    case 'magic-word':
    case 'double-underscore':
    case 'noinclude':
    case 'include':
    case 'list':
    case 'dd':
    case 'hr':
    case 'table':
    case 'redirect':
    case 'arg':
      if (node.type === 'table' || node.type === 'magic-word') for (const ref of descendants(node, 'ext')) if (ref.name === 'ref') context.onRef?.(ref);
      return '';
    default:
      return displayText(node.childNodes, context);
  }
}

/** Every descendant of a node of a type, in document order. */
export function descendants(node: WikiNode, type: string, found: WikiNode[] = []): WikiNode[] {
  for (const child of node.childNodes ?? []) {
    if (child.type === type) found.push(child);
    descendants(child, type, found);
  }
  return found;
}

/** Collapses whitespace runs (newlines kept as the separators of list-like values). */
export const tidy = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');

export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
