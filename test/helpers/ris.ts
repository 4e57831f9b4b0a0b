/**
 * A small RIS reader, written from the RIS specification (Research Information Systems, 2011)
 * and independent of citation-js: a file is records of `TAG  - value` lines — a two-character
 * tag (a capital letter then a capital letter or digit), two spaces, a hyphen, a space, the
 * value — each record opening with `TY` and closing with `ER`. Repeatable tags (AU, KW…) keep
 * every value in order. Lines that are not tag lines are errors, not continuations.
 */
export type RisRecord = Map<string, string[]>;

export interface RisFile {
  records: RisRecord[];
  errors: string[];
}

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/;

export function readRis(text: string): RisFile {
  const records: RisRecord[] = [];
  const errors: string[] = [];
  let open: RisRecord | null = null;
  for (const [i, raw] of text.replace(/^\uFEFF/, '').split(/\r?\n/).entries()) {
    if (raw.trim() === '') continue;
    const m = TAG_LINE.exec(raw);
    if (!m) {
      errors.push(`line ${i + 1}: not a tag line: ${JSON.stringify(raw.slice(0, 80))}`);
      continue;
    }
    const [, tag = '', value = ''] = m;
    if (tag === 'TY') {
      if (open) errors.push(`line ${i + 1}: TY inside an open record`);
      open = new Map([['TY', [value.trim()]]]);
    } else if (!open) {
      errors.push(`line ${i + 1}: ${tag} outside a record`);
    } else if (tag === 'ER') {
      records.push(open);
      open = null;
    } else {
      open.set(tag, [...(open.get(tag) ?? []), value.trim()]);
    }
  }
  if (open) errors.push('the last record has no ER');
  return { records, errors };
}

/** The first value of a tag, or undefined. */
export const first = (record: RisRecord, tag: string): string | undefined => record.get(tag)?.[0];
