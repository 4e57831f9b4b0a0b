/**
 * Footnotes as Cite numbers and labels them: each group apart (`a`, `iv`, `note 3`), and the
 * short footnotes `{{sfn}}` prints ("Smith & Jones 2005, p. 12.").
 */
import type { Reference, Section } from '../../document/types.js';
import { GROUP_NUMERALS } from './vocabulary.js';

/** The label Cite prints for the `number`th note of a group: `a`, `iv`, `note 3`; the number itself in the default group. */
export function groupLabel(group: string | null, number: number): string {
  if (group === null) return String(number);
  const numerals = GROUP_NUMERALS[group];
  if (numerals === 'roman' || numerals === 'ROMAN') {
    let rest = number;
    let roman = '';
    for (const [value, letters] of [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']] as const) {
      for (; rest >= value; rest -= value) roman += letters;
    }
    return numerals === 'ROMAN' ? roman.toUpperCase() : roman;
  }
  if (numerals) {
    // a … z, then aa, ab, … as Cite continues.
    const digits = [...numerals];
    let label = '';
    for (let rest = number; rest > 0; rest = Math.floor((rest - 1) / digits.length)) label = digits[(rest - 1) % digits.length] + label;
    return label;
  }
  return `${group} ${number}`;
}

/**
 * Numbers each group apart, as Cite does: the default group's references keep 1…k in order of
 * first use; the other groups' follow (k+1…), group by group in order of first use, each with its
 * `label` (`a`, `note 1`). The numbers the blocks and uses cite follow.
 */
export function numberByGroup(references: Reference[], sections: Section[], uses: { n: number }[]): void {
  if (references.every((r) => r.group === undefined)) return;
  const groups = [...new Set(references.map((r) => r.group ?? null))].sort((a, b) => (a === null ? -1 : b === null ? 1 : 0));
  const renumbered = new Map<number, number>();
  let n = 0;
  for (const group of groups) {
    let number = 0;
    for (const reference of references.filter((r) => (r.group ?? null) === group)) {
      renumbered.set(reference.n, ++n);
      reference.label = groupLabel(group, ++number);
    }
  }
  for (const reference of references) reference.n = renumbered.get(reference.n)!;
  references.sort((a, b) => a.n - b.n);
  for (const use of uses) use.n = renumbered.get(use.n) ?? use.n;
  for (const section of sections) for (const block of section.blocks) block.citations = block.citations.map((cited) => renumbered.get(cited) ?? cited);
}

/**
 * `{{sfn|Smith|Jones|2005|p=12}}` → "Smith & Jones 2005, p. 12." (`sfnp`: "Smith & Jones (2005), p. 12."),
 * with its surnames, year and pages; null without an author.
 */
export function shortFootnote(
  positional: string[],
  /** A named parameter's displayed value, '' when absent. */
  value: (name: string) => string,
  form: 'plain' | 'parenthesised',
): { text: string; authors: string[]; year: number | null; pages: string | null } | null {
  const values = positional.filter((value) => value !== '');
  let yearAt = values.length - 1;
  while (yearAt >= 0 && !/^(?:c\.\s*)?\d{3,4}[a-z]?$|^n\.d\.$/i.test(values[yearAt]!)) yearAt--;
  const authors = yearAt === -1 ? values : values.slice(0, yearAt);
  if (authors.length === 0) return null;
  const year = yearAt === -1 ? '' : values[yearAt]!;
  const by = authors.length >= 4 ? `${authors[0]} et al.` : authors.length === 1 ? authors[0]! : `${authors.slice(0, -1).join(', ')} & ${authors.at(-1)}`;
  const [page, pages] = [value('p'), value('pp')];
  const where = page ? `p. ${page}` : pages ? `pp. ${pages}` : value('loc');
  const head = year === '' ? by : form === 'parenthesised' ? `${by} (${year})` : `${by} ${year}`;
  const digits = /\d{3,4}/.exec(year);
  return { text: `${head}${where ? `, ${where}` : ''}.`, authors, year: digits ? Number(digits[0]) : null, pages: page || pages || null };
}

