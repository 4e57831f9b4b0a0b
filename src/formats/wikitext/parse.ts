/**
 * One page's wikitext → the Document every format produces. Staged over wikiparser-node's AST:
 * the top-level nodes are cut into parts (which partition the wikitext, so it renders back byte
 * for byte), then read in order: infobox, headings (true levels, MediaWiki's anchors), blocks
 * (paragraphs, lists, quotes, hatnotes), refs numbered as Cite numbers them, links, categories.
 * Lenient: anything gives a document; what looks broken is a warning with its line.
 */
import type { Block, Document, Hatnote, Part, PartKind, Problem, Reference, Revision, Section } from '../../document/types.js';
import { normalizeTitle } from '../../document/titles.js';
import { mapReference, type MappedReference } from './citations.js';
import { parseInfobox, splitInfobox } from './infobox.js';
import { PIECE_CHARS } from './pieces.js';
import {
  descendants, displayText, isLanguageLink, oneLine, parseWikitextPieces, tableText, templateKey, templateParameters, tidy, type DisplayContext, type WikiNode,
} from './nodes.js';
import {
  CATEGORY_NAMESPACE, CITATION_TEMPLATES, DISAMBIGUATION_HATNOTES, GROUP_NUMERALS, HATNOTE_TARGET_POSITIONS, HATNOTE_TEMPLATES, INFOBOX_PREFIX, NOTE_TEMPLATES, SHORT_FOOTNOTE_TEMPLATES,
} from './vocabulary.js';

/** Bumped whenever a change to this parser changes its output for the same wikitext. */
export const WIKITEXT_PARSER_VERSION = 6;

export interface WikitextPage {
  title: string;
  text: string;
  site: { name: string | null; base?: string | null; namespaces: Map<string, number> };
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

/**
 * The top-level nodes cut into segments: headings, block templates, categories, tables and lists
 * apart, paragraphs at blank lines. Streamed: each segment comes with its end (where the next
 * begins) as soon as that is known, and the nodes can come piece by piece.
 */
function* segment(nodes: Iterable<WikiNode>, text: string): Generator<{ s: Segment; end: number }> {
  const ready: { s: Segment; end: number }[] = [];
  // A segment without nodes is dropped unless it is the last; a kept one ends where the next kept one starts.
  let held: Segment | null = null;
  let last: Segment | null = null;
  let current: Segment = { kind: 'paragraph', start: 0, nodes: [] };
  const cut = (at: number, kind: PartKind = 'paragraph') => {
    if (at > current.start || current.nodes.length) {
      last = current;
      if (current.nodes.length > 0) {
        if (held) ready.push({ s: held, end: current.start });
        held = current;
      }
    }
    current = { kind, start: at, nodes: [] };
  };
  let offset = 0;
  for (const node of nodes) {
    yield* ready.splice(0);
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
  yield* ready.splice(0);
  const final = last as Segment | null;
  if (final !== null && final !== held) {
    if (held) yield { s: held, end: final.start };
    yield { s: final, end: text.length };
  } else if (held) {
    yield { s: held, end: text.length };
  }
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

/**
 * How deep templates, links and tables nest in a wikitext, counted on their brackets alone
 * (`{{`, `[[`, a table's `{|` at a line's start, and their closers): an upper bound of what the
 * parser will nest, found in one pass before it runs. An unclosed bracket counts as open to the end.
 */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [bracket] of text.matchAll(/\{\{|\[\[|^[ \t]*\{\||\}\}|\]\]|^[ \t]*\|\}/gm)) {
    if (bracket.endsWith('{{') || bracket.endsWith('[[') || bracket.endsWith('{|')) deepest = Math.max(deepest, ++depth);
    else if (depth > 0) depth--;
  }
  return deepest;
}

/** The redirect a page is, if it is one: target title and fragment. */
export function redirectOf(text: string): { target: string; fragment: string | null } | null {
  const match = /^\s*#[^\s[]+\s*:?\s*\[\[([^\]|\n]+)(?:\|[^\]\n]*)?\]\]/i.exec(text);
  if (!match) return null;
  const [target, ...fragment] = match[1]!.split('#');
  return { target: normalizeTitle(target!.replace(/^:/, '')), fragment: fragment.length ? fragment.join('#').trim() || null : null };
}

/** The label Cite prints for the `number`th note of a group: `a`, `iv`, `note 3`; the number itself in the default group. */
export function groupLabel(group: string | null, number: number): string {
  if (group === null) return String(number);
  const numerals = GROUP_NUMERALS[group];
  if (numerals === 'roman' || numerals === 'ROMAN') {
    let rest = number;
    let roman = '';
    for (const [value, letters] of [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const) {
      for (; rest >= value; rest -= value) roman += letters;
    }
    return numerals === 'ROMAN' ? roman.toUpperCase() : roman;
  }
  if (numerals) {
    // a … z, then aa, ab, … as Cite continues.
    const digits = [...numerals];
    let label = '';
    for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / digits.length)) label = digits[(rest - 1) % digits.length] + label;
    return label;
  }
  return `${group} ${number}`;
}

/**
 * Numbers each group apart, as Cite does: the default group's references keep 1…k in order of
 * first use; the other groups' follow (k+1…), group by group in order of first use, each with its
 * `label` (`a`, `note 1`). The numbers the blocks and uses cite follow.
 */
function numberByGroup(references: Reference[], sections: Section[], uses: { n: number }[]): void {
  if (references.every((r) => r.group === undefined)) return;
  const groups = [...new Set(references.map((r) => r.group ?? null))].sort((a, b) => (a === null ? -1 : b === null ? 1 : 0));
  const renumbered = new Map<number, number>();
  let n = 0;
  for (const group of groups) {
    let number = 0;
    for (const reference of references.filter((r) => (r.group ?? null) === group)) {
      renumbered.set(reference.n, ++n);
      reference.label = groupLabel(group, ++number);
    }
  }
  for (const reference of references) reference.n = renumbered.get(reference.n)!;
  references.sort((a, b) => a.n - b.n);
  for (const use of uses) use.n = renumbered.get(use.n) ?? use.n;
  for (const section of sections) for (const block of section.blocks) block.citations = block.citations.map((cited) => renumbered.get(cited) ?? cited);
}

/**
 * `{{sfn|Smith|Jones|2005|p=12}}` → "Smith & Jones 2005, p. 12." (`sfnp`: "Smith & Jones (2005), p. 12."),
 * with its surnames, year and pages; null without an author.
 */
function shortFootnote(
  positional: string[],
  named: (name: string) => { value: WikiNode } | undefined,
  form: 'plain' | 'parenthesised',
): { text: string; authors: string[]; year: number | null; pages: string | null } | null {
  const values = positional.filter((value) => value !== '');
  let yearAt = values.length - 1;
  while (yearAt >= 0 && !/^(?:c\.\s*)?\d{3,4}[a-z]?$|^n\.d\.$/i.test(values[yearAt]!)) yearAt--;
  const authors = yearAt === -1 ? values : values.slice(0, yearAt);
  if (authors.length === 0) return null;
  const year = yearAt === -1 ? '' : values[yearAt]!;
  const by = authors.length >= 4 ? `${authors[0]} et al.` : authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
  const value = (name: string) => {
    const found = named(name);
    return found ? oneLine(displayText(found.value.childNodes)) : '';
  };
  const [page, pages] = [value('p'), value('pp')];
  const where = page ? `p. ${page}` : pages ? `pp. ${pages}` : value('loc');
  const head = year === '' ? by : form === 'parenthesised' ? `${by} (${year})` : `${by} ${year}`;
  const digits = /\d{3,4}/.exec(year);
  return { text: `${head}${where ? `, ${where}` : ''}.`, authors, year: digits ? Number(digits[0]) : null, pages: page || pages || null };
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

export function parseWikitextPage(page: WikitextPage, { pieceChars = PIECE_CHARS }: { pieceChars?: number } = {}): Document {
  const { text } = page;
  const title = page.title;
  const problems: Problem[] = [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const line = (offset: number) => lineOf(lineStarts, offset);

  // Wikitext the parser left as text (an unclosed template or <ref>), found in each piece's tree
  // once its nodes are read; reported after the other warnings.
  const leftovers: Problem[] = [];
  const findLeftovers = (root: WikiNode, pieceOffset: number) => {
    for (const node of descendants(root, 'text')) {
      const data = node.data ?? '';
      for (const [at, what] of [[data.indexOf('{{'), 'unbalanced template braces "{{"'], [data.search(/<ref[\s>]/i), 'unclosed <ref>']] as const) {
        if (at === -1 || leftovers.length >= MAX_WARNINGS) continue;
        const offset = pieceOffset + node.getAbsoluteIndex() + at;
        leftovers.push({ severity: 'warning', line: line(offset), column: offset - lineStarts[line(offset) - 1]! + 1, message: `${what} in "${title}"; imported as text` });
      }
    }
  };
  // The top-level nodes, a piece of the page at a time (pieces.ts): a long page never holds more than a piece's tree.
  const topLevel = function* () {
    for (const { offset, root } of parseWikitextPieces(text, pieceChars)) {
      yield* root.childNodes;
      findLeftovers(root, offset);
    }
  };

  // Parts: each segment's leading whitespace is its lead; the first infobox is cut at its parameters.
  // Segments are let go once read (they hold their piece's tree): the parts know them by number.
  let infoboxSeq: number | null = null;
  const parts: Part[] = [];
  let partsEnd = 0;
  /** The parts of a segment, added; returns the number of its first. */
  const addParts = (s: Segment, end: number): number => {
    const source = text.slice(s.start, end);
    const leadLength = source.length - source.replace(/^\s+/, '').length;
    const lead = source.slice(0, leadLength);
    const body = source.slice(lead.length);
    const first = parts.length;
    if (infoboxSeq === null && s.kind === 'template' && INFOBOX_PREFIX.test(templateKey(s.main!))) infoboxSeq = first;
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

  // References, numbered by first use; a named reuse keeps its number. Each group (`<ref group=…>`,
  // {{efn}}) is numbered apart, as Cite does; `n` runs over the default group first, then the others.
  const references: Reference[] = [];
  const byKey = new Map<string, Reference>();
  const citationUses: { seq: number; n: number; section: number | null }[] = [];
  const pendingNamed = new Map<string, { seq: number; name: string }>();
  let seqNow = 0;
  let sectionNow: number | null = null;
  let cited: number[] = [];
  /** A use of the reference `key` of `group` (`define` gives its content, when this use has it). */
  const useReference = (group: string | null, name: string | null, key: string | null, define: (() => MappedReference) | null, inReferencesList: boolean) => {
    const mapKey = key === null ? null : `${group ?? ''}\u0000${key}`;
    let reference = mapKey !== null ? byKey.get(mapKey) : undefined;
    if (!reference) {
      reference = { ...mapReference(undefined).fields, seq: seqNow, n: 0, text: '', name, ...(group !== null ? { group } : {}) };
      if (!inReferencesList) reference.n = references.length + 1;
      references.push(reference);
      if (mapKey !== null) byKey.set(mapKey, reference);
      if (!define && mapKey !== null && name !== null) pendingNamed.set(mapKey, { seq: seqNow, name });
    }
    if (define && reference.text === '') {
      const mapped = define();
      Object.assign(reference, mapped.fields, { text: mapped.text, seq: seqNow });
      if (mapped.template) reference.template = mapped.template;
      if (mapKey !== null) pendingNamed.delete(mapKey);
    }
    if (!inReferencesList) {
      if (reference.n === 0) reference.n = Math.max(0, ...references.map((r) => r.n)) + 1;
      citationUses.push({ seq: seqNow, n: reference.n, section: sectionNow });
      if (!cited.includes(reference.n)) cited.push(reference.n);
    }
  };
  const attribute = (node: WikiNode, key: string) => {
    const value = node.getAttr?.(key);
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const onRef = (node: WikiNode, inReferencesList = false, listGroup: string | null = null) => {
    const name = attribute(node, 'name');
    const inner = node.childNodes.find((c) => c.type === 'ext-inner');
    const hasContent = !node.selfClosing && String(inner ?? '').trim() !== '';
    useReference(attribute(node, 'group') ?? listGroup, name, name, hasContent ? () => mapReference(inner) : null, inReferencesList);
  };
  /** {{efn|…}}, {{refn|group=…|…}}: a ref; {{sfn|Author|Year|p=…}}: the short footnote it prints, one per distinct text. */
  const onNote = (template: WikiNode) => {
    const key = templateKey(template);
    const parameters = templateParameters(template);
    const named = (name: string) => parameters.find((p) => p.name === name);
    const namedText = (name: string) => {
      const found = named(name);
      return found ? oneLine(String(found.value)) || null : null;
    };
    const shortForm = SHORT_FOOTNOTE_TEMPLATES[key];
    if (shortForm) {
      const short = shortFootnote(parameters.filter((p) => p.node.anon).map((p) => oneLine(displayText(p.value.childNodes))), named, shortForm);
      if (short === null) return;
      const fields = { ...mapReference(undefined).fields, authors: short.authors, year: short.year, pages: short.pages };
      useReference(null, null, `sfn\u0000${short.text}`, () => ({ fields, text: short.text, template: key }), false);
      return;
    }
    const group = NOTE_TEMPLATES[key] ?? namedText('group');
    const content = named('1') ?? parameters.find((p) => p.node.anon);
    const name = namedText('name');
    useReference(group, name, name, content && String(content.value).trim() !== '' ? () => ({ ...mapReference(content.value), template: key }) : null, false);
  };

  // Infobox, read where it is: its refs and notes numbered in document order with the others.
  let infobox: Document['infobox'] = null;
  const readInfobox = (s: Segment, seq: number) =>
    parseInfobox(s.main!, title, seq, (seq) => {
      // An infobox field's refs and notes are used at its part, in no section.
      const atField = (report: (node: WikiNode) => void) => (node: WikiNode) => {
        seqNow = seq;
        sectionNow = null;
        report(node);
      };
      return { onRef: atField((ref) => onRef(ref)), onNote: atField(onNote) };
    });
  const notes: DisplayContext = { onRef: (ref) => onRef(ref), onNote };
  const shownNotes: DisplayContext = { ...notes, citation: citationText };

  // Sections and blocks.
  const sections: Section[] = [{ index: 0, title: null, anchor: null, level: 0, headingSeq: null, blocks: [] }];
  const anchors = new Map<string, number>();
  const links: { seq: number; target: string; fragment: string | null; section: number | null }[] = [];
  const categories: { name: string; sortKey: string | null }[] = [];
  let defaultSort: string | null = null;
  for (const { s, end } of segment(topLevel(), text)) {
    const seq = addParts(s, end);
    const isInfobox = seq === infoboxSeq;
    if (isInfobox) infobox = readInfobox(s, seq);
    const section = sections[sections.length - 1]!;
    seqNow = seq;
    sectionNow = section.index;
    cited = [];
    for (const node of s.nodes) {
      for (const link of node.type === 'link' ? [node] : descendants(node, 'link')) {
        const target = articleTarget(link, page.site.namespaces);
        if (target) links.push({ seq, ...target, section: isInfobox ? null : section.index });
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
      const headingTitle = oneLine(displayText(heading.childNodes[0]?.childNodes ?? [], notes));
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
    if (isInfobox) continue;
    if (s.kind === 'references') {
      for (const ref of descendants(s.main!, 'ext')) if (ref.name === 'ref') onRef(ref, true, attribute(s.main!, 'group'));
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
        const hatnote: Hatnote = { kind: hatnoteKind, targets: DISAMBIGUATION_HATNOTES.has(key) && targets.length === 0 ? [normalizeTitle(`${title} (disambiguation)`)] : targets };
        section.blocks.push({ seq, kind: 'hatnote', text: '', citations: [], hatnote });
        continue;
      }
      if (key === 'quote' || key === 'blockquote' || key === 'quotation') {
        const parameters = templateParameters(template);
        const quoted = parameters.find((p) => p.node.anon || p.name === 'text' || p.name === 'quote');
        // The attribution the template prints under the quote: "— author, source".
        const by = parameters
          .filter((p) => ['author', 'sign', 'source', 'title'].includes(p.name) || (p.node.anon && p !== quoted && (p.name === '2' || p.name === '3')))
          .map((p) => oneLine(displayText(p.value.childNodes, notes)))
          .filter((text) => text !== '');
        const quoteText = tidy(displayText(quoted?.value.childNodes ?? [], notes) + (by.length ? `\n— ${by.join(', ')}` : ''));
        if (quoteText) section.blocks.push({ seq, kind: 'quote', text: quoteText, citations: cited });
        continue;
      }
      displayText(s.nodes, notes);
      continue;
    }
    if (s.kind === 'table') {
      const rows = tableText(s.main!, shownNotes);
      if (rows !== '') section.blocks.push({ seq, kind: 'table', text: rows, citations: cited });
      continue;
    }
    if (s.kind !== 'paragraph' && s.kind !== 'list') {
      displayText(s.nodes, notes);
      continue;
    }
    // A citation template outside a <ref> (a bibliography's `* {{cite book|…}}`) shows as the reference would.
    const shown = displayText(s.nodes, shownNotes);
    const blockText = s.kind === 'list' ? tidy(shown) : oneLine(shown);
    if (blockText === '') continue;
    const quote = s.nodes.some((n) => n.type === 'html' && n.name === 'blockquote');
    const block: Block = { seq, kind: s.kind === 'list' ? 'list' : quote ? 'quote' : 'paragraph', text: blockText, citations: cited };
    section.blocks.push(block);
  }

  for (const { seq, name } of pendingNamed.values()) {
    problems.push({ severity: 'warning', line: parts[seq]?.line ?? 1, message: `<ref name="${name}"> is used but never defined` });
  }
  // List-defined refs never cited are kept, numbered after the cited ones.
  let next = Math.max(0, ...references.map((r) => r.n));
  for (const reference of references) if (reference.n === 0) reference.n = ++next;
  references.sort((a, b) => a.n - b.n);
  numberByGroup(references, sections, citationUses);

  for (const leftover of leftovers) if (problems.length < MAX_WARNINGS) problems.push(leftover);

  const sortBy = (sortKey: string | null) => sortKey ?? defaultSort ?? title;
  return {
    title,
    site: page.site.name ? { name: page.site.name, tagline: '', ...(page.site.base ? { url: page.site.base } : {}) } : null,
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
