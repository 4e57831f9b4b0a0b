/**
 * The first `{{Infobox …}}` → the document's infobox: one field a named parameter, keeping the
 * name as written, its wikitext (`raw`), its displayed text, the items of list-like values
 * (`<br>`, {{plainlist}}, {{ubl}}, {{hlist}}), an ISO date and the articles it links to.
 */
import { parseDate } from '../../document/dates.js';
import { normalizeTitle } from '../../document/titles.js';
import type { Infobox, ParsedInfoboxField, PartKind } from '../../document/types.js';
import { dateTemplateParts, descendants, displayText, oneLine, templateKey, templateParameters, tidy, type DisplayContext, type WikiNode } from './nodes.js';
import { DATE_TEMPLATES, INFOBOX_NAME_PARAMETERS, INFOBOX_PREFIX, LIST_TEMPLATES } from './vocabulary.js';

/** The template's wikitext cut into parts: `{{Infobox x` then one a parameter (`|name = value`), the closing braces with the last. */
export function splitInfobox(template: WikiNode, raw: string): [PartKind, string][] {
  const base = template.getAbsoluteIndex();
  const cuts = templateParameters(template).map(({ node }) => node.getAbsoluteIndex() - base - 1);
  const pieces: [PartKind, string][] = [];
  let from = 0;
  for (const cut of cuts) {
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

function dateOf(value: WikiNode, text: string): string | null {
  for (const template of descendants(value, 'template')) {
    if (!DATE_TEMPLATES.has(templateKey(template))) continue;
    const { year, month, day } = dateTemplateParts(template);
    if (year && month && day) {
      const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      if (parseDate(iso) === iso) return iso;
    }
  }
  return parseDate(text);
}

function valuesOf(value: WikiNode, shown: string): string[] | undefined {
  const listed = value.childNodes.some(
    (node) => (node.type === 'html' && node.name === 'br') || (node.type === 'template' && LIST_TEMPLATES.has(templateKey(node))) || node.type === 'list',
  );
  if (!listed) return undefined;
  const items = tidy(shown).split('\n').map((item) => item.replace(/^[*#:;]\s*/, ''));
  return items.length > 0 ? items : undefined;
}

export function parseInfobox(
  template: WikiNode,
  pageTitle: string,
  firstSeq: number,
  /** What a field's refs and footnotes are reported to: the display context of the field's part. */
  notesOf: (seq: number) => DisplayContext,
): Infobox {
  const fields: ParsedInfoboxField[] = [];
  let title: string | null = null;
  templateParameters(template).forEach(({ name, value, node }, i) => {
    const seq = firstSeq + 1 + i;
    if (node.anon) return;
    const shown = displayText(value.childNodes, notesOf(seq));
    const date = dateOf(value, oneLine(shown));
    // A date template displays its date.
    const text = oneLine(shown) || (date ?? '');
    if (title === null && INFOBOX_NAME_PARAMETERS.includes(name.toLowerCase()) && text !== '') title = text;
    const values = valuesOf(value, shown);
    const links = [...new Set(descendants(value, 'link').flatMap((link) => (link.link?.ns === 0 ? [normalizeTitle(link.link.main)] : [])))];
    fields.push({
      seq,
      key: name,
      label: labelOf(name),
      text,
      raw: String(value).trim(),
      ...(values ? { values } : {}),
      ...(date ? { date } : {}),
      ...(links.length ? { links } : {}),
    });
  });
  const template_ = templateKey(template).replace(INFOBOX_PREFIX, '').trim();
  return { title: title ?? pageTitle, template: template_ === '' ? null : template_, fields };
}
