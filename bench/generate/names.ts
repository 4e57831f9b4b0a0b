/**
 * Invented dates, place names and person names, drawn from the word lists.
 */
import type { Random } from './random.js';
import { pad2 } from './text.js';
import { FAMILY, GIVEN, MONTHS, PLACE_END, PLACE_MID, PLACE_START } from './words.js';

export function date(rng: Random, year: number): { iso: string; long: string; american: string } {
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const month = MONTHS[m - 1] as string;
  const suffix = d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
  return {
    iso: `${year}-${pad2(m)}-${pad2(d)}`,
    long: `${d} ${month} ${year}`,
    american: `${month} ${d}${suffix}, ${year}`,
  };
}

export function makePlace(rng: Random): string {
  const start = rng.pick(PLACE_START);
  const mid = rng.chance(0.65) ? rng.pick(PLACE_MID) : '';
  return start + mid + rng.pick(PLACE_END);
}

export function makePerson(rng: Random): string {
  const given = rng.pick(GIVEN);
  if (rng.chance(0.12)) return `${given} ${String.fromCharCode(65 + rng.int(0, 25))}. ${rng.pick(FAMILY)}`;
  return `${given} ${rng.pick(FAMILY)}`;
}
