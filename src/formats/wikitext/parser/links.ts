/**
 * A closed `[[…]]` group → a link, a file, a category, or nothing (text), by MediaWiki's rules
 * for internal links: the target is a valid title (no `[]{}<>|` or line break, not a URL), its
 * character references and percent-escapes decoded; a namespace prefix, the site's localised
 * names and the canonical English ones alike; a language prefix makes an interlanguage link; only
 * a file's caption may hold links; a link's trail (`[[bus]]es`) joins its text.
 */
import type { ParserConfig } from './config.js';
import { URL_PROTOCOLS } from './config.js';
import { decodeEntities, normalizeName } from './names.js';
import { indexWithin, last, node, textNode, type LinkTarget, type NodeType, type WikiNode } from './nodes.js';

const ILLEGAL = /[[\]{}<>|\n\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/;
const PROTOCOL = new RegExp(`^(?:${URL_PROTOCOLS.map((p) => p.replace(/[/.]/g, '\\$&')).join('|')})`, 'i');
/** Interwiki prefixes: language codes and Wikimedia's projects (exports carry no interwiki table). */
const INTERWIKI = /^(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple|commons|meta|wikt|wiktionary|wikisource|wikiquote|wikibooks|wikinews|wikiversity|wikivoyage|wikispecies|species|wikidata|mw|mediawikiwiki|foundation|wmf|incubator|phabricator|phab)$/;
/** How far back a run of `[` before a link is counted (longer runs are not wikitext anyone writes). */
const MAX_BRACKET_RUN = 128;
const LANGUAGE = /^(?:[a-z]{2,3}(?:-[a-z0-9]{2,8})*|simple)$/;

/** The nodes split at the top-level `|`s of their text: one list a piece, and where each piece starts. */
export function splitAtPipes(content: readonly WikiNode[], text: string, start: number, max = Infinity): { start: number; nodes: WikiNode[] }[] {
  const pieces: { start: number; nodes: WikiNode[] }[] = [{ start, nodes: [] }];
  for (const n of content) {
    if (n.type !== 'text' || pieces.length > max) {
      last(pieces)!.nodes.push(n);
      continue;
    }
    let from = n.start;
    for (let pipe = indexWithin(text, '|', from, n.end); pipe !== -1 && pieces.length <= max; pipe = indexWithin(text, '|', from, n.end)) {
      if (pipe > from) last(pieces)!.nodes.push(textNode(from, pipe));
      pieces.push({ start: pipe + 1, nodes: [] });
      from = pipe + 1;
    }
    if (from < n.end) last(pieces)!.nodes.push(textNode(from, n.end));
  }
  return pieces;
}

/** The target of `[[target]]` as written (comments left out); null when it cannot be a title. */
function writtenTarget(nodes: readonly WikiNode[], text: string): { written: string; dynamic: boolean } | null {
  let written = '';
  let dynamic = false;
  for (const n of nodes) {
    if (n.type === 'text') written += text.slice(n.start, n.end);
    else if (n.type === 'template' || n.type === 'argument' || n.type === 'magic-word') {
      dynamic = true;
      written += text.slice(n.start, n.end);
    } else if (n.type !== 'comment' && n.type !== 'ignored') return null;
  }
  if (!dynamic && ILLEGAL.test(written)) return null;
  return { written, dynamic };
}

/** A target as MediaWiki reads it: character references and percent-escapes decoded (`7%25 Solution` → `7% Solution`). */
export function decodeTarget(written: string): string {
  const value = decodeEntities(written);
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    // A lone `%` stays as written, as MediaWiki's rawurldecode leaves it.
    return value;
  }
}

/** A written target resolved against the site's namespaces; null when it is no valid title. */
export function resolveTarget(written: string, dynamic: boolean, config: ParserConfig): LinkTarget | null {
  let value = written.trim();
  if (PROTOCOL.test(value)) return null;
  if (dynamic) return { ns: 0, title: value, fragment: null, interwiki: null, colon: false, dynamic };
  value = decodeTarget(value);
  if (ILLEGAL.test(value)) return null;
  const colon = value.startsWith(':');
  if (colon) value = value.slice(1).trimStart();
  let ns = 0;
  let interwiki: string | null = null;
  const prefixEnd = value.indexOf(':');
  if (prefixEnd > 0) {
    const prefix = value.slice(0, prefixEnd).replace(/_/g, ' ').trim().toLowerCase();
    const known = config.namespaces.get(prefix);
    if (known !== undefined) {
      ns = known;
      value = value.slice(prefixEnd + 1).trimStart();
    } else if (INTERWIKI.test(prefix)) {
      interwiki = prefix;
      value = value.slice(prefixEnd + 1).trimStart();
    }
  }
  const hash = value.indexOf('#');
  // Another wiki's title keeps its case: that wiki's rules apply to it.
  const title = normalizeName(hash === -1 ? value : value.slice(0, hash), config.firstLetterCase && interwiki === null);
  const fragment = hash === -1 ? null : value.slice(hash + 1) || null;
  if (title === '' && (fragment === null || ns !== 0) && interwiki === null) return null;
  return { ns, title, fragment, interwiki, colon, dynamic: false };
}

/** Whether a link is an interlanguage link: a language prefix without a leading colon (shown beside the page, not in it). */
export const isLanguageLink = (target: LinkTarget): boolean => target.interwiki !== null && !target.colon && LANGUAGE.test(target.interwiki);

/**
 * `[[…]]` from `start` to `end` (its `]]` included) with its content nodes → a node, or null when
 * MediaWiki shows it as text. A link's trail extends it past `end`.
 */
export function resolveBrackets(text: string, start: number, end: number, content: WikiNode[], config: ParserConfig): WikiNode | null {
  // MediaWiki cuts the text at each `[[` from the left: in `[[[x]]]` the link would start at `[x`, no title.
  let before = 0;
  while (before < MAX_BRACKET_RUN && text[start - before - 1] === '[') before++;
  if (before % 2 === 1) return null;
  const pieces = splitAtPipes(content, text, start + 2, 1);
  const [targetPiece, label] = pieces;
  // `[[Target|]]`, the pipe trick, is expanded when a page is saved: unexpanded, it is text.
  if (label && label.start === end - 2) return null;
  const found = writtenTarget(targetPiece!.nodes, text);
  if (found === null) return null;
  const target = resolveTarget(found.written, found.dynamic, config);
  if (target === null) return null;
  const type: NodeType = target.colon || target.interwiki !== null ? 'link' : target.ns === 6 ? 'file' : target.ns === 14 ? 'category' : 'link';
  const labelEnd = end - 2;
  const targetEnd = label ? label.start - 1 : labelEnd;
  if (label && (type === 'file' ? !simpleCaption(label.nodes, text) : holdsLink(label.nodes, text))) return null;
  const result = node(type, start, end, [node('link-target', start + 2, targetEnd, targetPiece!.nodes)]);
  result.name = found.written.trim();
  result.target = target;
  if (type === 'file' && label) {
    for (const option of splitAtPipes(label.nodes, text, label.start)) {
      const optionEnd = option.nodes.length ? Math.max(...option.nodes.map((n) => n.end)) : option.start;
      result.children.push(node('link-text', option.start, Math.max(optionEnd, option.start), option.nodes));
    }
    fixOptionEnds(result, labelEnd);
  } else if (label) {
    result.children.push(node('link-text', label.start, labelEnd, label.nodes));
  }
  if (type === 'link' && !isLanguageLink(target)) {
    const trail = config.linkTrail.exec(text.slice(end, end + 64));
    if (trail && trail.index === 0 && trail[0].length > 0) {
      result.children.push(textNode(end, end + trail[0].length));
      result.end = end + trail[0].length;
    }
  }
  return result;
}

/** Each file option ends where the next `|` is (its trailing spaces included), the last at `]]`. */
function fixOptionEnds(file: WikiNode, labelEnd: number): void {
  const options = file.children.slice(1);
  options.forEach((option, k) => {
    option.end = k + 1 < options.length ? options[k + 1]!.start - 1 : labelEnd;
  });
}

/**
 * Whether a file's caption holds only links that hold no link (MediaWiki reads a caption's `[[`
 * chunk by chunk, and a chunk without its `]]` ends the file: it is then text).
 */
function simpleCaption(nodes: readonly WikiNode[], text: string): boolean {
  return nodes.every((n) =>
    n.type === 'link' || n.type === 'file' || n.type === 'category'
      ? !n.children.some((child) => child.type === 'link-text' && holdsLink(child.children, text))
      : !(n.type === 'text' && text.slice(n.start, n.end).includes('[[')),
  );
}

/** Whether nodes hold a resolved link, or `]]` in their text (where MediaWiki's lazy match ends the outer link). */
function holdsLink(nodes: readonly WikiNode[], text: string): boolean {
  return nodes.some((n) => n.type === 'link' || n.type === 'file' || n.type === 'category' || (n.type === 'text' && text.slice(n.start, n.end).includes(']]')));
}
