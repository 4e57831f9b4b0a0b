/**
 * RIS records as the 2011 specification defines them, over citation-js's: one line a field, the
 * whole stable id as `ID`, `PY  - 2012` and `DA  - 2012/02/16/` (zero-padded, only as precise as
 * the source; citation-js writes `2012/2/16/` and `1996///`), the access date in the same form,
 * and a page range as `SP` and `EP`.
 */

/** RIS is one `TAG  - value` line a field: a line break in a value would start a forged tag. */
export function oneLine(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\r\n\u0085\u2028\u2029\v\f]+/g, ' ');
  if (Array.isArray(value)) return value.map(oneLine);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, oneLine(inner)]));
  return value;
}

type Item = { id: string } & Record<string, unknown>;

const parts = (date: unknown): number[] | null => {
  const first = (date as { 'date-parts'?: number[][] } | undefined)?.['date-parts']?.[0];
  return first && typeof first[0] === 'number' ? first : null;
};
const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
/** The spec's `YYYY/MM/DD/other`, as precise as the date. */
const risDate = ([year, month, day]: number[]) => `${year}/${two(month)}/${two(day)}/`;
/** The form citation-js writes a date in, to find its lines. */
const citationJsDate = ([year, month, day]: number[]) => `${year}/${month ?? ''}/${day ?? ''}/`;

const TAG_LINE = /^([A-Z][A-Z0-9]) {2}- ?(.*)$/;
/** Tags of the publication date, written again from the item. */
const ISSUED_TAGS = new Set(['PY', 'DA', 'Y1']);

/** One record's lines (TY … ER) rewritten for its item. */
function record(lines: string[], item: Item): string[] {
  const issued = parts(item.issued);
  const accessed = parts(item.accessed);
  const out: string[] = [];
  let datesAt = -1;
  for (const line of lines) {
    const [, tag = '', value = ''] = TAG_LINE.exec(line) ?? [];
    if (ISSUED_TAGS.has(tag)) {
      if (datesAt < 0) datesAt = out.length;
    } else if (tag === 'ID') {
      // citation-js cuts `ID` to 20 characters (the old spec's limit): two references of one long title would share one.
      out.push(`ID  - ${String(oneLine(item.id))}`);
    } else if (accessed && value === citationJsDate(accessed)) {
      out.push(`${tag}  - ${risDate(accessed)}`);
    } else if (tag === 'SP' && /^[^-–]+[-–][^-–]+$/.test(value) && !lines.some((other) => other.startsWith('EP  -'))) {
      const [start, end] = value.split(/[-–]/);
      out.push(`SP  - ${start!.trim()}`, `EP  - ${end!.trim()}`);
    } else {
      out.push(line);
    }
  }
  if (issued) {
    const dates = [`PY  - ${issued[0]}`, ...(issued[1] ? [`DA  - ${risDate(issued)}`] : [])];
    out.splice(datesAt < 0 ? out.length - 1 : datesAt, 0, ...dates);
  }
  return out;
}

/** citation-js's RIS of `items` (in order) rewritten record by record. */
export function risRecords(ris: string, items: readonly Item[]): string {
  const out: string[] = [];
  let open: string[] = [];
  let n = 0;
  for (const line of ris.split('\n')) {
    if (line.startsWith('TY  -')) open = [];
    open.push(line);
    if (/^ER {2}- ?$/.test(line)) {
      const item = items[n++];
      out.push(...(item ? record(open, item) : open));
      open = [];
    } else if (!line.startsWith('TY  -') && open.length === 1) {
      // Outside a record (blank lines between records): as it is.
      out.push(...open);
      open = [];
    }
  }
  out.push(...open);
  return out.join('\n');
}
