/**
 * A field's displayed text → its typed value, or null when nothing is certain: the reading the
 * text format uses for every field and the wikitext format for values made of text alone. The
 * readers are tried in order; each reads the whole text or nothing, so a number inside a sentence stays null.
 */
import { amountValue } from './amounts.js';
import { dateValue, namesDate, readDate, readDateRange } from './dates.js';
import type { ScalarValue, TypedValue } from './schema.js';
import { BOOLEANS } from './vocabulary.js';
import { fold } from '../text.js';

export interface ReadContext {
  /** The site's language (MediaWiki code): how numbers are written. */
  language: string;
  /** The field's parameter name or label: whether a bare year is a date. */
  name: string;
}

/** Footnote markers a rendering keeps (`[1]`, `[a]`, `[note 2]`, `[citation needed]`), and an age after a date. */
const TRAILERS = /(?:\s*\[(?:\d+|[a-z]|note \d+|nb \d+|citation needed)\])+$/iu;
const AGE = /\s*\((?:aged?|Alter|âge|edad)\s\d{1,3}\)$/u;
/** A rendered date template's hidden sort key: `(1870-04-22) April 22, 1870`. */
const HIDDEN_ISO = /^\((\d{4}-\d{2}-\d{2})\)\s*/;
const URL = /^https?:\/\/[^\s<>"]+\.[^\s<>"]+$/i;
/** `55°45′21″N 37°37′04″E`, `55.7558°N 37.6173°E`; a decimal pair after a slash repeats it. */
const DMS = /^(\d{1,2}(?:\.\d+)?)°(?:\s?(\d{1,2})[′'](?:\s?(\d{1,2}(?:\.\d+)?)[″"])?)?\s?([NS])[,\s]\s*(\d{1,3}(?:\.\d+)?)°(?:\s?(\d{1,2})[′'](?:\s?(\d{1,2}(?:\.\d+)?)[″"])?)?\s?([EW])(?:\s*\/.*)?$/u;

type Reader = (text: string, context: ReadContext) => ScalarValue | null;

const degrees = (d: string, m?: string, s?: string) => Number(d) + Number(m ?? 0) / 60 + Number(s ?? 0) / 3600;
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The readers, in order: the first that reads the whole text wins. */
const READERS: readonly Reader[] = [
  (text) => {
    const b = BOOLEANS.get(fold(text));
    return b === undefined ? null : { type: 'boolean', boolean: b };
  },
  (text) => (URL.test(text) ? { type: 'url', url: text } : null),
  (text) => {
    const m = DMS.exec(text);
    if (!m) return null;
    const lat = degrees(m[1]!, m[2], m[3]) * (m[4] === 'S' ? -1 : 1);
    const lon = degrees(m[5]!, m[6], m[7]) * (m[8] === 'W' ? -1 : 1);
    return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { type: 'coordinates', lat: round(lat) + 0, lon: round(lon) + 0 } : null;
  },
  (text, { name }) => {
    const hidden = HIDDEN_ISO.exec(text);
    const shown = text.replace(HIDDEN_ISO, '').replace(AGE, '');
    const date = readDate(shown, namesDate(name));
    if (!date) return null;
    const value = dateValue(date);
    // The hidden key must say what is shown, else the rendering is not what we think it is.
    return hidden && value.type === 'date' && value.date !== hidden[1] ? null : value;
  },
  (text, { name }) => readDateRange(text, namesDate(name)),
  (text, { language }) => amountValue(text, language),
];

/** One line's value. */
export function readLine(line: string, context: ReadContext): ScalarValue | null {
  const text = line.replace(TRAILERS, '').replace(/\s+/gu, (space) => (space.length === 1 ? space : ' ')).trim();
  if (text === '') return null;
  for (const reader of READERS) {
    const value = reader(text, context);
    if (value) return value;
  }
  return null;
}

/** Items typed alike: a list's items must all be read, as one kind, to call it a list. */
export function listOf(items: readonly (ScalarValue | null)[]): TypedValue | null {
  if (items.length < 2 || items.some((item) => item === null)) return null;
  return { type: 'list', items: items as ScalarValue[] };
}

/** A field's displayed text (lines apart by newlines) → its value: one line's, or a list of every line's. */
export function readValue(text: string, context: ReadContext): TypedValue | null {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length === 0) return null;
  if (lines.length === 1) return readLine(lines[0]!, context);
  return listOf(lines.map((line) => readLine(line, context)));
}
