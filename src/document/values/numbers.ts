/**
 * Numbers as a site's language writes them: its decimal and grouping separators and its number
 * words (`2.7 million`, `2,7 Mio.`), read only when the reading is certain.
 */

interface Separators {
  decimal: ',' | '.';
  /** Grouping marks besides the spaces every language allows (ordinary, no-break, thin, narrow no-break). */
  grouping: readonly string[];
}

const POINT: Separators = { decimal: '.', grouping: [','] };
const COMMA: Separators = { decimal: ',', grouping: ['.'] };
const COMMA_SPACED: Separators = { decimal: ',', grouping: [] };
const SWISS: Separators = { decimal: '.', grouping: ["'", '’'] };

/** Language → separators, as the wiki in that language prints numbers; unknown languages read as English. */
export const SEPARATORS: Readonly<Record<string, Separators>> = {
  en: POINT, ja: POINT, zh: POINT, ko: POINT, he: POINT, th: POINT, hi: POINT,
  de: COMMA, nl: COMMA, it: COMMA, es: COMMA, pt: COMMA, da: COMMA, id: COMMA, tr: COMMA, ro: COMMA, el: COMMA,
  fr: COMMA_SPACED, ru: COMMA_SPACED, pl: COMMA_SPACED, sv: COMMA_SPACED, no: COMMA_SPACED, nn: COMMA_SPACED,
  nb: COMMA_SPACED, fi: COMMA_SPACED, cs: COMMA_SPACED, uk: COMMA_SPACED, af: COMMA_SPACED, hu: COMMA_SPACED,
  'de-ch': SWISS, als: SWISS,
};

/** Number words (compared lower case) → their multiplier, per language; English's are read on every wiki. */
export const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  en: { thousand: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 },
  de: { tsd: 1e3, 'tsd.': 1e3, tausend: 1e3, mio: 1e6, 'mio.': 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, 'mrd.': 1e9, milliarde: 1e9, milliarden: 1e9, billion: 1e12, billionen: 1e12 },
  fr: { mille: 1e3, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, 'md': 1e9, billion: 1e12 },
  es: { mil: 1e3, millón: 1e6, millones: 1e6, 'mill.': 1e6, 'millardo': 1e9, millardos: 1e9, billón: 1e12 },
  it: { mila: 1e3, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9 },
  pt: { mil: 1e3, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, 'mil milhões': 1e9 },
  nl: { duizend: 1e3, miljoen: 1e6, miljard: 1e9, 'mln.': 1e6, 'mld.': 1e9 },
  ru: { 'тыс.': 1e3, тысяч: 1e3, 'млн': 1e6, 'млн.': 1e6, миллион: 1e6, миллиона: 1e6, миллионов: 1e6, 'млрд': 1e9, 'млрд.': 1e9 },
  pl: { 'tys.': 1e3, 'mln': 1e6, 'mln.': 1e6, milion: 1e6, miliony: 1e6, milionów: 1e6, 'mld': 1e9, 'mld.': 1e9, miliard: 1e9 },
  sv: { miljon: 1e6, miljoner: 1e6, 'milj.': 1e6, miljard: 1e9, miljarder: 1e9, 'mdr': 1e9 },
  no: { million: 1e6, millioner: 1e6, 'mill.': 1e6, milliard: 1e9, milliarder: 1e9, 'mrd.': 1e9 },
};

/** The words read on a wiki in `language`: English's, and its own over them. */
export function numberWords(language: string): Readonly<Record<string, number>> {
  const own = NUMBER_WORDS[language.split('-')[0]!];
  return own ? { ...NUMBER_WORDS.en, ...own } : NUMBER_WORDS.en!;
}

export const separatorsOf = (language: string): Separators => SEPARATORS[language] ?? SEPARATORS[language.split('-')[0]!] ?? POINT;

const SPACES = /[\u0020\u00a0\u2009\u202f]/g;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Patterns a language, made once: a whole number with its grouping, or a decimal. */
const PATTERNS = new Map<string, RegExp>();

function patternOf(language: string): RegExp {
  let pattern = PATTERNS.get(language);
  if (pattern) return pattern;
  const { decimal, grouping } = separatorsOf(language);
  const marks = ['\u0020\u00a0\u2009\u202f', ...grouping.map(escape)].join('');
  // Groups of exactly three after one to three digits, all with the same mark (group 3, after sign and whole); or plain digits.
  const grouped = `\\d{1,3}(?:([${marks}])\\d{3})?(?:\\3\\d{3})*`;
  // No `+`: `+7` in an infobox is a calling code or a change, not an amount.
  pattern = new RegExp(`^([-−]?)(${grouped}|\\d+)(?:${escape(decimal)}(\\d+))?$`);
  PATTERNS.set(language, pattern);
  return pattern;
}

/**
 * A number written alone (`2,731,571`, `1 234 567`, `-3.5`), read with the language's separators;
 * null when it is not one for certain: `1,23` (a broken group), `1.234` on a wiki whose grouping
 * mark is not `.` is 1.234, on a German one 1234.
 */
export function readNumber(text: string, language: string): number | null {
  const match = patternOf(language).exec(text.trim());
  if (!match) return null;
  const [, sign, whole, , fraction] = match;
  const digits = whole!.replace(SPACES, '').replace(/[^\d]/g, '');
  const value = Number(`${digits}${fraction !== undefined ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return null;
  return sign === '-' || sign === '−' ? -value : value;
}

/** `2.7 million`, `2,7 Mio.`, `1.2bn`: a number and a number word of the language, else the number alone. */
export function readScaledNumber(text: string, language: string): number | null {
  const trimmed = text.trim();
  const plain = readNumber(trimmed, language);
  if (plain !== null) return plain;
  const match = /^(.*?\d)\s?([\p{L}.]+(?: [\p{L}.]+)?)$/u.exec(trimmed);
  if (!match) return null;
  const multiplier = numberWords(language)[match[2]!.toLowerCase()];
  const number = multiplier === undefined ? null : readNumber(match[1]!, language);
  // Rounded to the digits written, so that 2.7 million is 2700000, not 2700000.0000000005.
  return number === null ? null : Number((number * multiplier!).toPrecision(15));
}
