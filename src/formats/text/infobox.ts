/**
 * The infobox stage: the lines between the page header and the lead become an infobox title,
 * fields, captions and group headers. Labels are recognised from the template vocabulary, never
 * from one article: glued (`DateNovember 7th, 1917`), spaced (`Result Bolshevik victory`),
 * colon (`Motto: …`), bullet (`• Total` / value), alone on a line (`Capital` / `and largest city` /
 * value), or not printed at all (supplied from the template's field order).
 */
import { parseDate } from '../../document/dates.js';
import { readValue } from '../../document/values/read.js';
import type { Line, PartBuilder } from './lines.js';
import { uniqueKey } from './sections.js';
import type { Infobox, InfoboxField, ParsedInfoboxField, PartKind } from '../../document/types.js';
import {
  COLON_LABELS,
  INFOBOX_CAPTION_PATTERNS,
  INFOBOX_IMAGE_FILE,
  INFOBOX_GROUP_HEADERS,
  INFOBOX_TEMPLATES,
  ROW_GROUPS,
  type InfoboxTemplate,
  type TemplateField,
} from './vocabulary.js';

interface Row {
  kind: PartKind;
  first: number;
  last: number;
  label?: string | null;
  supplied?: boolean;
  group?: string | null;
  values?: string[];
}

interface LabelMatch {
  field: TemplateField;
  rest: string;
  /** Label and value with nothing between them (`DateNovember`): strong evidence of a label. */
  glued: boolean;
}

const ALL_FIELDS = new Map<string, TemplateField>();
for (const template of INFOBOX_TEMPLATES) {
  for (const field of template.fields) if (!ALL_FIELDS.has(field.label)) ALL_FIELDS.set(field.label, field);
}
const GROUP_HEADER = new RegExp(
  `^(${INFOBOX_GROUP_HEADERS.map(escape).join('|')})(?:\\s?\\d{4}(?: estimate| census)?)?$`,
);
const COLON_LABEL = new RegExp(`^(${COLON_LABELS.map(escape).join('|')})\\s*:\\s*(.*)$`);
const BULLET = /^[•·]\s*(.+)$/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Labels sorted longest first, so `Capital and largest city` wins over `Capital`. */
function labelsOf(fields: Iterable<TemplateField>): TemplateField[] {
  return [...fields].sort((a, b) => b.label.length - a.label.length);
}
const UNION = labelsOf(ALL_FIELDS.values());
const TEMPLATE_LABELS = new Map(INFOBOX_TEMPLATES.map((template) => [template, labelsOf(template.fields)]));

function matchLabel(text: string, fields: TemplateField[], allowSpaced: boolean): LabelMatch | null {
  for (const field of fields) {
    if (field.unprinted || !text.startsWith(field.label) || text.length === field.label.length) continue;
    const next = text.charAt(field.label.length);
    if (next === ' ') {
      const rest = text.slice(field.label.length + 1).trim();
      if (allowSpaced && rest !== '') return { field, rest, glued: false };
    } else if (!/\p{Ll}/u.test(next)) {
      // A lower-case letter would continue a word ("Dateline"), anything else starts the value.
      return { field, rest: text.slice(field.label.length), glued: true };
    }
  }
  return null;
}

const isLabel = (text: string): boolean => ALL_FIELDS.has(text) && !ALL_FIELDS.get(text)!.unprinted;
const isCaption = (text: string): boolean => INFOBOX_CAPTION_PATTERNS.some((pattern) => pattern.test(text));

function chooseTemplate(texts: string[]): InfoboxTemplate | null {
  let best: InfoboxTemplate | null = null;
  let bestScore = 0;
  for (const template of INFOBOX_TEMPLATES) {
    const labels = TEMPLATE_LABELS.get(template)!;
    const score = texts.filter((text) => {
      const inner = BULLET.exec(text)?.[1] ?? text;
      return labels.some((field) => field.label === inner && !field.unprinted) || matchLabel(inner, labels, true) !== null;
    }).length;
    if (score > bestScore) [best, bestScore] = [template, score];
  }
  return best;
}

/** Splits a two-sided row ("Bolsheviks Russian Republic") at the most balanced case change. */
export function splitSides(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 1) return lines;
  const words = text.split(' ').filter((word) => word !== '');
  let best = -1;
  for (let k = 1; k < words.length; k++) {
    if (!/^[\p{Lu}\p{N}]/u.test(words[k]!)) continue;
    if (best === -1 || Math.abs(2 * k - words.length) < Math.abs(2 * best - words.length)) best = k;
  }
  if (best === -1) return [text];
  return [words.slice(0, best).join(' '), words.slice(best).join(' ')];
}

function keyOf(label: string | null, group: string | null | undefined, taken: Map<string, number>): string {
  const base =
    (label ?? group ?? 'row')
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'row';
  return uniqueKey(base, taken);
}

/**
 * Parses the infobox lines `first..last` (inclusive) and adds their parts to `parts`.
 */
export function parseInfobox(lines: readonly Line[], first: number, last: number, parts: PartBuilder): Infobox {
  const content: number[] = [];
  for (let i = first; i <= last; i++) if (lines[i]!.text !== '') content.push(i);
  const texts = content.map((i) => lines[i]!.text);
  const template = chooseTemplate(texts);
  const templateFields = template ? TEMPLATE_LABELS.get(template)! : UNION;
  const order = template?.fields ?? [];

  const rows: Row[] = [];
  let title: string | null = null;
  let current: Row | null = null;
  let pending: Row | null = null;
  let group: string | null = null;
  let lastCaption: string | null = null;
  let afterImage = false;
  /** A line that starts a row of its own: a label, a bullet, a group header, a colon label or a known label glued to its value. */
  const isRow = (text: string): boolean =>
    isLabel(text) ||
    BULLET.test(text) ||
    GROUP_HEADER.test(text) ||
    COLON_LABEL.test(text) ||
    (matchLabel(text, templateFields, true) ?? matchLabel(text, UNION, false)) !== null;
  const used = new Set<string>();

  const open = (row: Row): Row => {
    rows.push(row);
    if (row.label) used.add(row.label);
    return row;
  };
  const fieldRow = (i: number, label: string | null, supplied = false, lastLine = i): Row =>
    open({ kind: 'infobox-field', first: i, last: lastLine, label, supplied, group });

  /** The next unprinted template field after the current row, with only printed fields between. */
  const suppliedLabel = (): string | null => {
    const from = current?.label ? order.findIndex((field) => field.label === current!.label) : -1;
    if (current && from === -1) return null;
    for (const field of order.slice(from + 1)) {
      if (used.has(field.label)) return null;
      if (field.unprinted) return field.label;
    }
    return null;
  };

  for (let c = 0; c < content.length; c++) {
    const i = content[c]!;
    const text = lines[i]!.text;
    const afterBlank = i > first && lines[i - 1]!.text === '';

    if (c === 0 && !isLabel(text) && !matchLabel(text, UNION, false)) {
      title = text;
      rows.push({ kind: 'infobox-title', first: i, last: i });
      continue;
    }
    if (pending) {
      pending.last = i;
      current = pending;
      pending = null;
      continue;
    }
    if (INFOBOX_IMAGE_FILE.test(text)) {
      rows.push({ kind: 'infobox-image', first: i, last: i });
      afterImage = true;
      current = null;
      continue;
    }
    const imageCaption = afterImage && !isRow(text);
    afterImage = false;
    if (imageCaption || isCaption(text) || text === lastCaption) {
      rows.push({ kind: 'infobox-caption', first: i, last: i });
      lastCaption = text;
      current = null;
      continue;
    }
    const bullet = BULLET.exec(text);
    if (bullet) {
      const match = matchLabel(bullet[1]!, templateFields, false);
      if (match) current = fieldRow(i, match.field.label);
      else pending = open({ kind: 'infobox-field', first: i, last: i, label: bullet[1]!, group });
      continue;
    }
    if (GROUP_HEADER.test(text)) {
      rows.push({ kind: 'infobox-group', first: i, last: i });
      group = GROUP_HEADER.exec(text)![1]!;
      current = null;
      continue;
    }
    const colon = COLON_LABEL.exec(text);
    if (colon) {
      current = fieldRow(i, colon[1]!);
      continue;
    }
    if (isLabel(text)) {
      const next = content[c + 1];
      if (next === i + 1 && isLabel(`${text} ${lines[next]!.text}`)) {
        pending = open({ kind: 'infobox-field', first: i, last: next, label: `${text} ${lines[next]!.text}`, group });
        c++;
      } else {
        pending = open({ kind: 'infobox-field', first: i, last: i, label: text, group });
      }
      continue;
    }
    const match = matchLabel(text, templateFields, true) ?? matchLabel(text, UNION, false);
    if (match) {
      current = fieldRow(i, match.field.label);
      continue;
    }
    const supplied = suppliedLabel();
    const inRowGroup = group !== null && ROW_GROUPS.has(group);
    if (supplied) {
      current = fieldRow(i, supplied, true);
    } else if (current && !afterBlank && !(inRowGroup && current.group === group && current.label === null)) {
      current.last = i;
    } else {
      current = fieldRow(i, null);
    }
  }
  // A label that never received a value is a header of its own.
  if (pending) pending.kind = 'infobox-group';

  const taken = new Map<string, number>();
  const fields: ParsedInfoboxField[] = [];
  for (const row of rows) {
    const part = parts.add(row.kind, row.first, row.last);
    if (row.kind !== 'infobox-field') continue;
    const valueLines = valueLinesOf(lines, row);
    const text = valueLines.join('\n');
    const spec = row.label ? ALL_FIELDS.get(row.label) : undefined;
    const key = keyOf(row.label ?? null, row.group, taken);
    // Text renderings are of English wikis; a two-sided row is two values, not one.
    const value = spec?.twoSided ? null : readValue(text, { language: 'en', name: row.label ?? key });
    const field: InfoboxField = { key, label: row.label ?? null, text, value };
    if (spec?.twoSided) field.values = splitSides(text);
    else if (spec?.list && valueLines.length > 1) field.values = valueLines;
    const date = parseDate(text);
    if (date) field.date = date;
    if (row.group) field.group = row.group;
    if (row.supplied) field.supplied = true;
    fields.push({ seq: part.seq, ...field });
  }
  return { title, template: template?.name ?? null, fields };
}

/** The value lines of a field row: its lines minus the label (glued, spaced, colon, bullet or alone). */
function valueLinesOf(lines: readonly Line[], row: Row): string[] {
  const texts: string[] = [];
  for (let i = row.first; i <= row.last; i++) if (lines[i]!.text !== '') texts.push(lines[i]!.text);
  if (row.supplied || row.label === null || row.label === undefined) return texts;
  const label = row.label;
  const head = texts[0] ?? '';
  const inner = BULLET.exec(head)?.[1] ?? head;
  if (inner === label) return texts.slice(1);
  // A label split over two lines ("Capital" / "and largest city").
  if (texts.length > 1 && `${inner} ${texts[1]}` === label) return texts.slice(2);
  const colon = COLON_LABEL.exec(head);
  if (colon && colon[1] === label) return [colon[2]!, ...texts.slice(1)];
  if (inner.startsWith(label)) return [inner.slice(label.length).trim(), ...texts.slice(1)];
  return texts;
}
