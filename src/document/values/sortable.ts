/**
 * A typed value as one comparable number and its kind, for queries across articles: a number as
 * it is (kind `number`), a quantity in its dimension's base unit (kind: that unit, `m2`, `USD`),
 * a date or a range's start as a date key (kind `date`); other values are not compared.
 */
import { keyOfIso } from './dates.js';
import type { TypedValue } from './schema.js';
import { UNIT_CODES } from './units.js';

export interface Sortable {
  /** `number`, `date`, or a quantity's base unit. */
  kind: string;
  value: number;
}

export const NUMBER_KIND = 'number';
export const DATE_KIND = 'date';

/** A value's kind and comparable number, or null for what is not compared (booleans, URLs, coordinates, lists). */
export function sortableOf(value: TypedValue | null | undefined): Sortable | null {
  switch (value?.type) {
    case 'number':
      return { kind: NUMBER_KIND, value: value.number };
    case 'quantity': {
      const unit = UNIT_CODES.get(value.unit);
      // Rounded to 12 significant digits, so that 1 km2 is 1000000 m2 and not 999999.9999999999.
      return unit ? { kind: unit.base, value: Number((value.number * unit.factor).toPrecision(12)) } : null;
    }
    case 'date': {
      const key = keyOfIso(value.date);
      return key === null ? null : { kind: DATE_KIND, value: key };
    }
    case 'daterange': {
      const key = keyOfIso(value.from.date);
      return key === null ? null : { kind: DATE_KIND, value: key };
    }
    default:
      return null;
  }
}
