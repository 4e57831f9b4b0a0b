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

/**
 * Removes citation markers (`[1]`, `[4][5]`) and letter footnotes (`[a]`) from display text. A
 * marker whose number has no reference (`isReference` false) is not a citation: it stays as written.
 */
export function stripMarkers(value: string, isReference?: (n: number) => boolean): string {
  if (!value.includes('[')) return value;
  return value.replace(/\[(?:(\d{1,4})|[a-z])\]/g, (marker, n: string | undefined) =>
    n !== undefined && isReference && !isReference(Number(n)) ? marker : '',
  );
}

/** The citation numbers of `[n]` markers in order of first appearance, without repeats (only references' numbers, given `isReference`). */
export function citationMarkers(value: string, isReference?: (n: number) => boolean): number[] {
  if (!value.includes('[')) return [];
  const seen = new Set<number>();
  for (const match of value.matchAll(/\[(\d{1,4})\]/g)) {
    const n = Number(match[1]);
    if (!isReference || isReference(n)) seen.add(n);
  }
  return [...seen];
}
