/**
 * Names as MediaWiki reads them: a template's or parameter's name without its comments and
 * surrounding space, whether a `{{…}}` is a template or a magic word, and titles normalised.
 */
import { decodeHTMLStrict } from 'entities';
import { normalizeTitle } from '../../../document/titles.js';
import { PARSER_FUNCTIONS, VARIABLES } from './config.js';
import type { NodeType, WikiNode } from './nodes.js';

/** The text of a name part: its text nodes joined (comments and ignored tags left out), trimmed; the raw source when it holds a template. */
export function nameOf(text: string, part: WikiNode): string {
  let name = '';
  for (const child of part.children) {
    if (child.type === 'text') name += text.slice(child.start, child.end);
    else if (child.type !== 'comment' && child.type !== 'ignored') return text.slice(part.start, part.end).trim();
  }
  return name.trim();
}

/** `{{#if:…}}`, `{{DEFAULTSORT:…}}`, `{{PAGENAME}}`: magic words; anything else a template. */
export function templateType(name: string): NodeType {
  if (name.startsWith('#')) return 'magic-word';
  const colon = name.indexOf(':');
  if (colon !== -1 && PARSER_FUNCTIONS.has(name.slice(0, colon).trim().toLowerCase())) return 'magic-word';
  if (VARIABLES.has(name)) return 'magic-word';
  return 'template';
}

/** Character references decoded (`&eacute;` → é, `&#233;`), as MediaWiki decodes them in titles and text. */
export const decodeEntities = (value: string): string => (value.includes('&') ? decodeHTMLStrict(value) : value);

/** A title's spaces and case as MediaWiki normalises them: `_` is a space, runs collapse, the first letter upper case. */
export const normalizeName = (value: string, firstLetterCase = true): string =>
  firstLetterCase ? normalizeTitle(value) : value.normalize('NFC').replace(/[_\s\u00a0]+/g, ' ').trim();
