/**
 * One page's wikitext → the Document every format produces. Staged over wikiparser-node's AST:
 * the top-level nodes are cut into parts (which partition the wikitext, so it renders back byte
 * for byte), then read in order: infobox, headings (true levels, MediaWiki's anchors), blocks
 * (paragraphs, lists, quotes, hatnotes), refs numbered as Cite numbers them, links, categories.
 * Lenient: anything gives a document; what looks broken is a warning with its line.
 */
import type { Block, Document, Hatnote, Part, PartKind, Problem, Reference, Revision, Section } from '../../document/types.js';
import { normalizeTitle } from '../../document/titles.js';
import { mapReference } from './citations.js';
import { parseInfobox, splitInfobox } from './infobox.js';
import { descendants, displayText, isLanguageLink, oneLine, parseWikitext, tableText, templateKey, templateParameters, tidy, type WikiNode } from './nodes.js';
import { CATEGORY_NAMESPACE, CITATION_TEMPLATES, HATNOTE_TARGET_POSITIONS, HATNOTE_TEMPLATES, INFOBOX_PREFIX } from './vocabulary.js';

/** Bumped whenever a change to this parser changes its output for the same wikitext. */
export const WIKITEXT_PARSER_VERSION = 3;

export interface WikitextPage {
  title: string;
  text: string;
  site: { name: string | null; namespaces: Map<string, number> };
  revision: Revision | null;
}

interface Segment {
  kind: PartKind;
  start: number;
  nodes: WikiNode[];
  /** The heading, template, table, category or references node of a segment of that kind. */
  main?: WikiNode;
}

const BLANK_LINE = /\n[ \t]*\n/;

/** Warnings of broken markup a page at most (a page can be thousands of lines of it). */
const MAX_WARNINGS = 20;

/** Where a node is a template on a line of its own. */
const standsAlone = (text: string, start: number, end: number): boolean =>
  (start === 0 || text[start - 1] === '\n') && (end === text.length || text[end] === '\n');

/** The top-level nodes cut into segments: headings, block templates, categories, tables and lists apart, paragraphs at blank lines. */
function segment(root: WikiNode, text: string): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { kind: 'paragraph', start: 0, nodes: [] };
  const cut = (at: number, kind: PartKind = 'paragraph') => {
    if (at > current.start || current.nodes.length) segments.push(current);
    current = { kind, start: at, nodes: [] };
  };
  let offset = 0;
  for (const node of root.childNodes) {
    const start = offset;
    const length = String(node).length;
    offset += length;
    const end = offset;
    if (node.type === 'text') {
      // A blank line ends a paragraph; a newline ends a list.
      let data = node.data ?? '';
      let at = start;
      while (data !== '') {
        const match = current.kind === 'list' ? /\n(?!$)/.exec(data) : BLANK_LINE.exec(data);
        if (!match) {
          current.nodes.push(node);
          break;
        }
        const piece = data.slice(0, match.index);
        if (piece !== '') current.nodes.push({ ...node, type: 'text', data: piece, childNodes: [] } as WikiNode);
        at += match.index;
        cut(at);
        const rest = data.slice(match.index);
        // The newlines go with the next part (its lead); the text after them is the part's.
        const nonBlank = rest.search(/[^\s]/);
        if (nonBlank === -1) {
          current.nodes.push({ ...node, type: 'text', data: rest, childNodes: [] } as WikiNode);
          break;
        }
        current.nodes.push({ ...node, type: 'text', data: rest.slice(0, nonBlank), childNodes: [] } as WikiNode);
        at += nonBlank;
        data = rest.slice(nonBlank);
      }
      continue;
    }
    const alone = standsAlone(text, start, end);
    const block =
      node.type === 'heading'
        ? 'heading'
        : node.type === 'table'
          ? 'table'
          : node.type === 'redirect'
            ? 'redirect'
            : node.type === 'category' && alone
              ? 'category'
              : node.type === 'ext' && node.name === 'references'
                ? 'references'
                : node.type === 'template' && alone
                  ? 'template'
                  : null;
    const onlyWhitespace = current.nodes.every((n) => n.type === 'text' && !/\S/.test(n.data ?? ''));
    if (block) {
      if (!onlyWhitespace) cut(start);
      current.kind = block;
      current.main = node;
      current.nodes.push(node);
      cut(end);
    } else if ((node.type === 'list' || node.type === 'dd') && current.kind !== 'list') {
      if (!onlyWhitespace) cut(start);
      current.kind = 'list';
      current.nodes.push(node);
    } else {
      if (current.kind === 'list' && node.type !== 'list' && node.type !== 'dd' && start > 0 && text[start - 1] === '\n' && current.nodes.length) cut(start);
      current.nodes.push(node);
    }
  }
  cut(text.length);
  return segments.filter((s, i) => s.nodes.length > 0 || i === segments.length - 1);
}

/** MediaWiki's anchor of a heading: spaces as underscores, made unique with `_2`, `_3`. */
function anchorFor(title: string, used: Map<string, number>): string {
  const base = title.replace(/ /g, '_');
  const seen = used.get(base) ?? 0;
  used.set(base, seen + 1);
  return seen === 0 ? base : `${base}_${seen + 1}`;
}

const lineOf = (lineStarts: number[], offset: number): number => {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
};

/** The redirect a page is, if it is one: target title and fragment. */
export function redirectOf(text: string): { target: string; fragment: string | null } | null {
  const match = /^\s*#[^\s[]+\s*:?\s*\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/i.exec(text);
  if (!match) return null;
  const [target, ...fragment] = match[1]!.split('#');
  return { target: normalizeTitle(target!.replace(/^:/, '')), fragment: fragment.length ? fragment.join('#').trim() || null : null };
}

/** A citation template's displayed text, as inside a `<ref>`; null for any other template. */
function citationText(template: WikiNode): string | null {
  if (!CITATION_TEMPLATES[templateKey(template)]) return null;
  return mapReference({ type: 'ext-inner', childNodes: [template] } as unknown as WikiNode).text;
}

/** Whether a link is to an article: not a file, category or other namespace, not interwiki. */
function articleTarget(node: WikiNode, namespaces: Map<string, number>): { target: string; fragment: string | null } | null {
  const title = node.link;
  if (!title || title.interwiki || title.ns !== 0) return null;
  const written = String(node.childNodes[0] ?? '').trim().replace(/^:/, '');
  const prefix = /^([^:#]+):/.exec(written)?.[1]?.toLowerCase().replace(/_/g, ' ').trim();
  // A namespace the site declares (ProleWiki's Library:, Essay:) or a language prefix (fr:, zh-yue:).
  if (prefix !== undefined && ((namespaces.get(prefix) ?? 0) !== 0 || isLanguageLink(written, namespaces))) return null;
  const hash = written.indexOf('#');
  const main = normalizeTitle(hash === -1 ? written : written.slice(0, hash));
  if (main === '') return null;
  return { target: main, fragment: hash === -1 ? null : written.slice(hash + 1) || null };
}

export function parseWikitextPage(page: WikitextPage): Document {
  const { text } = page;
  const root = parseWikitext(text);
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const line = (offset: number) => lineOf(lineStarts, offset);

  // Parts: each segment's leading whitespace is its lead; the infobox is cut at its parameters.
  const segments = segment(root, text);
  const infoboxSegment = segments.find((s) => s.kind === 'template' && INFOBOX_PREFIX.test(templateKey(s.main!)));
  const infoboxNode = infoboxSegment?.main;
  const parts: Part[] = [];
  const partOf = new Map<Segment, number>();
  const ends = segments.map((s, i) => segments[i + 1]?.start ?? text.length);
  segments.forEach((s, i) => {
    const source = text.slice(s.start, ends[i]);
    const leadLength = source.length - source.replace(/^\s+/, '').length;
    const lead = source.slice(0, leadLength);
    const body = source.slice(lead.length);
    partOf.set(s, parts.length);
    if (s === infoboxSegment && infoboxNode) {
      for (const [kind, raw] of splitInfobox(infoboxNode, body)) parts.push({ seq: parts.length, kind, line: 0, lead: parts.length === partOf.get(s) ? lead : '', raw });
    } else {
      parts.push({ seq: parts.length, kind: s.kind, line: 0, lead, raw: body });
    }
  });
  let at = 0;
  for (const part of parts) {
    part.line = line(at + part.lead.length);
    at += part.lead.length + part.raw.length;
  }

  // References, numbered by first use; a named reuse keeps its number.
  const references: Reference[] = [];
  const byName = new Map<string, Reference>();
  const citationUses: { seq: number; n: number; section: number | null }[] = [];
  const pendingNamed = new Map<string, number>();
  let seqNow = 0;
  let sectionNow: number | null = null;
  let cited: number[] = [];
  const defineRef = (reference: Reference, node: WikiNode) => {
    const inner = node.childNodes.find((child) => child.type === 'ext-inner');
    const mapped = mapReference(inner);
    Object.assign(reference, mapped.fields, { text: mapped.text, seq: seqNow });
    if (mapped.template) reference.template = mapped.template;
  };
  const onRef = (node: WikiNode, inReferencesList = false) => {
    const name = typeof node.getAttr?.('name') === 'string' ? (node.getAttr!('name') as string).trim() : null;
    const hasContent = !node.selfClosing && String(node.childNodes.find((c) => c.type === 'ext-inner') ?? '').trim() !== '';
    let reference = name !== null ? byName.get(name) : undefined;
    if (!reference) {
      reference = { ...mapReference(undefined).fields, seq: seqNow, n: 0, text: '', name };
      if (!inReferencesList) reference.n = references.length + 1;
      references.push(reference);
      if (name !== null) byName.set(name, reference);
      if (!hasContent && name !== null) pendingNamed.set(name, seqNow);
    }
    if (hasContent && reference.text === '') {
      defineRef(reference, node);
      if (name !== null) pendingNamed.delete(name);
    }
    if (!inReferencesList) {
      if (reference.n === 0) reference.n = Math.max(0, ...references.map((r) => r.n)) + 1;
      citationUses.push({ seq: seqNow, n: reference.n, section: sectionNow });
      if (!cited.includes(reference.n)) cited.push(reference.n);
    }
  };

  // Infobox.
  const title = page.title;
  const infobox =
    infoboxNode && infoboxSegment
      ? parseInfobox(infoboxNode, title, partOf.get(infoboxSegment)!, (seq, ref) => {
          seqNow = seq;
          sectionNow = null;
          onRef(ref);
        })
      : null;

  // Sections and blocks.
  const sections: Section[] = [{ index: 0, title: null, anchor: null, level: 0, headingSeq: null, blocks: [] }];
  const anchors = new Map<string, number>();
  const links: { seq: number; target: string; fragment: string | null; section: number | null }[] = [];
  const categories: { name: string; sortKey: string | null }[] = [];
  let defaultSort: string | null = null;
  for (const s of segments) {
    const seq = partOf.get(s)!;
    const section = sections[sections.length - 1]!;
    seqNow = seq;
    sectionNow = section.index;
    cited = [];
    for (const node of s.nodes) {
      for (const link of node.type === 'link' ? [node] : descendants(node, 'link')) {
        const target = articleTarget(link, page.site.namespaces);
        if (target) links.push({ seq, ...target, section: s === infoboxSegment ? null : section.index });
      }
      for (const category of node.type === 'category' ? [node] : descendants(node, 'category')) {
        const name = category.link?.main ?? '';
        if (category.link?.ns === CATEGORY_NAMESPACE && name !== '') {
          categories.push({ name: normalizeTitle(name), sortKey: category.sortkey?.trim() || null });
        }
      }
      for (const word of node.type === 'magic-word' ? [node] : descendants(node, 'magic-word')) {
        if (word.name === 'defaultsort') defaultSort = oneLine(String(word).replace(/^\{\{\s*DEFAULTSORT(?:KEY)?\s*:/i, '').replace(/\}\}$/, ''));
      }
    }
    if (s.kind === 'heading') {
      const heading = s.main!;
      const headingTitle = oneLine(displayText(heading.childNodes[0]?.childNodes ?? [], { onRef }));
      sections.push({
        index: sections.length,
        title: headingTitle,
        anchor: anchorFor(headingTitle, anchors),
        level: heading.level ?? 2,
        headingSeq: seq,
        blocks: [],
      });
      continue;
    }
    if (s === infoboxSegment) continue;
    if (s.kind === 'references') {
      for (const ref of descendants(s.main!, 'ext')) if (ref.name === 'ref') onRef(ref, true);
      continue;
    }
    if (s.kind === 'template') {
      const template = s.main!;
      const key = templateKey(template);
      const hatnoteKind = HATNOTE_TEMPLATES[key];
      if (hatnoteKind) {
        const positional = templateParameters(template).filter((p) => p.node.anon);
        const isTarget = HATNOTE_TARGET_POSITIONS[key] ?? (() => true);
        const targets = positional
          .map((p, i) => ({ position: i + 1, value: oneLine(displayText(p.value.childNodes)) }))
          .filter(({ position, value }) => isTarget(position) && value !== '')
          .map(({ value }) => normalizeTitle(value.split('#')[0]!));
        const hatnote: Hatnote = { kind: hatnoteKind, targets: key === 'about' && targets.length === 0 ? [normalizeTitle(`${title} (disambiguation)`)] : targets };
        section.blocks.push({ seq, kind: 'hatnote', text: '', citations: [], hatnote });
        continue;
      }
      if (key === 'quote' || key === 'blockquote' || key === 'quotation') {
        const parameters = templateParameters(template);
        const quoted = parameters.find((p) => p.node.anon || p.name === 'text' || p.name === 'quote');
        // The attribution the template prints under the quote: "— author, source".
        const by = parameters
          .filter((p) => ['author', 'sign', 'source', 'title'].includes(p.name) || (p.node.anon && p !== quoted && (p.name === '2' || p.name === '3')))
          .map((p) => oneLine(displayText(p.value.childNodes, { onRef })))
          .filter((text) => text !== '');
        const quoteText = tidy(displayText(quoted?.value.childNodes ?? [], { onRef }) + (by.length ? `\n— ${by.join(', ')}` : ''));
        if (quoteText) section.blocks.push({ seq, kind: 'quote', text: quoteText, citations: cited });
        continue;
      }
      displayText(s.nodes, { onRef });
      continue;
    }
    if (s.kind === 'table') {
      const rows = tableText(s.main!, { onRef, citation: citationText });
      if (rows !== '') section.blocks.push({ seq, kind: 'table', text: rows, citations: cited });
      continue;
    }
    if (s.kind !== 'paragraph' && s.kind !== 'list') {
      displayText(s.nodes, { onRef });
      continue;
    }
    // A citation template outside a <ref> (a bibliography's `* {{cite book|…}}`) shows as the reference would.
    const shown = displayText(s.nodes, { onRef, citation: citationText });
    const blockText = s.kind === 'list' ? tidy(shown) : oneLine(shown);
    if (blockText === '') continue;
    const quote = s.nodes.some((n) => n.type === 'html' && n.name === 'blockquote');
    const block: Block = { seq, kind: s.kind === 'list' ? 'list' : quote ? 'quote' : 'paragraph', text: blockText, citations: cited };
    section.blocks.push(block);
  }

  for (const [name, seq] of pendingNamed) {
    problems.push({ severity: 'warning', line: parts[seq]?.line ?? 1, message: `<ref name="${name}"> is used but never defined` });
  }
  // List-defined refs never cited are kept, numbered after the cited ones.
  let next = Math.max(0, ...references.map((r) => r.n));
  for (const reference of references) if (reference.n === 0) reference.n = ++next;
  references.sort((a, b) => a.n - b.n);

  // Wikitext the parser left as text: an unclosed template or <ref>.
  for (const node of descendants(root, 'text')) {
    const data = node.data ?? '';
    for (const [at, what] of [[data.indexOf('{{'), 'unbalanced template braces "{{"'], [data.search(/<ref[\s>]/i), 'unclosed <ref>']] as const) {
      if (at === -1 || problems.length >= MAX_WARNINGS) continue;
      const offset = node.getAbsoluteIndex() + at;
      problems.push({ severity: 'warning', line: line(offset), column: offset - lineStarts[line(offset) - 1]! + 1, message: `${what} in "${title}"; imported as text` });
    }
  }

  const sortBy = (sortKey: string | null) => sortKey ?? defaultSort ?? title;
  return {
    title,
    site: page.site.name ? { name: page.site.name, tagline: '' } : null,
    redirectedFrom: null,
    infobox,
    sections,
    references,
    parts,
    trailing: '',
    problems,
    format: 'wikitext',
    revision: page.revision,
    categories: categories.map((category) => ({ ...category, sortBy: sortBy(category.sortKey) })),
    links,
    citationUses,
  };
}
