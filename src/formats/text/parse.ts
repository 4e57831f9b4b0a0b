/**
 * text → Document. Runs the stages in order (header, infobox, body, references), each over a
 * range of lines, and collects problems (with line numbers) instead of throwing.
 */
import { parseReference } from '../../document/references/parse.js';
import { infoboxImage } from './image.js';
import { parseInfobox } from './infobox.js';
import { PartBuilder, splitLines, type Line } from './lines.js';
import { blockOf, parseSections } from './sections.js';
import { citationMarkers } from '../../document/text.js';
import type { Block, Document, Infobox, Problem } from '../../document/types.js';
import {
  CHROME_PATTERNS,
  DISAMBIGUATION_PATTERNS,
  NOTICE_PATTERNS,
  REDIRECT_LINE,
  REFERENCE_HEADINGS,
  SITE_LINE,
} from './vocabulary.js';

export const MAX_LINE_LENGTH = 100_000;
/** Bumped whenever a change to the parser changes its output for the same text. */
export const PARSER_VERSION = 6; // 6: names parsed, none invented (issue 29); infobox fields typed (`value`, issue 28): a re-import rewrites documents stored before

export interface ParseOptions {
  /** Whether a string is a known article title (keeps hatnote targets with commas whole). */
  isTitle?: (title: string) => boolean;
}

const REFERENCE_LINE = /^[ \t]{1,4}(\d{1,4})\. (.*)$/;
const PROSE_END = /[.!?]["”’)]*(?:\[\w{1,4}\])*$/;

/** A line of running text, which ends an infobox. */
export function isProse(text: string): boolean {
  if (text.length >= 120) return true;
  return PROSE_END.test(text) && text.split(/\s+/).length >= 8;
}

const matchesAny = (patterns: RegExp[], text: string): boolean => patterns.some((pattern) => pattern.test(text));

function nextNonBlank(lines: readonly Line[], from: number, limit = lines.length - 1): number {
  let i = from;
  while (i <= limit && lines[i]!.text === '') i++;
  return i;
}

interface ReferenceRun {
  first: number;
  last: number;
  heading: number | null;
}

/** The reference list: the final run of `  N. ` lines, numbered from 1. */
function findReferences(lines: readonly Line[], hasMarkers: boolean, from: number): ReferenceRun | null {
  let last = lines.length - 1;
  while (last >= from && lines[last]!.text === '') last--;
  let first = last + 1;
  while (first - 1 >= from && REFERENCE_LINE.test(lines[first - 1]!.raw.replace(/\r$/, ''))) first--;
  if (first > last) return null;
  // The run starts at the last `1.` in it: an earlier numbered list glued above is not references.
  for (let i = last; i >= first; i--) {
    if (REFERENCE_LINE.exec(lines[i]!.raw.replace(/\r$/, ''))![1] === '1') {
      first = i;
      break;
    }
  }
  let before = first - 1;
  while (before >= from && lines[before]!.text === '') before--;
  const heading = before >= from && REFERENCE_HEADINGS.has(lines[before]!.text) ? before : null;
  if (!hasMarkers && heading === null) return null;
  return { first, last, heading };
}

export function parseDocument(source: string, options: ParseOptions = {}): Document {
  const problems: Problem[] = [];
  const lines = splitLines(source);
  const parts = new PartBuilder(source, lines);
  const document: Document = {
    title: '',
    site: null,
    redirectedFrom: null,
    infobox: null,
    sections: [],
    references: [],
    parts: parts.parts,
    trailing: '',
    problems,
    citationUses: [],
    // What a rendering shows of the page's metadata: its infobox and the box's image, no more.
    description: null,
    image: null,
    infoboxes: [],
    templates: [],
    templateParameters: [],
    coordinates: [],
  };

  for (const line of lines) {
    if (line.raw.length > MAX_LINE_LENGTH) {
      problems.push({
        severity: 'error',
        line: line.index + 1,
        message: `line is ${line.raw.length.toLocaleString('en')} characters long (the limit is ${MAX_LINE_LENGTH.toLocaleString('en')})`,
      });
    }
    const nul = line.raw.indexOf('\0');
    if (nul !== -1) problems.push({ severity: 'error', line: line.index + 1, message: `NUL byte at column ${nul + 1}` });
  }
  if (source.trim() === '') {
    problems.push({ severity: 'error', line: 1, message: 'the document is empty' });
  }
  if (problems.some((problem) => problem.severity === 'error')) {
    document.trailing = source;
    return document;
  }

  // Header: chrome, title, site line, redirect line, navigation chrome, notices.
  let i = nextNonBlank(lines, 0);
  while (i < lines.length && matchesAny(CHROME_PATTERNS, lines[i]!.text)) {
    parts.add('chrome', i);
    i = nextNonBlank(lines, i + 1);
  }
  if (i >= lines.length) {
    problems.push({ severity: 'error', line: 1, message: 'the document has no title line' });
    document.trailing = parts.trailing();
    return document;
  }
  document.title = lines[i]!.text;
  parts.add('title', i);
  let headerEnd = i;
  const lead: Block[] = [];
  for (i = nextNonBlank(lines, i + 1); i < lines.length; i = nextNonBlank(lines, i + 1)) {
    const text = lines[i]!.text;
    const site = SITE_LINE.exec(text);
    const redirect = REDIRECT_LINE.exec(text);
    const about = DISAMBIGUATION_PATTERNS.find(({ pattern }) => pattern.test(text));
    if (site && document.site === null) {
      document.site = { name: site[1]!, tagline: site[2]! };
      parts.add('site', i);
    } else if (redirect && document.redirectedFrom === null) {
      document.redirectedFrom = redirect[1]!.trim();
      parts.add('redirect', i);
    } else if (matchesAny(CHROME_PATTERNS, text)) {
      parts.add('chrome', i);
    } else if (matchesAny(NOTICE_PATTERNS, text)) {
      parts.add('notice', i);
    } else if (about) {
      const part = parts.add('hatnote', i);
      const block = blockOf(part.seq, 'hatnote', lines, i, i);
      const targets = [...text.matchAll(/\bsee ([^.;]+)/g)].map((match) => match[1]!.trim());
      block.hatnote = { kind: about.kind, targets };
      lead.push(block);
    } else {
      break;
    }
    headerEnd = i;
  }

  const hasMarkers = /\[\d{1,4}\]/.test(source);
  const references = findReferences(lines, hasMarkers, headerEnd + 1);
  const bodyEnd = references ? (references.heading ?? references.first) - 1 : lines.length - 1;

  // Infobox: a non-prose line right under the header (no blank line between), up to a blank
  // line followed by prose.
  let bodyStart = headerEnd + 1;
  const firstBoxLine = headerEnd + 1;
  if (firstBoxLine <= bodyEnd && lines[firstBoxLine]!.text !== '' && !isProse(lines[firstBoxLine]!.text)) {
    let end = firstBoxLine;
    for (let j = firstBoxLine + 1; j <= bodyEnd; j++) {
      if (lines[j]!.text !== '') {
        end = j;
        continue;
      }
      const next = nextNonBlank(lines, j, bodyEnd);
      if (next > bodyEnd || isProse(lines[next]!.text)) break;
      j = next - 1;
    }
    document.infobox = parseInfobox(lines, firstBoxLine, end, parts);
    document.infoboxes = [document.infobox];
    document.image = infoboxImage(parts.parts);
    bodyStart = end + 1;
  }

  const referenceNumbers = new Set<number>();
  for (let r = references?.first ?? 0; references && r <= references.last; r++) {
    referenceNumbers.add(Number(REFERENCE_LINE.exec(lines[r]!.raw.replace(/\r$/, ''))![1]));
  }
  const isReference = (n: number) => referenceNumbers.has(n);
  document.sections = parseSections(lines, bodyStart, bodyEnd, parts, lead, { isTitle: options.isTitle, isReference });

  if (references) {
    if (references.heading !== null) parts.add('references-heading', references.heading);
    let expected = 1;
    const lineOf = new Map<number, number>();
    for (let r = references.first; r <= references.last; r++) {
      const match = REFERENCE_LINE.exec(lines[r]!.raw.replace(/\r$/, ''))!;
      const n = Number(match[1]);
      const text = match[2]!.trim();
      const previous = lineOf.get(n);
      if (previous !== undefined) {
        problems.push({ severity: 'error', line: r + 1, message: `reference ${n} is numbered twice (also line ${previous})` });
      }
      lineOf.set(n, r + 1);
      if (n !== expected && previous === undefined) {
        problems.push({ severity: 'warning', line: r + 1, message: `reference ${n} is out of order (expected ${expected})` });
      }
      expected = n + 1;
      const part = parts.add('reference', r);
      document.references.push({ seq: part.seq, n, text, ...parseReference(text) });
    }
  }
  document.trailing = parts.trailing();
  checkCitations(document, problems);
  document.citationUses = citationUsesOf(document);
  return document;
}

/** Every `[n]` marker occurrence with a reference, in the blocks (with their section) and in the infobox (null). */
function citationUsesOf(document: Document): Document['citationUses'] {
  const numbers = new Set(document.references.map((reference) => reference.n));
  const sectionOfPart = new Map<number, number>();
  for (const section of document.sections) for (const block of section.blocks) sectionOfPart.set(block.seq, section.index);
  const uses: Document['citationUses'] = [];
  for (const part of document.parts) {
    if (part.kind === 'reference') continue;
    for (const match of part.raw.matchAll(/\[(\d{1,4})\]/g)) {
      const n = Number(match[1]);
      if (numbers.has(n)) uses.push({ seq: part.seq, n, section: sectionOfPart.get(part.seq) ?? null });
    }
  }
  return uses;
}

/**
 * A marker should have a reference and a reference should be cited (warnings). Real renderings
 * lose references (a crawl cut short, a notes group rendered elsewhere): such a marker stays in
 * the text as written, linked to nothing, and one such page does not fail a run (`--strict` does).
 */
function checkCitations(document: Document, problems: Problem[]): void {
  const numbers = new Set(document.references.map((reference) => reference.n));
  const cited = new Set<number>();
  for (const part of document.parts) {
    if (part.kind === 'reference') continue;
    for (const n of citationMarkers(part.raw)) {
      cited.add(n);
      if (!numbers.has(n)) {
        const offset = part.raw.indexOf(`[${n}]`);
        const line = part.line + (part.raw.slice(0, offset).match(/\n/g)?.length ?? 0);
        problems.push({ severity: 'warning', line, message: `citation marker [${n}] has no reference` });
      }
    }
  }
  for (const reference of document.references) {
    if (!cited.has(reference.n)) {
      const line = document.parts[reference.seq]!.line;
      problems.push({ severity: 'warning', line, message: `reference ${reference.n} is never cited` });
    }
  }
}

export type { Document, Infobox };

/** The title of a document without parsing it: its first line that is not blank or chrome. */
export function peekTitle(source: string): { title: string; line: number } {
  let start = 0;
  for (let line = 1; start < source.length; line++) {
    const end = source.indexOf('\n', start);
    const text = source.slice(start, end === -1 ? Math.min(source.length, start + MAX_LINE_LENGTH) : end).trim();
    if (text !== '' && !matchesAny(CHROME_PATTERNS, text)) return { title: text, line };
    if (end === -1) break;
    start = end + 1;
  }
  return { title: '', line: 1 };
}
