/**
 * The body stage: blank-line separated blocks become headings, hatnotes, paragraphs and lists,
 * grouped into sections. Levels are inferred only from "a heading directly followed by another
 * heading" (level 3); a run of two or more blank lines before a non-heading marks a section whose
 * heading was lost in the rendering (untitled, level 2).
 */
import type { Line, PartBuilder } from './lines.js';
import { uniqueAnchor } from '../../document/anchors.js';
import { citationMarkers, stripMarkers } from '../../document/text.js';
import type { Block, Hatnote, Section } from '../../document/types.js';
import { EDIT_SUFFIX, HATNOTE_PREFIXES } from './vocabulary.js';

const LIST_ITEM = /^\s*(?:[•·*]|\d{1,4}\.)\s+/;
const MARKER = /\[\d{1,4}\]/;

export function isListItem(raw: string): boolean {
  return LIST_ITEM.test(raw);
}

/** A visible heading: a short line with no sentence punctuation at its end and no citation marker. */
export function headingTitle(text: string): string | null {
  const edit = (text.endsWith('edit]') || text.endsWith('edit source]')) && EDIT_SUFFIX.test(text);
  const title = edit ? text.replace(EDIT_SUFFIX, '').trim() : text;
  if (title === '' || title.length > 100) return null;
  if (edit) return title;
  if (MARKER.test(title) || LIST_ITEM.test(text)) return null;
  if (/[.:;,]$/.test(title)) return null;
  if (title.split(/\s+/).length > 12) return null;
  return title;
}

/**
 * Hatnote targets split on ", " and " and "; a piece that starts in lower case continues the one
 * before it (titles start with a capital), as in "Yo, sí puedo". `isTitle` lets the importer
 * keep a known title whole even when it contains a separator.
 */
export function splitTargets(list: string, isTitle: (title: string) => boolean = () => false): string[] {
  const cleaned = list.replace(/\.$/, '').trim();
  if (isTitle(cleaned)) return [cleaned];
  const pieces = cleaned.split(/(, | and )/);
  const targets: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!.trim();
    const previous = targets.length - 1;
    if (previous >= 0 && (/^\p{Ll}/u.test(piece) || isTitle(`${targets[previous]}${pieces[i - 1]}${piece}`))) {
      targets[previous] = `${targets[previous]}${pieces[i - 1]}${piece}`;
    } else if (piece !== '') {
      targets.push(piece);
    }
  }
  return targets;
}

export function parseHatnote(text: string, isTitle?: (title: string) => boolean): Hatnote | null {
  for (const { pattern, kind } of HATNOTE_PREFIXES) {
    const match = pattern.exec(text);
    if (match) {
      const targets = splitTargets(text.slice(match[0].length), isTitle);
      return targets.length > 0 ? { kind, targets } : null;
    }
  }
  return null;
}

/** `base`, or `base_2`, `base_3`… when taken; constant time per call. */
export function uniqueKey(base: string, taken: Map<string, number>): string {
  let n = taken.get(base);
  if (n === undefined) {
    taken.set(base, 1);
    return base;
  }
  let key: string;
  do key = `${base}_${++n}`;
  while (taken.has(key));
  taken.set(base, n);
  taken.set(key, 1);
  return key;
}

export function blockOf(
  seq: number,
  kind: Block['kind'],
  lines: readonly Line[],
  first: number,
  last: number,
  isReference?: (n: number) => boolean,
): Block {
  const texts: string[] = [];
  for (let i = first; i <= last; i++) texts.push(lines[i]!.text);
  const joined = texts.join('\n');
  const display = kind === 'list' ? texts.map((text) => text.replace(LIST_ITEM, '')) : texts;
  return {
    seq,
    kind,
    text: stripMarkers(display.join('\n'), isReference).replace(/[ \t]+\n/g, '\n').trim(),
    citations: citationMarkers(joined, isReference),
  };
}

export interface BodyOptions {
  isTitle?: (title: string) => boolean;
  /** Whether a reference of number n exists: markers of other numbers stay in the text, uncited. */
  isReference?: (n: number) => boolean;
}

/**
 * Parses lines `first..last` into sections; `lead` holds blocks already parsed above the body
 * (disambiguation hatnotes), which belong to the lead section.
 */
export function parseSections(
  lines: readonly Line[],
  first: number,
  last: number,
  parts: PartBuilder,
  lead: Block[],
  options: BodyOptions = {},
): Section[] {
  const sections: Section[] = [{ index: 0, title: null, anchor: null, level: 0, headingSeq: null, blocks: [...lead] }];
  const anchors = new Map<string, number>();
  let section = sections[0]!;
  let blanks = 0;
  let previousWasHeading = false;
  let seenBody = lead.length > 0;

  for (let i = first; i <= last; i++) {
    if (lines[i]!.text === '') {
      blanks++;
      continue;
    }
    let end = i;
    while (end + 1 <= last && lines[end + 1]!.text !== '') end++;
    const single = end === i;
    const text = lines[i]!.text;
    const title = single ? headingTitle(text) : null;
    const hatnote = single ? parseHatnote(text, options.isTitle) : null;

    if (title !== null && !hatnote) {
      const part = parts.add('heading', i, i);
      section = {
        index: sections.length,
        title,
        anchor: uniqueAnchor(title, anchors),
        level: previousWasHeading ? 3 : 2,
        headingSeq: part.seq,
        blocks: [],
      };
      sections.push(section);
      previousWasHeading = true;
    } else {
      if (blanks >= 2 && seenBody && !previousWasHeading) {
        section = { index: sections.length, title: null, anchor: null, level: 2, headingSeq: null, blocks: [] };
        sections.push(section);
      }
      let kind: Block['kind'] = 'paragraph';
      if (hatnote) kind = 'hatnote';
      else {
        let allItems = true;
        for (let j = i; j <= end && allItems; j++) allItems = LIST_ITEM.test(lines[j]!.raw);
        if (allItems) kind = 'list';
      }
      const part = parts.add(kind, i, end);
      const block = blockOf(part.seq, kind, lines, i, end, options.isReference);
      if (hatnote) block.hatnote = hatnote;
      section.blocks.push(block);
      previousWasHeading = false;
    }
    seenBody = true;
    blanks = 0;
    i = end;
  }
  return sections;
}
