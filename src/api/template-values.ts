/**
 * `?param=&min=&max=`, `before`/`after` and `order=param` on /v1/templates/{name} and the MCP
 * `query_infobox` tool: the query's bounds read into one kind of value (a number, a date's key, a
 * quantity in its base unit), checked against what the parameter holds, and the page of uses in
 * value order. A bound that is not one, units of two dimensions, or a kind the parameter does not
 * hold is a 400 naming the query parameter.
 */
import type { TemplateQueries, TemplateRow, ValueRange } from '../db/queries/templates.js';
import { keyOfIso } from '../document/values/dates.js';
import { DATE_KIND, NUMBER_KIND } from '../document/values/sortable.js';
import { unitOf } from '../document/values/units.js';
import type { TemplateQuery } from './wire/templates.js';
import { decodeCursor } from './pagination.js';
import { HttpProblem } from './wire/problem.js';

type BoundName = 'min' | 'max' | 'before' | 'after';
interface Bound {
  kind: string;
  value: number;
}

const invalid = (name: string, reason: string, detail: string) => new HttpProblem(400, 'Invalid parameters', detail, [{ in: 'query', name, reason }]);

/** A full or partial ISO date (`1920-01-01`, `1920-05`, `-0043`) → its key; a bare `1920` is a date only for before/after. */
const ISO_DATE = /^-?\d{4}-\d{2}(?:-\d{2})?$/;
const AMOUNT = /^(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(.*)$/i;

/** One bound of the query, read. */
function boundOf(name: BoundName, raw: string): Bound {
  const text = raw.trim();
  if (name === 'before' || name === 'after' || ISO_DATE.test(text)) {
    const key = /^-?\d{1,4}(?:-\d{2}){0,2}$/.test(text) ? keyOfIso(text) : null;
    if (key === null) throw invalid(name, 'not an ISO 8601 date', `\`${name}\` is not a date: "${raw}" (write 1920-01-01, 1920-05 or 1920; -0043 for 44 BC).`);
    return { kind: DATE_KIND, value: key };
  }
  const m = AMOUNT.exec(text);
  if (!m || !Number.isFinite(Number(m[1]))) throw invalid(name, 'not a number, quantity or date', `\`${name}\` is not a number, a quantity or a date: "${raw}".`);
  if (m[2] === '') return { kind: NUMBER_KIND, value: Number(m[1]) };
  const unit = unitOf(m[2]!.trim());
  if (!unit) throw invalid(name, 'unknown unit', `\`${name}\` has a unit this service does not know: "${m[2]}" (UCUM or ISO 4217 codes, e.g. km2, [mi_i]2, m, USD; or as written: sq mi, ft).`);
  return { kind: unit.base, value: Number((Number(m[1]) * unit.factor).toPrecision(12)) };
}

const kindName = (kind: string) => (kind === NUMBER_KIND ? 'numbers' : kind === DATE_KIND ? 'dates' : `quantities in ${kind}`);

/** Whether the query asks for typed values. */
export const asksByValue = (query: TemplateQuery): boolean =>
  query.min !== undefined || query.max !== undefined || query.before !== undefined || query.after !== undefined || query.order !== undefined;

/** The query's range of typed values, checked against the template and what its parameter holds; null: nothing can match. */
export function valueRange(queries: TemplateQueries, template: TemplateRow, query: TemplateQuery): { param: string; range: ValueRange } | null {
  const given = (['min', 'max', 'before', 'after'] as const).filter((name) => query[name] !== undefined);
  const first = given[0] ?? 'order';
  if (query.param === undefined) throw invalid('param', 'required with `' + first + '`', `\`${first}\` compares a parameter's typed values: name it with \`param\`.`);
  if (query.value !== undefined) throw invalid('value', 'not with a range', '`value` matches displayed text, `min`/`max`/`before`/`after` typed values: use one or the other.');
  if (template.citation === 1) throw invalid('param', 'a citation template keeps no template parameters', `"${template.name}" is a citation template: its parameters are read into citations.`);
  const param = query.param.trim();
  const bounds = given.map((name) => ({ name, ...boundOf(name, query[name]!) }));
  const kinds = [...new Set(bounds.map((b) => b.kind))];
  if (kinds.length > 1) {
    const other = bounds.find((b) => b.kind !== bounds[0]!.kind)!;
    throw invalid(other.name, 'another kind of value than `' + bounds[0]!.name + '`', `\`${bounds[0]!.name}\` is one of ${kindName(bounds[0]!.kind)}, \`${other.name}\` one of ${kindName(other.kind)}: they cannot bound one range.`);
  }
  const held = queries.valueKind(template.nameKey, param, kinds[0] ?? null);
  if (!held.has && held.other !== null && kinds[0] !== undefined) {
    throw invalid('param', `holds ${kindName(held.other)}`, `"${param}" of ${template.name} holds ${kindName(held.other)}, not ${kindName(kinds[0])}: give \`${bounds[0]!.name}\` as one of those.`);
  }
  const kind = kinds[0] ?? held.other;
  if (kind === null || (!held.has && kinds[0] !== undefined)) return null;
  // Keys of dates and every bound are compared inclusive: `before` ends a day before its date, `after` starts a day after.
  let min = -Number.MAX_VALUE;
  let max = Number.MAX_VALUE;
  for (const b of bounds) {
    if (b.name === 'min') min = Math.max(min, b.value);
    if (b.name === 'after') min = Math.max(min, b.value + 1);
    if (b.name === 'max') max = Math.min(max, b.value);
    if (b.name === 'before') max = Math.min(max, b.value - 1);
  }
  const cursor = decodeCursor(query.cursor, ['number', 'number', 'number']) as [number, number, number] | null;
  // Before the first page: just below `min`, so that the row value comparison includes it.
  return { param, range: { kind, max, after: cursor ?? [min, -1, -1] } };
}

