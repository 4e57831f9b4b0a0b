/**
 * Small text helpers of the generator: folding for unique keys, slugs for file names, number and
 * case formatting, and a transliteration into Cyrillic for infobox native names.
 */

export function fold(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function slugify(value: string): string {
  const slug = fold(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'document' : slug;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function fmtNum(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += ',';
    out += s[i];
  }
  return out;
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const SMALL_WORDS = new Set(['of', 'in', 'the', 'for', 'on', 'to', 'a']);
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : cap(w)))
    .join(' ');
}

const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л',
  m: 'м', n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс',
  y: 'ы', z: 'з',
};
export function toCyrillic(value: string): string {
  let out = '';
  for (const ch of value.normalize('NFKD').replace(/\p{M}+/gu, '')) {
    const lower = ch.toLowerCase();
    const mapped = CYRILLIC[lower];
    if (mapped === undefined) out += ch;
    else out += lower === ch ? mapped : mapped.toUpperCase();
  }
  return out;
}
