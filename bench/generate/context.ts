/**
 * What the parts of a document body share: lines as text and citation slots, the per-document
 * context, and the small draws (a person, a place, a year, an organisation) sentences are made of.
 */
import type { Plan } from './plans.js';
import type { Random } from './random.js';
import { makePerson, makePlace } from './names.js';
import { ORG_KINDS } from './words.js';

/** A group of citation markers, e.g. `[4][5]`; filled in after the whole document is laid out. */
export interface Slot {
  size: number;
  refs: number[];
}
type Segment = string | Slot;
/** One output line, as text and citation slots. */
export type Line = Segment[];

export interface Ctx {
  rng: Random;
  plan: Plan;
  persons: string[];
  slots: Slot[];
  /** Of the subject of a person article. */
  nationality: string;
  party: string;
  /** Around which the years in the text fall. */
  baseYear: number;
}

/** Two different items joined by `sep`. */
export function two(rng: Random, items: readonly string[], sep: string): string {
  const i = Math.floor(rng.next() * items.length);
  const j = (i + 1 + Math.floor(rng.next() * (items.length - 1))) % items.length;
  return (items[i] as string) + sep + (items[j] as string);
}

export function person(c: Ctx): string {
  return c.rng.chance(0.6) ? c.rng.pick(c.persons) : makePerson(c.rng);
}
export function place(c: Ctx): string {
  return c.rng.chance(0.4) ? c.plan.place : makePlace(c.rng);
}
export function year(c: Ctx, lo = -10, hi = 25): number {
  return c.baseYear + c.rng.int(lo, hi);
}
export function org(c: Ctx): string {
  return `the ${c.rng.pick(ORG_KINDS)} of ${place(c)}`;
}

export interface Block {
  lines: Line[];
}

export function slot(c: Ctx, size: number): Slot {
  const s: Slot = { size, refs: [] };
  c.slots.push(s);
  return s;
}

export function renderLine(line: Line): string {
  let out = '';
  for (const seg of line) {
    if (typeof seg === 'string') out += seg;
    else for (const ref of seg.refs) out += `[${ref}]`;
  }
  return out;
}
