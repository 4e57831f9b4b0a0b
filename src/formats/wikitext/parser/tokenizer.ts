/**
 * The tokenizer: the lexical questions the builder asks of the text — where the next character
 * that may be markup is, how long a run of one character is, where a comment or an extension
 * tag ends — each answered by a forward scan, with the caches MediaWiki's preprocessor keeps so
 * that no position is scanned again and again (an unclosed `<ref>` or a `<` without `>`).
 * Every character a scan passes is counted in `steps`, which the linear-time test reads.
 */
import { EXTENSION_TAGS, IGNORED_ELEMENTS, IGNORED_TAGS, MAY_RUN_TO_END } from './config.js';

export interface ParseStats {
  /** Characters scanned and tokens handled: grows linearly with the input, whatever its shape. */
  steps: number;
}

/** An extension tag, an ignored tag or element found at a `<`. */
export interface TagToken {
  kind: 'extension' | 'ignored';
  /** The name in lower case. */
  name: string;
  end: number;
  /** The attributes' range (after the name, before `>` or `/>`). */
  attributesStart: number;
  attributesEnd: number;
  /** The content's range; null for `<x/>`. */
  inner: { start: number; end: number } | null;
}

const TAG_NAMES = [...EXTENSION_TAGS.keys(), ...IGNORED_ELEMENTS, ...[...IGNORED_TAGS].flatMap((tag) => [tag, `/${tag}`])];
/** A tag's name right after `<`, followed by whitespace, `/>` or `>`: MediaWiki's element rule. */
const TAG_NAME = new RegExp(`(${TAG_NAMES.join('|')})(?=\\s|/>|>)`, 'iy');

const searchCache = new Map<string, RegExp>();

/** A global regex finding any of the characters (escaped for a character class). */
function searchFor(chars: string): RegExp {
  let found = searchCache.get(chars);
  if (!found) {
    found = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
    searchCache.set(chars, found);
  }
  return found;
}

export class Tokenizer {
  private noMoreGT = false;
  private readonly noClosingTag = new Set<string>();
  /** The last closing tag found of each name: the answer again for any search that starts before it. */
  private readonly closingFound = new Map<string, { start: number; end: number }>();

  constructor(
    readonly text: string,
    readonly stats: ParseStats,
  ) {}

  /** The position of the next of `chars` at or after `from`; the text's length if none. */
  next(chars: string, from: number): number {
    const search = searchFor(chars);
    search.lastIndex = from;
    const found = search.exec(this.text);
    const at = found === null ? this.text.length : found.index;
    this.stats.steps += at - from + 1;
    return at;
  }

  /** How many times `char` repeats from `at` (at most `max`). */
  run(at: number, char: string, max = Infinity): number {
    let n = 0;
    while (n < max && this.text[at + n] === char) n++;
    this.stats.steps += n + 1;
    return n;
  }

  /** The end of the comment opening at `at` (`<!--`): past its `-->`, or the text's end when unclosed. */
  commentEnd(at: number): number {
    const close = this.text.indexOf('-->', at + 4);
    const end = close === -1 ? this.text.length : close + 3;
    this.stats.steps += end - at;
    return end;
  }

  /** The extension tag or ignored tag at `at` (a `<`), or null when `<` is text there. */
  tag(at: number): TagToken | null {
    const { text } = this;
    TAG_NAME.lastIndex = at + 1;
    const match = TAG_NAME.exec(text);
    this.stats.steps += 1;
    if (!match || this.noMoreGT) return null;
    const written = match[1]!;
    const name = written.toLowerCase();
    const attributesStart = at + 1 + written.length;
    const gt = text.indexOf('>', attributesStart);
    this.stats.steps += (gt === -1 ? text.length : gt) - attributesStart;
    if (gt === -1) {
      // No `>` anywhere further on: no tag can close, so none is looked for again.
      this.noMoreGT = true;
      return null;
    }
    const tagEnd = gt + 1;
    if (name.startsWith('/') || IGNORED_TAGS.has(name)) return { kind: 'ignored', name, end: tagEnd, attributesStart, attributesEnd: gt, inner: null };
    const kind = IGNORED_ELEMENTS.has(name) ? 'ignored' : 'extension';
    if (text[gt - 1] === '/') return { kind, name, end: tagEnd, attributesStart, attributesEnd: gt - 1, inner: null };
    const close = this.closingTag(name, tagEnd);
    if (close === null) {
      // MediaWiki: the transclusion tags may run to the end; any other unclosed tag is text.
      if (!MAY_RUN_TO_END.has(name)) return null;
      return { kind, name, end: text.length, attributesStart, attributesEnd: gt, inner: { start: tagEnd, end: text.length } };
    }
    return { kind, name, end: close.end, attributesStart, attributesEnd: gt, inner: { start: tagEnd, end: close.start } };
  }

  /** `</name>` (any case, spaces before `>`) at or after `from`; a miss is remembered, as MediaWiki does. */
  private closingTag(name: string, from: number): { start: number; end: number } | null {
    if (this.noClosingTag.has(name)) return null;
    const known = this.closingFound.get(name);
    if (known !== undefined && known.start >= from) return known;
    const closing = new RegExp(`</${name}\\s*>`, 'gi');
    closing.lastIndex = from;
    const found = closing.exec(this.text);
    this.stats.steps += (found === null ? this.text.length : found.index) - from;
    if (found === null) {
      this.noClosingTag.add(name);
      return null;
    }
    const close = { start: found.index, end: found.index + found[0].length };
    this.closingFound.set(name, close);
    return close;
  }
}
