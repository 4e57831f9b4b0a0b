/**
 * The first `{{Infobox …}}` → the document's infobox: one field a named parameter, keeping the
 * name as written, its wikitext (`raw`), its displayed text, the items of list-like values
 * (`<br>`, {{plainlist}}, {{ubl}}, {{hlist}}), an ISO date, the articles it links to and its typed value.
 */
import { isoDate, parseDate } from '../../document/dates.js';
import type { Infobox, ParsedInfoboxField, PartKind } from '../../document/types.js';
import { displayText, oneLine, tidy, type DisplayContext } from './display.js';
import { descendants, type WikiNode } from './parser/nodes.js';
import { dateTemplateParts, sourceText, templateKey, templateParameters } from './templates.js';
import { infoboxKind, type Vocabulary } from './site.js';
import { wikitextValue } from './values.js';
import { DATE_TEMPLATES, INFOBOX_NAME_PARAMETERS, LIST_TEMPLATES } from './vocabulary.js';

/** The template's wikitext cut into parts: `{{Infobox x` then one a parameter (`|name = value`), the closing braces with the last. */
export function splitInfobox(template: WikiNode, raw: string): [PartKind, string][] {
  const starts = template.children.filter((c) => c.type === 'parameter').map((p) => p.start - 1 - template.start);
  const pieces: [PartKind, string][] = [];
  let from = 0;
  for (const cut of starts) {
    pieces.push([pieces.length === 0 ? 'infobox-title' : 'infobox-field', raw.slice(from, cut)]);
    from = cut;
  }
  pieces.push([pieces.length === 0 ? 'infobox-title' : 'infobox-field', raw.slice(from)]);
  return pieces;
}

const labelOf = (key: string): string => {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function dateOf(text: string, value: WikiNode, shown: string): string | null {
  for (const template of descendants(value, 'template')) {
    if (!DATE_TEMPLATES.has(templateKey(template))) continue;
    const { year, month, day } = dateTemplateParts(text, template);
    // Years past 9999 are not ISO 8601's four digits.
    const iso = year >= 1 && year <= 9999 && month && day ? isoDate(year, month, day) : null;
    if (iso !== null) return iso;
  }
  return parseDate(shown);
}

function valuesOf(value: WikiNode, shown: string): string[] | undefined {
  const listed = value.children.some(
    (node) => (node.type === 'html' && node.name === 'br') || (node.type === 'template' && LIST_TEMPLATES.has(templateKey(node))) || node.type === 'list',
  );
  if (!listed) return undefined;
  const items = tidy(shown).split('\n').map((item) => item.replace(/^[*#:;]\s*/, ''));
  return items.length > 0 ? items : undefined;
}

export function parseInfobox(
  text: string,
  template: WikiNode,
  pageTitle: string,
  firstSeq: number,
  vocabulary: Vocabulary,
  /** The site's language: how its numbers are written. */
  language: string,
  /** What a field's refs and footnotes are reported to: the display context of the field's part. */
  notesOf: (seq: number) => DisplayContext,
): Infobox {
  const fields: ParsedInfoboxField[] = [];
  let title: string | null = null;
  templateParameters(template).forEach(({ name, value, positional }, i) => {
    const seq = firstSeq + 1 + i;
    if (positional) return;
    const shown = displayText(text, value.children, notesOf(seq));
    const date = dateOf(text, value, oneLine(shown));
    // A date template displays its date.
    const fieldText = oneLine(shown) || (date ?? '');
    if (title === null && INFOBOX_NAME_PARAMETERS.includes(name.toLowerCase()) && fieldText !== '') title = fieldText;
    const values = valuesOf(value, shown);
    const links = [
      ...new Set(descendants(value, 'link').flatMap((link) => (link.target && link.target.ns === 0 && link.target.interwiki === null && !link.target.dynamic && link.target.title !== '' ? [link.target.title] : []))),
    ];
    fields.push({
      seq,
      key: name,
      label: labelOf(name),
      text: fieldText,
      raw: sourceText(text, value).trim(),
      ...(values ? { values } : {}),
      ...(date ? { date } : {}),
      ...(links.length ? { links } : {}),
      value: wikitextValue(text, value, { language, name }),
    });
  });
  return { title: title ?? pageTitle, template: infoboxKind(templateKey(template), vocabulary)?.kind ?? null, fields };
}
