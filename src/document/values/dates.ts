/**
 * Dates and ranges of dates as infoboxes write them → ISO 8601 with astronomical years and a
 * precision: `22 April 1870`, `c. 1850`, `fl. 1200s`, `44 BC`, `13th century`, `1917–1922`.
 * A bare year is a date only where the field's name says it holds one (DATE_WORDS).
 */
import { isoDate, MONTHS } from '../dates.js';
import { fold } from '../text.js';
import type { DatePoint, DatePrecision, ScalarValue } from './schema.js';
import { CIRCA, DATE_STEMS, DATE_WORDS, ERAS, FLORUIT, MONTH_WORDS, OPEN_END } from './vocabulary.js';

/** A date as read: its astronomical year, month and day (0 when not given), precision and qualifier. */
export interface ReadDate {
  year: number;
  month: number;
  day: number;
  precision: DatePrecision;
  qualifier?: 'circa' | 'floruit';
  /** The era was written (`BC`, `AD`): a bare number is then certainly a year. */
  era: boolean;
}

const monthOf = (word: string): number => MONTHS.get(fold(word.replace(/\.$/, ''))) ?? MONTH_WORDS.get(fold(word.replace(/\.$/, ''))) ?? 0;

/** Does the field's name (a parameter's name or a label) say it holds a date? */
export function namesDate(name: string): boolean {
  const lower = name.toLowerCase();
  if (DATE_STEMS.some((stem) => lower.includes(stem))) return true;
  return lower.split(/[^\p{L}]+/u).some((word) => DATE_WORDS.has(word));
}

type Shape = { re: RegExp; read: (m: RegExpExecArray) => Omit<ReadDate, 'era' | 'qualifier'> | null };

const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
/** The single-date shapes, tried in order on the text without its qualifier and era. */
const SHAPES: readonly Shape[] = [
  { re: /^(\d{4})-(\d{2})-(\d{2})$/, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: new RegExp(`^${DAY}\\s(\\p{L}+\\.?),?\\s(\\d{1,4})$`, 'u'), read: (m) => day(Number(m[3]), monthOf(m[2]!), Number(m[1])) },
  { re: new RegExp(`^(\\p{L}+\\.?)\\s${DAY},?\\s(\\d{1,4})$`, 'u'), read: (m) => day(Number(m[3]), monthOf(m[1]!), Number(m[2])) },
  { re: /^(\p{L}+\.?),?\s(\d{1,4})$/u, read: (m) => (monthOf(m[1]!) ? { year: Number(m[2]), month: monthOf(m[1]!), day: 0, precision: 'month' } : null) },
  { re: /^(\d{1,4})$/, read: (m) => ({ year: Number(m[1]), month: 0, day: 0, precision: 'year' }) },
  // `1920s` is a decade; `1200s` a century, but `1900s` and `2000s` are written for both.
  { re: /^(?:the\s)?(\d{1,3})0s$/, read: (m) => tens(Number(m[1]) * 10) },
  { re: /^(\d{1,2})(?:st|nd|rd|th)[\s-]century$/i, read: (m) => (Number(m[1]) >= 1 ? { year: (Number(m[1]) - 1) * 100 + 1, month: 0, day: 0, precision: 'century' } : null) },
];

function tens(year: number): Omit<ReadDate, 'era' | 'qualifier'> | null {
  if (year % 100 !== 0) return { year, month: 0, day: 0, precision: 'decade' };
  return year < 1900 ? { year, month: 0, day: 0, precision: 'century' } : null;
}

/** Does the day exist? Checked in a year of the same place in the 400-year cycle (Date reads years below 100 as 19xx). */
const dayExists = (year: number, month: number, d: number): boolean => isoDate(2000 + (((year % 400) + 400) % 400), month, d) !== null;

function day(year: number, month: number, d: number): Omit<ReadDate, 'era' | 'qualifier'> | null {
  return month && dayExists(year, month, d) ? { year, month, day: d, precision: 'day' } : null;
}

/** One date, whole: its qualifier (`c.`, `fl.`), its shape and its era; null when any of it is unread. */
export function readDate(input: string, hinted: boolean): ReadDate | null {
  let text = input.trim();
  let qualifier: ReadDate['qualifier'];
  const circa = CIRCA.exec(text);
  const floruit = FLORUIT.exec(text);
  if (circa) [qualifier, text] = ['circa', text.slice(circa[0].length)];
  else if (floruit) [qualifier, text] = ['floruit', text.slice(floruit[0].length)];
  let bce = false;
  let era = false;
  for (const { re, bc } of ERAS) {
    const m = re.exec(text);
    if (!m) continue;
    [bce, era, text] = [bc, true, (text.slice(0, m.index) + text.slice(m.index + m[0].length)).trim()];
    break;
  }
  for (const shape of SHAPES) {
    const m = shape.re.exec(text);
    if (!m) continue;
    const read = shape.read(m);
    if (!read || read.year < 1 || read.year > 9999) return null;
    // A number alone, or with a month, is a year only when something says so; four digits a year otherwise.
    const bareYear = read.precision === 'year' || (read.precision === 'month' && read.year < 1000) || (read.precision === 'day' && read.year < 100);
    if (bareYear && !era && !qualifier && !hinted) return null;
    if (read.precision === 'century' && bce) read.year = read.year + 99; // 5th century BC begins in 500 BC
    if (bce && read.precision === 'decade') read.year += 9;
    const year = bce ? 1 - read.year : read.year;
    return { ...read, year, era, ...(qualifier ? { qualifier } : {}) };
  }
  return null;
}

/** The ISO 8601 form of a date read (astronomical year, four digits and a sign when negative). */
export function isoOf({ year, month, day, precision }: Pick<ReadDate, 'year' | 'month' | 'day' | 'precision'>): string {
  const y = `${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`;
  if (precision !== 'day' && precision !== 'month') return y;
  const m = `${y}-${String(month).padStart(2, '0')}`;
  return precision === 'month' ? m : `${m}-${String(day).padStart(2, '0')}`;
}

const point = (date: ReadDate): DatePoint => ({ date: isoOf(date), precision: date.precision });

/** A sortable key of a date: year × 10000 + month × 100 + day, a missing month or day read as 1 (its period's start). */
export const dateKey = (year: number, month = 0, day = 0): number => year * 10000 + (month || 1) * 100 + (day || 1);

/** The key of an ISO date as `isoOf` writes it (or a query's `1920-01-01`), null when it is not one. */
export function keyOfIso(iso: string): number | null {
  const m = /^(-?)(\d{1,4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return null;
  const [year, month, d] = [Number(m[2]) * (m[1] ? -1 : 1), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  if (month > 12 || (d && !dayExists(year, month, d))) return null;
  return dateKey(year, month, d);
}

const RANGE = /^(.+?)\s?[–—]\s?(.+)$|^(\d{3,4})\s?-\s?(\d{2,4}|present)$|^(.+?)\s(?:to|until|bis)\s(.+)$/u;

/** `1917–1922`, `1914–18`, `March 1917 – November 1918`, `500–400 BC`, `1998–present`; the start before the end. */
export function readDateRange(text: string, hinted: boolean): ScalarValue | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const [left, right] = [(m[1] ?? m[3] ?? m[5])!.trim(), (m[2] ?? m[4] ?? m[6])!.trim()];
  if (OPEN_END.has(fold(right))) {
    const from = readDate(left, hinted);
    return from && !from.qualifier ? { type: 'daterange', from: point(from), to: null } : null;
  }
  // An era written once at the end is the start's too (`500–400 BC`); `1914–18`: the end's century is the start's.
  const era = ERAS.find(({ re }) => re.test(right));
  const start = era && !ERAS.some(({ re }) => re.test(left)) ? `${left} ${era.canonical}` : left;
  const end = /^\d{2}$/.test(right) && /^\d{4}$/.test(left) ? left.slice(0, 2) + right : right;
  let [from, to] = [readDate(start, hinted), readDate(end, hinted)];
  // One side plainly a date (a month, an era) says the other's bare year is one too.
  const plain = (d: ReadDate | null) => d !== null && (d.precision !== 'year' || d.era);
  if (!from && plain(to)) from = readDate(start, true);
  if (!to && plain(from)) to = readDate(end, true);
  if (!to) return null;
  if (!from || from.qualifier || to.qualifier) return null;
  if (dateKey(from.year, from.month, from.day) >= dateKey(to.year, to.month, to.day)) return null;
  return { type: 'daterange', from: point(from), to: point(to) };
}

/** A single date as a typed value. */
export function dateValue(date: ReadDate): ScalarValue {
  return { type: 'date', ...point(date), ...(date.qualifier ? { qualifier: date.qualifier } : {}) };
}
