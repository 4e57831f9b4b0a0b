/**
 * Templates that say a value → its typed reading, from their parameters as displayed: date
 * templates, {{convert}}, {{height}}, currency templates, {{URL}}, {{circa}}, {{formatnum:}}.
 * Parameters are read as the templates read them: digits with `.` as the decimal mark whatever the wiki.
 */
import { MONTH_NAMES } from '../dates.js';
import { dateValue, keyOfIso, readDate } from './dates.js';
import { readNumber, readScaledNumber } from './numbers.js';
import type { ScalarValue } from './schema.js';
import { CONVERT_UNITS, UNITS } from './units.js';

/** One use of a template: its key (lower case, spaces), its positional and named parameters as displayed, trimmed. */
export interface TemplateCall {
  key: string;
  positional: readonly string[];
  named: Readonly<Record<string, string>>;
}

type Reading =
  /** Year, month, day from the `at`-th positional parameter (or `year`/`month`/`day`). */
  | { kind: 'date-parts'; at: number; yearOnly?: true }
  /** Two dates of three parts each. */
  | { kind: 'range-parts' }
  /** A date written out in the first parameter. */
  | { kind: 'date-text'; qualifier?: 'circa' | 'floruit' }
  | { kind: 'convert' }
  | { kind: 'height' }
  | { kind: 'currency'; code: string }
  | { kind: 'url' }
  | { kind: 'number' };

/** Template key → how its parameters are read. */
export const VALUE_TEMPLATES: ReadonlyMap<string, Reading> = new Map<string, Reading>([
  ...['birth date', 'birth date and age', 'death date', 'death date and age', 'start date', 'end date', 'start date and age', 'end date and age', 'dob', 'dod', 'film date', 'dts', 'bda', 'dda']
    .map((key): [string, Reading] => [key, { kind: 'date-parts', at: 0 }]),
  // A year, then another year the age is counted from.
  ...['birth year and age', 'death year and age', 'start year and age'].map((key): [string, Reading] => [key, { kind: 'date-parts', at: 0, yearOnly: true }]),
  ['start and end dates', { kind: 'range-parts' }],
  ['birth-date', { kind: 'date-text' }],
  ['death-date', { kind: 'date-text' }],
  ['birth-date and age', { kind: 'date-text' }],
  ['death-date and age', { kind: 'date-text' }],
  ['circa', { kind: 'date-text', qualifier: 'circa' }],
  ['c.', { kind: 'date-text', qualifier: 'circa' }],
  ['floruit', { kind: 'date-text', qualifier: 'floruit' }],
  ['fl.', { kind: 'date-text', qualifier: 'floruit' }],
  ['convert', { kind: 'convert' }],
  ['cvt', { kind: 'convert' }],
  ['height', { kind: 'height' }],
  ...(
    [['us$', 'USD'], ['usd', 'USD'], ['£', 'GBP'], ['gbp', 'GBP'], ['€', 'EUR'], ['eur', 'EUR'], ['euro', 'EUR'], ['inr', 'INR'], ['₹', 'INR'], ['jpy', 'JPY'], ['cad', 'CAD'], ['aud', 'AUD'], ['chf', 'CHF']] as const
  ).map(([key, code]): [string, Reading] => [key, { kind: 'currency', code }]),
  ['url', { kind: 'url' }],
  ['formatnum', { kind: 'number' }],
]);

/** {{convert}}'s second parameter when the first is one end of a range or a product. */
const CONVERT_JOINS = new Set(['-', '–', 'to', 'and', 'or', 'x', '×', 'by', '+/-', '±', 'and(-)', 'to(-)']);

const integer = (text: string | undefined): number | null => (text !== undefined && /^-?\d{1,4}$/.test(text.trim()) ? Number(text) : null);

function dateFromParts(year: number | null, month: number | null, day: number | null): ScalarValue | null {
  // A negative year is not how the templates write one BC (they take no era): not read.
  if (year === null || year <= 0) return null;
  const text = [day, month === null ? null : MONTH_NAMES[month - 1], year];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month === null) return null;
  const date = readDate(text.filter((part) => part !== null && part !== undefined).join(' '), true);
  return date ? dateValue(date) : null;
}

function partsAt(call: TemplateCall, at: number, named: boolean): [number | null, number | null, number | null] {
  const p = call.positional;
  const pick = (i: number, name: string) => integer(named ? call.named[name] ?? p[at + i] : p[at + i]);
  return [pick(0, 'year'), pick(1, 'month'), pick(2, 'day')];
}

/** Each reading's function. */
const READ: { [K in Reading['kind']]: (call: TemplateCall, reading: Extract<Reading, { kind: K }>) => ScalarValue | null } = {
  'date-parts': (call, { at, yearOnly }) => (yearOnly ? dateFromParts(integer(call.positional[at]), null, null) : dateFromParts(...partsAt(call, at, true))),
  'range-parts': (call) => {
    const [from, to] = [dateFromParts(...partsAt(call, 0, false)), dateFromParts(...partsAt(call, 3, false))];
    if (from?.type !== 'date' || to?.type !== 'date') return null;
    return keyOfIso(from.date)! < keyOfIso(to.date)! ? { type: 'daterange', from: { date: from.date, precision: from.precision }, to: { date: to.date, precision: to.precision } } : null;
  },
  'date-text': (call, { qualifier }) => {
    const date = readDate(call.positional[0] ?? '', true);
    if (!date || (qualifier && date.qualifier)) return null;
    return dateValue(qualifier ? { ...date, qualifier } : date);
  },
  convert: (call) => {
    const [amount, unit, next] = call.positional;
    if (amount === undefined || unit === undefined || CONVERT_JOINS.has(unit) || (next !== undefined && readNumber(next, 'en') !== null)) return null;
    const number = readNumber(amount, 'en');
    const found = UNITS.get(CONVERT_UNITS.get(unit) ?? unit);
    return number === null || !found ? null : { type: 'quantity', number, unit: found.code };
  },
  height: (call) => {
    const { m, cm, ft, in: inches } = call.named;
    if (m !== undefined || cm !== undefined) {
      const number = readNumber((m ?? cm)!, 'en');
      return number === null || (m !== undefined && cm !== undefined) ? null : { type: 'quantity', number, unit: m !== undefined ? 'm' : 'cm' };
    }
    const [feet, rest] = [ft === undefined ? 0 : readNumber(ft, 'en'), inches === undefined ? 0 : readNumber(inches, 'en')];
    if (feet === null || rest === null || (ft === undefined && inches === undefined)) return null;
    return { type: 'quantity', number: feet * 12 + rest, unit: '[in_i]' };
  },
  currency: (call, { code }) => {
    const number = readScaledNumber(call.positional[0] ?? '', 'en');
    return number === null ? null : { type: 'quantity', number, unit: code };
  },
  url: (call) => {
    const target = (call.positional[0] ?? call.named.url ?? '').trim();
    if (!/^(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?$/i.test(target)) return null;
    return { type: 'url', url: /^https?:\/\//i.test(target) ? target : `http://${target}` };
  },
  number: (call) => {
    const number = readNumber(call.positional[0] ?? '', 'en');
    return number === null ? null : { type: 'number', number };
  },
};

/** Whether a template says a value (its key is in the table). */
export const isValueTemplate = (key: string): boolean => VALUE_TEMPLATES.has(key);

/** The value a template says, or null when it is not one of ours or its parameters are not read for certain. */
export function readTemplate(call: TemplateCall): ScalarValue | null {
  const reading = VALUE_TEMPLATES.get(call.key);
  if (!reading) return null;
  return (READ[reading.kind] as (call: TemplateCall, reading: Reading) => ScalarValue | null)(call, reading);
}
