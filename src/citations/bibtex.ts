/**
 * BibTeX and BibLaTeX entries that follow their datamodels (datamodels.ts): citation-js formats
 * each value (names, capitals kept in titles, the LaTeX escaping render.ts gives it); here each
 * entry gets its type and only the fields that type has, dates in the format's own form (BibTeX
 * `year` and a `month` macro, BibLaTeX an ISO `date` and `urldate`), and is written out.
 */
import { BIBLATEX_FIELDS, BIBTEX_FIELDS, DEFAULT_ENTRY_TYPE, ENTRY_TYPES, FROM_CSL, MONTH_MACROS, type BibFormat } from './datamodels.js';

/** An entry as citation-js's `format: 'object'` output gives it: values already formatted. */
export interface FormattedEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

/** `[[2015, 6, 24]]`, `[[2015]]` → its parts; null without a year. */
function dateParts(date: unknown): [number, number?, number?] | null {
  const parts = (date as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  if (!parts || typeof parts[0] !== 'number') return null;
  return [parts[0], parts[1], parts[2]];
}

const pad = (n: number, width: number) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).padStart(width, '0')}`;

/** ISO 8601 as BibLaTeX reads it: `2015`, `2015-06`, `2015-06-24`. */
function isoDate(date: unknown): string | null {
  const parts = dateParts(date);
  if (!parts) return null;
  const [year, month, day] = parts;
  return [pad(year, 4), month && pad(month, 2), month && day && pad(day, 2)].filter(Boolean).join('-');
}

/** The fields of one entry of `format`, in its datamodel's order: citation-js's values, dates and the fields FROM_CSL says. */
function fieldsOf(format: BibFormat, type: string, item: Record<string, unknown>, formatted: Record<string, string>): [string, string][] {
  const computed: Record<string, string | undefined> = {};
  const issued = dateParts(item.issued);
  if (format === 'bibtex') {
    computed.year = issued ? String(issued[0]) : undefined;
    // Only a month a style reads: its macro (plain.bst has no day).
    computed.month = issued?.[1] ? MONTH_MACROS[issued[1] - 1] : undefined;
  } else {
    computed.date = isoDate(item.issued) ?? undefined;
    computed.urldate = isoDate(item.accessed) ?? undefined;
    // urldate carries the access date citation-js also writes as a note.
    computed.note = typeof item.note === 'string' ? formatted.note : undefined;
  }
  for (const [field, variables] of Object.entries(FROM_CSL[format][type] ?? {})) {
    // Only from these variables: citation-js fills `howpublished` with the URL when there is none.
    computed[field] = variables.map((variable) => item[variable]).find((v): v is string => typeof v === 'string' && v !== '');
  }
  const allowed = (format === 'bibtex' ? BIBTEX_FIELDS : BIBLATEX_FIELDS)[type] ?? [];
  return allowed.flatMap((field): [string, string][] => {
    const value = field in computed ? computed[field] : formatted[field];
    return value === undefined || value === '' ? [] : [[field, value]];
  });
}

/** One entry as text: `month` a bare macro, every other value braced. */
function entryText(type: string, label: string, fields: [string, string][]): string {
  const lines = fields.map(([field, value]) => (field === 'month' ? `\t${field} = ${value},\n` : `\t${field} = {${value}},\n`));
  return `@${type}{${label},\n${lines.join('')}}\n`;
}

/**
 * The entries of `items` (CSL, LaTeX-escaped as citation-js got them) in `format`, from
 * citation-js's formatted entries of the same items, in the same order.
 */
export function bibEntries(format: BibFormat, items: readonly Record<string, unknown>[], formatted: readonly FormattedEntry[]): string {
  return formatted
    .map((entry, i) => {
      const item = items[i]!;
      const type = (ENTRY_TYPES[String(item.type)] ?? DEFAULT_ENTRY_TYPE)[format];
      return entryText(type, entry.label, fieldsOf(format, type, item, entry.properties));
    })
    .join('');
}
