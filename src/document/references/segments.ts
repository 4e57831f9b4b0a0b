/** Scanning a reference's text: its segments (parts ended by a full stop), quotes, parentheses and trailing punctuation. */
import { fold } from '../text.js';
import { ABBREVIATIONS, DOUBLE_QUOTES, LOWERCASE_SEGMENT_STARTS, SINGLE_QUOTES } from './vocabulary.js';

export function unwrapParens(s: string): string | null {
  if (!s.startsWith('(') || !s.endsWith(')')) return null;
  return matchingOpenParen(s) === 0 ? s.slice(1, -1) : null;
}

/** Index of the `(` that the final `)` closes, or -1. */
export function matchingOpenParen(s: string): number {
  let depth = 0;
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const c = s[i];
    if (c === ')') depth += 1;
    else if (c === '(' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Splits at full stops that end a part (`Title. Place: Publisher.`), not at initials (`R. W.`),
 * abbreviations (`Vol. 2`, `P. Fernández y Cía.`) or inside parentheses. Drops empty parts.
 */
export function splitSegments(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < s.length; i += 1) {
    const c = s[i];
    if (c === '(' || c === '[') depth += 1;
    else if ((c === ')' || c === ']') && depth > 0) depth -= 1;
    else if (c === '.' && depth === 0 && s[i + 1] === ' ' && endsPart(s, i)) {
      pushSegment(out, s.slice(start, i));
      start = i + 2;
    }
  }
  pushSegment(out, s.slice(start));
  return out;
}

function pushSegment(out: string[], segment: string): void {
  const s = segment.trim();
  if (s !== '' && !/^[\p{P}\s]*$/u.test(s)) out.push(s);
}

function endsPart(s: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && !' ("\u201c'.includes(s[from - 1] ?? ' ')) from -= 1;
  const word = s.slice(from, dot);
  if (/^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) return false; // R. / U.S.
  if (/\p{L}$/u.test(word) && ABBREVIATIONS.has(/^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : fold(word))) {
    return false;
  }
  const next = s[dot + 2] ?? '';
  if (/\p{Ll}/u.test(next)) {
    const nextWord = /^\p{L}{1,10}/u.exec(s.slice(dot + 2, dot + 13))?.[0] ?? '';
    return LOWERCASE_SEGMENT_STARTS.has(nextWord);
  }
  return true;
}

/** Removes a final full stop (not after an initial or `U.S.`), comma, semicolon or colon. */
export function trimEnd(raw: string): string {
  let s = dropTrailing(raw, ',;: ').trimStart();
  if (s.endsWith('.') && !/(?:^|[\s.])\p{L}\.$/u.test(s)) s = s.slice(0, -1).trimEnd();
  return s;
}

/** Drops trailing characters found in `chars` (a loop: an unanchored `[…]+$` regex is quadratic). */
export function dropTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1] ?? '')) end -= 1;
  return s.slice(0, end);
}

export function hasDoubleQuote(s: string): boolean {
  return /["\u201c\u201d\u201e\u00ab]/.test(s);
}

export function firstDoubleQuote(s: string): number {
  return s.search(/["\u201c\u201e\u00ab]/);
}

export function readDoubleQuoted(s: string, at: number): { content: string; end: number } | null {
  const closers = DOUBLE_QUOTES.get(s[at] ?? '');
  if (closers === undefined) return null;
  for (let i = at + 1; i < s.length; i += 1) {
    if (closers.includes(s[i] ?? '')) return { content: s.slice(at + 1, i), end: i + 1 };
  }
  return null;
}

/**
 * The first `'Chapter'` in the first segment: an opening single quote at the start or after a
 * space, colon or parenthesis, closed by a quote not followed by a letter (so `Khan's` and
 * `Workers'` are apostrophes). Only the first opener is tried, which keeps this linear.
 */
export function findChapterQuote(s: string): { start: number; end: number; content: string } | null {
  const open = /(?:^|[ :(])(['\u2018])(?=\S)/.exec(s);
  if (!open) return null;
  const start = open.index + open[0].length - 1;
  if (splitSegments(s.slice(0, start)).length > 1) return null;
  const closers = SINGLE_QUOTES.get(open[1] ?? '') ?? '';
  const limit = Math.min(s.length, start + 300);
  for (let i = start + 2; i < limit; i += 1) {
    const c = s[i] ?? '';
    if (c === '"' || c === '\u201c') return null;
    if (closers.includes(c) && s[i - 1] !== ' ' && !/[\p{L}\p{N}]/u.test(s[i + 1] ?? '')) {
      return { start, end: i + 1, content: s.slice(start + 1, i) };
    }
  }
  return null;
}
