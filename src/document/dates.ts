/**
 * Dates as sources print them → ISO 8601 (`YYYY-MM-DD`), and the one table of month names
 * every format reads: infobox values (`parseDate`), references (`parseDateAt`) and the wikitext
 * date templates (`MONTH_NAMES`).
 */
import { fold } from './text.js';

/** The months in English, as the date templates print them and infobox dates spell them. */
export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Spanish month names, for the Cuban corpus's references. */
const SPANISH_MONTH_NAMES = [
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio',
  'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
] as const;

/** Month words (folded) → month number: English names and abbreviations (`jan`, `sept`), Spanish names. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_NAMES.flatMap((name, i): [string, number][] => [[name.toLowerCase(), i + 1], [fold(name.slice(0, 3)), i + 1]]),
  ['sept', 9],
  ...SPANISH_MONTH_NAMES.map((name, i): [string, number] => [name, i + 1]),
  ['setiembre', 9],
]);

/** `YYYY-MM-DD` for a day that exists, or null (`2019-02-30`, a month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Infobox values: the first full date anywhere in the value. Handles a hidden ISO prefix
// `(1869-02-26) 26 February 1869`, `26 February 1869`, `November 7th, 1917` and `November 7, 1917`.

const MONTH = `(${MONTH_NAMES.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{3,4})';

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)${DAY} ${MONTH},? ${YEAR}(?!\\d)`);
const MONTH_DAY_YEAR = new RegExp(`${MONTH} ${DAY},? ${YEAR}(?!\\d)`);

const monthNumber = (name: string): number => MONTHS.get(name.toLowerCase()) ?? 0;

/** The first full date in a value, as ISO 8601, or null. */
export function parseDate(value: string): string | null {
  const text = value.length > 500 ? value.slice(0, 500) : value;
  const isoMatch = ISO.exec(text);
  if (isoMatch) return isoDate(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (dmy && (!mdy || dmy.index <= mdy.index)) return isoDate(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  if (mdy) return isoDate(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  return null;
}

// ---------------------------------------------------------------------------------------------
// References: a date read at a position, in any of the ways references write one.

/** A date read at a position in a reference: the year, the ISO date when complete, where it ends. */
export interface ParsedDate {
  year: number | null;
  iso: string | null;
  end: number;
}

const DATE_PATTERNS: readonly { re: RegExp; y: number; m: number; d: number; monthName?: true }[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, y: 1, m: 2, d: 3 },
  { re: /(\d{4}),? (\p{L}{3,10})\.? (\d{1,2})(?!\d)/uy, y: 1, m: 2, d: 3, monthName: true },
  { re: /(\d{1,2}) (\p{L}{3,10})\.?,? (\d{4})(?!\d)/uy, y: 3, m: 2, d: 1, monthName: true },
  { re: /(\p{L}{3,10})\.? (\d{1,2}),? (\d{4})(?!\d)/uy, y: 3, m: 1, d: 2, monthName: true },
  { re: /(\p{L}{3,10})\.?,? (\d{4})(?!\d)/uy, y: 2, m: 1, d: 0, monthName: true },
  { re: /(?:c\.? ?|ca\. ?)?(\d{4})[a-z]?(?: ?[-–\/] ?\d{2,4})?(?![\d-])/y, y: 1, m: 0, d: 0 },
];

/** A date starting exactly at `at`; `iso` only when day, month and year are all known. */
export function parseDateAt(s: string, at: number): ParsedDate | null {
  for (const pattern of DATE_PATTERNS) {
    pattern.re.lastIndex = at;
    const m = pattern.re.exec(s);
    if (!m) continue;
    const year = Number(m[pattern.y]);
    if (!(year >= 1000 && year <= 2999)) continue;
    let month = 0;
    if (pattern.m > 0) {
      const raw = m[pattern.m] ?? '';
      month = pattern.monthName ? (MONTHS.get(fold(raw)) ?? 0) : Number(raw);
      if (!(month >= 1 && month <= 12)) continue;
    }
    const day = pattern.d > 0 ? Number(m[pattern.d]) : 0;
    const end = at + m[0].length;
    if (day === 0) return { year, iso: null, end };
    const iso = isoDate(year, month, day);
    if (iso === null) continue;
    return { year, iso, end };
  }
  return null;
}
