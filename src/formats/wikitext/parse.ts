/**
 * One page's wikitext → the Document every format produces. Staged over our parser's tree
 * (parser/): the top-level nodes are cut into parts (which partition the wikitext, so it renders
 * back byte for byte), then read in order: infobox, headings (true levels, MediaWiki's anchors),
 * blocks (paragraphs, lists, quotes, tables, hatnotes), refs numbered as Cite numbers them, links,
 * categories. Lenient: anything gives a document; what looks broken is a warning with its line.
 */
import type { Block, Document, Hatnote, Part, Problem, RevisionDetails, Section } from '../../document/types.js';
import { normalizeTitle } from '../../document/titles.js';
import { uniqueAnchor } from '../../document/anchors.js';
import { mapReference } from './citations.js';
import { displayText, notesWithin, oneLine, tableText, tidy, type DisplayContext } from './display.js';
import { parseInfobox, splitInfobox } from './infobox.js';
import { MetadataCollector } from './metadata.js';
import { parseWikitext } from './parser/index.js';
import { childOf, descendants, type WikiNode } from './parser/nodes.js';
import { leftovers, MAX_WARNINGS } from './leftovers.js';
import { ReferenceCollector } from './references.js';
import { segment, type Segment } from './segments.js';
import { attribute, sourceText, templateKey, templateParameters } from './templates.js';
import { infoboxKind, siteConfig, type Vocabulary } from './site.js';
import { DISAMBIGUATION_HATNOTES, HATNOTE_TARGET_POSITIONS } from './vocabulary.js';
import type { SiteInfo } from './xml.js';

/** Bumped whenever a change to this parser changes its output for the same wikitext. */
export const WIKITEXT_PARSER_VERSION = 11; // 11: names parsed, {{sfn}} linked to its full work (issue 29); infobox fields and parameters typed (issue 28): a re-import rewrites pages stored before

export interface WikitextPage {
  title: string;
  text: string;
  /** The wiki's `<siteinfo>`: its namespaces, language (from `dbname` or `base`) and title case. */
  site: SiteInfo;
  revision: RevisionDetails | null;
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

/** A citation template's displayed text, as inside a `<ref>`; null for any other template. */
const citationText = (text: string, vocabulary: Vocabulary) => (template: WikiNode): string | null =>
  vocabulary.citationTemplates[templateKey(template)] ? mapReference(text, [template], vocabulary).text : null;

/** Where a link goes, if to an article: not a file, category or other namespace, not interwiki, not a template's output. */
function articleTarget(link: WikiNode): { target: string; fragment: string | null } | null {
  const target = link.target;
  if (!target || target.ns !== 0 || target.interwiki !== null || target.dynamic || target.title === '') return null;
  return { target: target.title, fragment: target.fragment };
}

export function parseWikitextPage(page: WikitextPage): Document {
  const { text } = page;
  const title = page.title;
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const line = (offset: number) => lineOf(lineStarts, offset);
  const position = (offset: number) => ({ line: line(offset), column: offset - lineStarts[line(offset) - 1]! + 1 });
  // The wiki's language decides the vocabulary: its infoboxes, citation templates, hatnotes, redirect words and link trail.
  const site = siteConfig(page.site);
  const { vocabulary } = site;
  const root = parseWikitext(text, site.parser);
  const isInfoboxTemplate = (n: WikiNode) => infoboxKind(templateKey(n), vocabulary) !== null;
  const isBlockTemplate = (n: WikiNode) => isInfoboxTemplate(n) || templateKey(n) in vocabulary.hatnotes;
  const metadata = new MetadataCollector(text, title, site, page.site.base);

  // Parts: each segment's leading whitespace is its lead; the first infobox is cut at its parameters.
  let infoboxSeq: number | null = null;
  const parts: Part[] = [];
  let partsEnd = 0;
  /** The parts of a segment, added; returns the number of its first. */
  const addParts = (s: Segment, end: number): number => {
    const source = text.slice(s.start, end);
    const leadLength = source.search(/\S/);
    const lead = leadLength === -1 ? source : source.slice(0, leadLength);
    const body = source.slice(lead.length);
    const first = parts.length;
    if (infoboxSeq === null && s.kind === 'template' && isInfoboxTemplate(s.main!)) infoboxSeq = first;
    if (first === infoboxSeq) {
      for (const [kind, raw] of splitInfobox(s.main!, body)) parts.push({ seq: parts.length, kind, line: 0, lead: parts.length === first ? lead : '', raw });
    } else {
      parts.push({ seq: parts.length, kind: s.kind, line: 0, lead, raw: body });
    }
    for (const part of parts.slice(first)) {
      part.line = line(partsEnd + part.lead.length);
      partsEnd += part.lead.length + part.raw.length;
    }
    return first;
  };

  // References, numbered as Cite numbers them (references.ts), at the part and section being read.
  const refs = new ReferenceCollector(text, vocabulary);
  const { onRef, onNote } = refs;

  // Infobox, read where it is: its refs and notes numbered in document order with the others.
  let infobox: Document['infobox'] = null;
  const readInfobox = (s: Segment, seq: number) =>
    parseInfobox(text, s.main!, title, seq, vocabulary, site.language, (seq) => {
      // An infobox field's refs and notes are used at its part, in no section.
      const atField = (report: (node: WikiNode) => void) => (node: WikiNode) => {
        refs.seq = seq;
        refs.section = null;
        report(node);
      };
      return { onRef: atField((ref) => onRef(ref)), onNote: atField(onNote) };
    });
  const notes: DisplayContext = { onRef: (ref) => onRef(ref), onNote };
  const shownNotes: DisplayContext = { ...notes, citation: citationText(text, vocabulary) };

  // Sections and blocks.
  const sections: Section[] = [{ index: 0, title: null, anchor: null, level: 0, headingSeq: null, blocks: [] }];
  const anchors = new Map<string, number>();
  const links: { seq: number; target: string; fragment: string | null; section: number | null }[] = [];
  const categories: { name: string; sortKey: string | null }[] = [];
  let defaultSort: string | null = null;
  for (const { s, end } of segment(root.children, text, isBlockTemplate)) {
    const seq = addParts(s, end);
    const isInfobox = seq === infoboxSeq;
    if (isInfobox) infobox = readInfobox(s, seq);
    const section = sections[sections.length - 1]!;
    refs.seq = seq;
    refs.section = section.index;
    refs.cited = [];
    // One walk of the segment's nodes: its links, categories and DEFAULTSORT, and the templates and files metadata.ts reads.
    const walk = (nodes: readonly WikiNode[], inRef = false): void => {
      for (const node of nodes) {
        if (node.type === 'link') {
          const target = articleTarget(node);
          if (target) links.push({ seq, ...target, section: isInfobox ? null : section.index });
        } else if (node.type === 'category') {
          const sortKey = childOf(node, 'link-text');
          categories.push({ name: node.target!.title, sortKey: (sortKey && sourceText(text, sortKey).trim()) || null });
        } else if (node.type === 'magic-word' && (node.name === 'defaultsort' || node.name === 'defaultsortkey')) {
          defaultSort = oneLine(sourceText(text, node).replace(/^\{\{\s*DEFAULTSORT(?:KEY)?\s*:/i, '').replace(/\}\}$/, ''));
        } else if (node.type === 'template' || node.type === 'file') {
          metadata.visit(node, s, seq, section.index);
          if (node.type === 'template' && !inRef) refs.onBibliographyEntry(node);
        } else if (node.type === 'magic-word' && node.name === 'shortdesc') {
          metadata.visitShortdesc(node);
        }
        if (node.children.length > 0) walk(node.children, inRef || (node.type === 'extension' && node.name === 'ref'));
      }
    };
    walk(s.nodes);
    if (s.kind === 'heading') {
      const heading = s.main!;
      const headingTitle = oneLine(displayText(text, heading.children[0]?.children ?? [], notes));
      sections.push({ index: sections.length, title: headingTitle, anchor: uniqueAnchor(headingTitle, anchors), level: heading.level ?? 2, headingSeq: seq, blocks: [] });
      continue;
    }
    if (isInfobox) continue;
    if (s.kind === 'references') {
      for (const ref of descendants(s.main!, 'extension')) if (ref.name === 'ref') onRef(ref, true, attribute(s.main!, 'group'));
      continue;
    }
    if (s.kind === 'template') {
      const block = templateBlock(s.main!, seq);
      if (block) section.blocks.push(block);
      continue;
    }
    if (s.kind === 'table') {
      const rows = tableText(text, s.main!, shownNotes);
      if (rows !== '') section.blocks.push({ seq, kind: 'table', text: rows, citations: refs.cited });
      continue;
    }
    if (s.kind !== 'paragraph' && s.kind !== 'list') {
      notesWithin(s.nodes, notes);
      continue;
    }
    // A citation template outside a <ref> (a bibliography's `* {{cite book|…}}`) shows as the reference would.
    const shown = displayText(text, s.nodes, shownNotes);
    const blockText = s.kind === 'list' ? tidy(shown) : oneLine(shown);
    if (blockText === '') continue;
    const quote = s.nodes.some((n) => n.type === 'html' && n.name === 'blockquote');
    section.blocks.push({ seq, kind: s.kind === 'list' ? 'list' : quote ? 'quote' : 'paragraph', text: blockText, citations: refs.cited });
  }

  /** A template on its own line: a hatnote, a quote, or nothing shown (its refs still counted). */
  function templateBlock(template: WikiNode, seq: number): Block | null {
    const key = templateKey(template);
    const hatnoteKind = vocabulary.hatnotes[key];
    if (hatnoteKind) {
      const positional = templateParameters(template).filter((p) => p.positional);
      const isTarget = HATNOTE_TARGET_POSITIONS[key] ?? (() => true);
      const targets = positional
        .map((p, i) => ({ position: i + 1, value: oneLine(displayText(text, p.value.children)) }))
        .filter(({ position, value }) => isTarget(position) && value !== '')
        .map(({ value }) => normalizeTitle(value.split('#')[0]!));
      const hatnote: Hatnote = { kind: hatnoteKind, targets: DISAMBIGUATION_HATNOTES.has(key) && targets.length === 0 ? [normalizeTitle(`${title} (disambiguation)`)] : targets };
      return { seq, kind: 'hatnote', text: '', citations: [], hatnote };
    }
    if (key === 'quote' || key === 'blockquote' || key === 'quotation') {
      const parameters = templateParameters(template);
      const quoted = parameters.find((p) => p.positional || p.name === 'text' || p.name === 'quote');
      // The attribution the template prints under the quote: "— author, source".
      const by = parameters
        .filter((p) => ['author', 'sign', 'source', 'title'].includes(p.name) || (p.positional && p !== quoted && (p.name === '2' || p.name === '3')))
        .map((p) => oneLine(displayText(text, p.value.children, notes)))
        .filter((shown) => shown !== '');
      const quoteText = tidy(displayText(text, quoted?.value.children ?? [], notes) + (by.length ? `\n— ${by.join(', ')}` : ''));
      return quoteText ? { seq, kind: 'quote', text: quoteText, citations: refs.cited } : null;
    }
    displayText(text, [template], notes);
    return null;
  }

  problems.push(...refs.finish(parts, sections));

  for (const leftover of leftovers(text, root, title, position)) if (problems.length < MAX_WARNINGS) problems.push(leftover);
  const { problems: metadataProblems, ...metadataFields } = metadata.finish(infobox, line);
  problems.push(...metadataProblems);

  const sortBy = (sortKey: string | null) => sortKey ?? defaultSort ?? title;
  return {
    title,
    site: page.site.name ? { name: page.site.name, tagline: '', ...(page.site.base ? { url: page.site.base } : {}) } : null,
    redirectedFrom: null,
    infobox,
    sections,
    references: refs.references,
    parts,
    trailing: '',
    problems,
    format: 'wikitext',
    revision: page.revision,
    categories: categories.map((category) => ({ ...category, sortBy: sortBy(category.sortKey) })),
    links,
    citationUses: refs.citationUses,
    ...metadataFields,
  };
}
