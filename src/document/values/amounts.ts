/**
 * Amounts: a number alone (`2,731,571`, `2.7 million`) or with a unit or currency (`630.21 km2`,
 * `US$ 1.2 billion`, `12%`), and a conversion after it in brackets only when it agrees
 * (`630 km2 (243 sq mi)`): the typed reading of number and quantity values.
 */
import { numberWords, readNumber } from './numbers.js';
import type { ScalarValue } from './schema.js';
import { CURRENCY_PREFIXES, UNITS, type Unit } from './units.js';

/** Currency signs longest first, so that `US$` is not read as a bare `$` (which is not one). */
const PREFIXES = [...CURRENCY_PREFIXES].sort((a, b) => b.length - a.length);

/** The digits and the marks a number is written with, then the rest. */
const NUMBERISH = /^([-−]?\d[\d.,'’\u0020\u00a0\u2009\u202f]*)(.*)$/su;

export interface Amount {
  number: number;
  unit: Unit | null;
}

/** An amount written whole, or null. */
export function readAmount(input: string, language: string): Amount | null {
  let text = input.trim();
  let currency: Unit | null = null;
  const prefix = PREFIXES.find((p) => text.startsWith(p));
  if (prefix) {
    currency = UNITS.get(prefix)!;
    text = text.slice(prefix.length).trimStart();
  }
  const m = NUMBERISH.exec(text);
  if (!m) return null;
  const numeral = m[1]!.trimEnd();
  let rest = m[2]!.trim();
  // A number ending in a mark (`5.`) is not read: readNumber refuses it.
  let number = readNumber(numeral, language);
  if (number === null) return null;
  const words = numberWords(language);
  const word = /^([\p{L}.]+)(?:\s+|$)/u.exec(rest);
  if (word && words[word[1]!.toLowerCase()] !== undefined) {
    number = Number((number * words[word[1]!.toLowerCase()]!).toPrecision(15));
    rest = rest.slice(word[0].length).trim();
  }
  let unit: Unit | null = null;
  if (rest !== '') {
    unit = UNITS.get(rest) ?? null;
    if (!unit) return null;
  }
  if (currency && unit && unit.code !== currency.code) return null;
  return { number, unit: currency ?? unit };
}

/** Within 2 % of each other: a conversion in brackets that agrees with the value before it. */
const agrees = (a: Amount, b: Amount): boolean =>
  a.unit !== null && b.unit !== null && a.unit.base === b.unit.base && Math.abs(a.number * a.unit.factor - b.number * b.unit.factor) <= 0.02 * Math.abs(a.number * a.unit.factor);

/** A number or quantity value: an amount, optionally followed by its conversion in brackets. */
export function amountValue(input: string, language: string): ScalarValue | null {
  const text = input.trim();
  const converted = /^(.+?)\s*\(([^()]+)\)$/su.exec(text);
  const amount = converted ? readAmount(converted[1]!, language) : readAmount(text, language);
  if (!amount) return null;
  if (converted) {
    const other = readAmount(converted[2]!, language);
    if (!other || !agrees(amount, other)) return null;
  }
  return amount.unit ? { type: 'quantity', number: amount.number, unit: amount.unit.code } : { type: 'number', number: amount.number };
}
