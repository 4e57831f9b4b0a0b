/**
 * The wikiparser-node AST as this format reads it: a structural view of the few properties used
 * (its own classes are many and deep), the parser configured once, and the display text of nodes
 * (what a reader sees: links by their label, templates, comments, refs and markup removed).
 */
import { createRequire } from 'node:module';
import Parser from 'wikiparser-node';
import { cutPoints, PIECE_CHARS } from './pieces.js';
import {
  DATE_TEMPLATES, HIDDEN_TAGS, INLINE_TEMPLATES, LANG_FAMILY, LANGUAGE_PREFIX, LIST_TEMPLATES, MONTH_NAMES, NOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES,
} from './vocabulary.js';

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
  /** td: `td`, `th` or `caption` */
  subtype?: string;
}

Parser.config = 'default';
Parser.viewOnly = true;

/**
 * wikiparser-node requires each stage's parser inside the method that runs it, at every call
 * (`require('../parser/quotes')`, once a token). Node answers such a call from its fast cache
 * only when that call made the module's first load; `quotes` and `externalLinks` are first loaded
 * by `links`, so each of their calls resolved the path again, package.json reads and all: 10 % of
 * a page's parse (bench/results.md). Loading them first from where those calls are fills that
 * cache. Only speed depends on it: on another layout of the package this does nothing.
 */
try {
  const fromParserCore = createRequire(createRequire(import.meta.url).resolve('wikiparser-node/dist/src/index.js'));
  for (const stage of ['../parser/quotes', '../parser/externalLinks']) fromParserCore(stage);
} catch {
  // Another version of the package: parsing is the same, a little slower.
}

export function parseWikitext(text: string): WikiNode {
  return Parser.parse(text) as unknown as WikiNode;
}

/**
 * The page parsed piece by piece (pieces.ts): each piece's tree and where it starts, one at a
 * time, so that a long page never holds more than one piece's tree.
 */
export function* parseWikitextPieces(text: string, pieceChars = PIECE_CHARS): Generator<{ offset: number; root: WikiNode }> {
  let offset = 0;
  for (const end of [...cutPoints(text, Parser.getConfig().ext, pieceChars), text.length]) {
    yield { offset, root: parseWikitext(text.slice(offset, end)) };
    offset = end;
  }
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
    if (node.type === 'ext' && node.name === 'ref') context.onRef?.(node);
    else if (node.type === 'template' && isNoteTemplate(node)) context.onNote?.(node);
    else notesWithin(node.childNodes ?? [], context);
  }
}

/** `[[fr:Lénine]]`: an interlanguage link (a language prefix, no leading colon), shown in the sidebar, not in the text. */
export function isLanguageLink(written: string, namespaces?: ReadonlyMap<string, number>): boolean {
  const prefix = /^([^:#]+):/.exec(written.trim())?.[1]?.toLowerCase().replace(/_/g, ' ').trim();
  return prefix !== undefined && LANGUAGE_PREFIX.test(prefix) && !namespaces?.has(prefix);
}

/** The year, month and day a date template gives (positional, or `year`/`month`/`day`), 0 for what it lacks. */
export function dateTemplateParts(template: WikiNode): { year: number; month: number; day: number; numbers: number[]; dayFirst: boolean } {
  const parameters = templateParameters(template);
  const named = (name: string) => parameters.find((p) => p.name === name)?.value;
  const numbers = parameters.filter((p) => p.node.anon && /^\s*\d{1,4}\s*$/.test(String(p.value))).map((p) => Number(String(p.value).trim()));
  const [year = 0, month = 0, day = 0] = [named('year') ?? numbers[0], named('month') ?? numbers[1], named('day') ?? numbers[2]].map((v) => Number(String(v ?? '').trim()) || 0);
  return { year, month, day, numbers, dayFirst: /^(?:y|yes|true|1)$/i.test(String(named('df') ?? '').trim()) };
}

/**
 * What a date template prints: "15 March 1921" with `df=y`, "March 15, 1921" otherwise,
 * "March 1921", "1921". `{{death date and age|…}}` adds the age at death from the birth date after it.
 */
export function dateTemplateText(template: WikiNode): string | null {
  const { year, month, day, numbers, dayFirst } = dateTemplateParts(template);
  if (!year) return null;
  const monthName = month >= 1 && month <= 12 ? MONTH_NAMES[month - 1]! : null;
  let text = !monthName ? String(year) : !day ? `${monthName} ${year}` : dayFirst ? `${day} ${monthName} ${year}` : `${monthName} ${day}, ${year}`;
  if (templateKey(template) === 'death date and age' && numbers.length >= 4) {
    const [bornYear, bornMonth = 1, bornDay = 1] = numbers.slice(3);
    const age = year - bornYear! - ((month || 1) * 100 + (day || 1) < bornMonth * 100 + bornDay ? 1 : 0);
    if (age >= 0 && age < 150) text += ` (aged ${age})`;
  }
  return text;
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
      if (isLanguageLink(String(node.childNodes[0] ?? ''))) return '';
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
        else notesWithin(node.childNodes, context);
        return '';
      }
      if (node.name && HIDDEN_TAGS.has(node.name)) return '';
      return displayText(node.childNodes.filter((child) => child.type === 'ext-inner'), context);
    case 'ext-inner':
      return displayText(node.childNodes, context);
    case 'html':
      return node.name === 'br' ? '\n' : '';
    case 'template': {
      if (isNoteTemplate(node)) {
        context.onNote?.(node);
        return '';
      }
      const key = templateKey(node);
      const parameters = templateParameters(node);
      const shown = INLINE_TEMPLATES[key] ?? (LANG_FAMILY.test(key) ? 1 : undefined);
      if (shown !== undefined) {
        if (typeof shown === 'object' && 'text' in shown) return shown.text;
        const positional = parameters.filter((p) => p.node.anon);
        const parameter = (typeof shown === 'number' ? [shown] : shown).map((n) => positional[n - 1]).find((p) => p && String(p.value).trim() !== '');
        return parameter ? displayText(parameter.value.childNodes, context) : '';
      }
      if (DATE_TEMPLATES.has(key)) return dateTemplateText(node) ?? '';
      const citation = context.citation?.(node);
      if (citation) return citation;
      if (LIST_TEMPLATES.has(key)) {
        return parameters
          .filter((p) => p.node.anon)
          .map((p) => displayText(p.value.childNodes, context).trim())
          .filter((item) => item !== '')
          .join('\n');
      }
      // Not displayed here; refs inside still count (MediaWiki numbers them where they are used).
      notesWithin(node.childNodes, context);
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
      if (node.type === 'table' || node.type === 'magic-word') notesWithin(node.childNodes, context);
      return '';
    default:
      return displayText(node.childNodes, context);
  }
}

/**
 * A table as text: one line a row (header rows too; the caption apart), its cells as displayed,
 * apart by tabs. Cells before the first `|-` are the first row, as MediaWiki reads them.
 */
export function tableText(table: WikiNode, context: DisplayContext = {}): string {
  const rows: string[][] = [];
  const cellsOf = (parent: WikiNode) => {
    const cells: string[] = [];
    for (const child of parent.childNodes) {
      if (child.type !== 'td' || child.subtype === 'caption') continue;
      const inner = child.childNodes.find((c) => c.type === 'td-inner');
      cells.push(oneLine(displayText(inner?.childNodes ?? [], context)).replace(/\t/g, ' '));
    }
    if (cells.some((cell) => cell !== '')) rows.push(cells);
  };
  cellsOf(table);
  for (const child of table.childNodes) if (child.type === 'tr') cellsOf(child);
  return rows.map((cells) => cells.join('\t')).join('\n');
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
