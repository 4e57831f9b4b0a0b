/**
 * Dates as printed in infobox values → ISO 8601 (`YYYY-MM-DD`).
 * Handles a hidden ISO prefix `(1869-02-26) 26 February 1869`, `26 February 1869`,
 * `November 7th, 1917` and `November 7, 1917`.
 */
const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const MONTH = `(${MONTHS.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{3,4})';

const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(`(?<!\\d)${DAY} ${MONTH},? ${YEAR}(?!\\d)`);
const MONTH_DAY_YEAR = new RegExp(`${MONTH} ${DAY},? ${YEAR}(?!\\d)`);

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase()) + 1;

/** The first full date in a value, as ISO 8601, or null. */
export function parseDate(value: string): string | null {
  const text = value.length > 500 ? value.slice(0, 500) : value;
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (dmy && (!mdy || dmy.index <= mdy.index)) return iso(Number(dmy[3]), monthNumber(dmy[2]!), Number(dmy[1]));
  if (mdy) return iso(Number(mdy[3]), monthNumber(mdy[1]!), Number(mdy[2]));
  return null;
}
