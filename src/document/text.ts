/**
 * Text helpers shared by the parser, the importer and the queries.
 */

/** Case- and diacritic-insensitive form of a string, for matching ("Pérez" → "perez"). */
export function fold(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes citation markers (`[1]`, `[4][5]`) and letter footnotes (`[a]`) from display text. */
export function stripMarkers(value: string): string {
  if (!value.includes('[')) return value;
  return value.replace(/\[(?:\d{1,4}|[a-z])\]/g, '');
}

/** The citation numbers of `[n]` markers in order of first appearance, without repeats. */
export function citationMarkers(value: string): number[] {
  if (!value.includes('[')) return [];
  const seen = new Set<number>();
  for (const match of value.matchAll(/\[(\d{1,4})\]/g)) {
    seen.add(Number(match[1]));
  }
  return [...seen];
}
