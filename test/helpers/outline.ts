/**
 * A comparable outline of a page: what our wikitext parser and wikiparser-node (the oracle, a
 * devDependency that src/ never imports) must agree on. Both sides walk their tree depth-first in
 * document order (a template before the templates in its parameters, a ref before what it holds)
 * and reduce it to the same normal form:
 *
 * - templates: `name` is the page transcluded without the `Template:` prefix (`{{foo_bar}}` →
 *   `Foo bar`, `{{:Main}}` → `Main`, `{{user:x}}` → `User:X`); a parser function or variable is
 *   `#` + its lower-case name (`{{#if:…}}` → `#if`, `{{PAGENAME}}` → `#pagename`,
 *   `{{DEFAULTSORT:x}}` → `#defaultsort`). A template's `params`: each `|` part in order,
 *   positional ones numbered `1`, `2`…, named ones trimmed and without comments; `value` is the raw
 *   source of the value, untrimmed. A parser function's `params` are its parts whole, as written
 *   (`case=value` not split), numbered from 1: the text after the colon first (`#invoke`'s module
 *   and function its first two). MediaWiki's preprocessor splits every part at its first `=`, but
 *   what the split means is the function's business (`#switch` reads it, `#if` puts the part back
 *   together), and wikiparser-node splits the parts of some functions and not others.
 * - links: every `[[…]]` link, file and category, and a redirect's target, as
 *   `[interwiki:][Namespace:]Title[#fragment]` with the canonical English namespace name
 *   (`[[Kategorie:X]]` on a German site → `Category:X`), spaces not underscores, the title's first
 *   letter upper case; a plain link to a file or category page (`[[:Category:X]]`) starts with `:`.
 *   A target holding a template or argument is `?` + its source, trimmed.
 * - headings: level and the title's source trimmed (comments kept).
 * - refs: `name` and `group` attributes (null when absent), `content` the raw inner source (null
 *   for `<ref/>`).
 * - categories: the title without namespace, and the sort key's raw source (null without `|`).
 *
 * Gallery lines (`File:X.jpg|caption` inside `<gallery>`) are not `[[…]]` links and are not listed.
 */
import Parser from 'wikiparser-node';
import type { Config } from 'wikiparser-node';
import { parseWikitext, type ParserConfig } from '../../src/formats/wikitext/parser/index.js';
import { childOf, sourceOf, type WikiNode } from '../../src/formats/wikitext/parser/nodes.js';

export interface OutlineTemplate {
  name: string;
  params: { name: string; value: string }[];
}

export interface Outline {
  templates: OutlineTemplate[];
  links: string[];
  headings: { level: number; title: string }[];
  refs: { name: string | null; group: string | null; content: string | null }[];
  categories: { name: string; sortKey: string | null }[];
}

/** MediaWiki's canonical namespace names, which every site knows. */
export const CANONICAL_NAMESPACES: ReadonlyMap<number, string> = new Map([
  [-2, 'Media'], [-1, 'Special'], [0, ''], [1, 'Talk'], [2, 'User'], [3, 'User talk'], [4, 'Project'], [5, 'Project talk'],
  [6, 'File'], [7, 'File talk'], [8, 'MediaWiki'], [9, 'MediaWiki talk'], [10, 'Template'], [11, 'Template talk'],
  [12, 'Help'], [13, 'Help talk'], [14, 'Category'], [15, 'Category talk'], [828, 'Module'], [829, 'Module talk'],
]);

/** Lower-case name → number: the canonical names and MediaWiki's canonical aliases (`Image:`). */
const canonicalIds = (): Map<string, number> => {
  const ids = new Map<string, number>();
  for (const [id, name] of CANONICAL_NAMESPACES) if (id !== 0) ids.set(name.toLowerCase(), id);
  ids.set('image', 6);
  ids.set('image talk', 7);
  return ids;
};

/** Interwiki prefixes the oracle knows (wikiparser-node's default configuration knows none). */
export const INTERWIKI_PREFIXES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'ru', 'zh', 'pl', 'nl', 'pt', 'commons', 'wikt', 'wiktionary', 'meta'];

export type OutlineConfig = Partial<ParserConfig>;

const empty = (): Outline => ({ templates: [], links: [], headings: [], refs: [], categories: [] });

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/** A title's normal form: spaces for underscores, one space at a time, trimmed, first letter upper case. */
export function normalTitle(title: string): string {
  const t = title.replace(/_/g, ' ').replace(/[ \t]+/g, ' ').trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const linkForm = (ns: number, main: string, fragment: string | null | undefined, interwiki: string | null | undefined, plain: boolean): string => {
  const prefix = ns === 0 ? '' : `${CANONICAL_NAMESPACES.get(ns) ?? `ns${ns}`}:`;
  const frag = fragment ? `#${fragment.replace(/_/g, ' ').trim()}` : '';
  const iw = interwiki ? `${interwiki.toLowerCase()}:` : '';
  const colon = plain && (ns === 6 || ns === 14) ? ':' : '';
  // An interwiki title's case is the other wiki's business: MediaWiki leaves it as written.
  const title = interwiki ? main.replace(/_/g, ' ').trim() : normalTitle(main);
  return `${colon}${iw}${prefix}${title}${frag}`;
};

/**
 * A template's name in normal form: resolved against the namespaces (`Template:` dropped, another
 * namespace's canonical name), `:` for the main namespace.
 */
function templateName(raw: string, ids: ReadonlyMap<string, number>): string {
  let name = raw.replace(COMMENT, '').replace(/_/g, ' ').replace(/[ \t\n]+/g, ' ').trim();
  if (name.startsWith(':')) return normalTitle(name.slice(1));
  const colon = name.indexOf(':');
  if (colon > 0) {
    const ns = ids.get(name.slice(0, colon).trim().toLowerCase());
    if (ns !== undefined) {
      name = name.slice(colon + 1).trim();
      return ns === 10 ? normalTitle(name) : `${CANONICAL_NAMESPACES.get(ns) ?? `ns${ns}`}:${normalTitle(name)}`;
    }
  }
  return normalTitle(name);
}

const paramName = (raw: string): string => raw.replace(COMMENT, '').trim();

/** A parser function's parts, whole and numbered from 1. */
const numbered = (parts: string[]): { name: string; value: string }[] => parts.map((value, i) => ({ name: String(i + 1), value }));

/** The namespaces a configuration knows: canonical ones and its own. */
function namespaceIds(config: OutlineConfig | undefined): Map<string, number> {
  const ids = canonicalIds();
  for (const [name, id] of config?.namespaces ?? []) ids.set(name.toLowerCase().replace(/_/g, ' '), id);
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The oracle: wikiparser-node.

Parser.config = 'default';

/** The subset of wikiparser-node's tokens read here. */
interface OracleNode {
  type: string;
  name?: string;
  childNodes: OracleNode[];
  toString(): string;
  level?: number;
  sortkey?: string;
  selfClosing?: boolean;
  anon?: boolean;
  link?: { ns: number; main: string; fragment?: string; interwiki: string };
  getAttr?(key: string): string | true | undefined;
}

const oracleConfigs = new Map<string, Config>();

/**
 * wikiparser-node's default configuration, its namespaces replaced by MediaWiki's canonical ones
 * and the site's (the default adds Chinese and Japanese aliases and `WP:`, which an English or
 * German site does not have), with the interwiki prefixes above and the site's redirect words.
 */
export function oracleConfig(config?: OutlineConfig): Config {
  const key = JSON.stringify([[...(config?.namespaces ?? [])], config?.redirect ?? null]);
  let found = oracleConfigs.get(key);
  if (!found) {
    const base = Parser.getConfig();
    const nsid: Record<string, number> = { '': 0 };
    for (const [name, id] of namespaceIds(config)) nsid[name] = id;
    const namespaces: Record<string, string> = {};
    for (const [id, name] of CANONICAL_NAMESPACES) namespaces[String(id)] = name;
    const redirection = ['#redirect', ...(config?.redirect ?? []).map((word) => `#${word.toLowerCase()}`)];
    found = { ...base, nsid, namespaces, interwiki: INTERWIKI_PREFIXES, redirection } as Config;
    oracleConfigs.set(key, found);
  }
  return found;
}

const oracleAttr = (n: OracleNode, key: string): string | null => {
  const value = n.getAttr?.(key);
  if (value === undefined) return null;
  return value === true ? '' : value.trim();
};

const oracleDynamic = (n: OracleNode): string | null => {
  const target = n.childNodes.find((c) => c.type === 'link-target');
  if (target && target.childNodes.some((c) => c.type === 'template' || c.type === 'arg' || c.type === 'magic-word')) return `?${String(target).trim()}`;
  return null;
};

/** The outline of a page as wikiparser-node parses it. */
export function oracleOutline(text: string, config?: OutlineConfig): Outline {
  const cfg = oracleConfig(config);
  const ids = namespaceIds(config);
  const root = Parser.parse(text, false, undefined, cfg) as unknown as OracleNode;
  const out = empty();
  const stack: OracleNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'template': {
        const nameNode = n.childNodes.find((c) => c.type === 'template-name');
        const params = n.childNodes.filter((c) => c.type === 'parameter').map((p) => ({ name: paramName(p.name ?? ''), value: String(p.childNodes[p.childNodes.length - 1] ?? '') }));
        out.templates.push({ name: templateName(String(nameNode ?? n.name ?? ''), ids), params });
        break;
      }
      case 'magic-word': {
        const parts = n.childNodes.filter((c) => c.type === 'invoke-module' || c.type === 'invoke-function' || c.type === 'parameter').map(String);
        out.templates.push({ name: `#${(n.name ?? '').replace(/^#/, '').toLowerCase()}`, params: numbered(parts) });
        break;
      }
      case 'link':
      case 'file':
      case 'category':
      case 'redirect-target': {
        const link = n.link;
        out.links.push(oracleDynamic(n) ?? (link ? linkForm(link.ns, link.main, link.fragment, link.interwiki, n.type === 'link') : `?${String(n)}`));
        if (n.type === 'category' && link) out.categories.push({ name: normalTitle(link.main), sortKey: n.sortkey ?? null });
        break;
      }
      case 'heading':
        out.headings.push({ level: n.level ?? 0, title: String(n.childNodes[0] ?? '').trim() });
        break;
      case 'ext':
        if (n.name === 'ref') {
          const inner = n.childNodes.find((c) => c.type === 'ext-inner');
          out.refs.push({ name: oracleAttr(n, 'name'), group: oracleAttr(n, 'group'), content: n.selfClosing || !inner ? null : String(inner) });
        }
        break;
    }
    for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i]!);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ours.

/** An extension tag's attributes as MediaWiki's sanitizer reads them: `k=v`, `k="v"`, `k='v'`, `k`. */
export function parseAttributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  const re = /([^\s/>=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (const m of source.matchAll(re)) {
    const key = m[1]!.toLowerCase();
    if (!attrs.has(key)) attrs.set(key, (m[2] ?? m[3] ?? m[4] ?? '').trim());
  }
  return attrs;
}

const ourLink = (text: string, n: WikiNode): string => {
  const t = n.target;
  if (!t || t.dynamic) {
    const target = childOf(n, 'link-target');
    return `?${(target ? sourceOf(text, target) : sourceOf(text, n)).trim()}`;
  }
  return linkForm(t.ns, t.title, t.fragment, t.interwiki, n.type === 'link');
};

/** The outline of a page as our parser parses it. */
export function ourOutline(text: string, config?: OutlineConfig): Outline {
  const ids = namespaceIds(config);
  const root = parseWikitext(text, config);
  const out = empty();
  const stack: WikiNode[] = [root];
  // The end of the last ref met: a ref that starts before it is inside it.
  let refEnd = -1;
  const params = (n: WikiNode) =>
    n.children
      .filter((c) => c.type === 'parameter')
      .map((p) => {
        const value = childOf(p, 'parameter-value');
        return { name: paramName(p.name ?? ''), value: value ? sourceOf(text, value) : '' };
      });
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'template':
        out.templates.push({ name: templateName(n.name ?? '', ids), params: params(n) });
        break;
      case 'magic-word': {
        // Ours keeps the text after the colon in the name (`#if:a`, as MediaWiki's preprocessor
        // splits it); the outline counts it as the first part.
        const nameNode = childOf(n, 'name');
        const source = nameNode ? sourceOf(text, nameNode) : '';
        const colon = source.indexOf(':');
        const parts = n.children.filter((c) => c.type === 'parameter').map((p) => sourceOf(text, p));
        if (colon >= 0) parts.unshift(source.slice(colon + 1));
        out.templates.push({ name: `#${(n.name ?? '').replace(/^#/, '').toLowerCase()}`, params: numbered(parts) });
        break;
      }
      case 'link':
      case 'file':
      case 'category': {
        out.links.push(ourLink(text, n));
        if (n.type === 'category' && n.target && !n.target.dynamic) {
          const key = childOf(n, 'link-text');
          out.categories.push({ name: normalTitle(n.target.title), sortKey: key ? sourceOf(text, key) : null });
        }
        break;
      }
      case 'heading': {
        const title = childOf(n, 'heading-title');
        out.headings.push({ level: n.level ?? 0, title: title ? sourceOf(text, title).trim() : '' });
        break;
      }
      case 'extension':
        // A ref inside a ref is no ref: Cite reports it as an error (and wikiparser-node keeps the inner tag as text).
        if (n.name === 'ref' && !(refEnd > n.start)) {
          refEnd = n.end;
          const attrs = parseAttributes(n.attributes ?? '');
          const inner = childOf(n, 'extension-inner');
          out.refs.push({ name: attrs.get('name') ?? null, group: attrs.get('group') ?? null, content: n.selfClosing ? null : inner ? sourceOf(text, inner) : '' });
        }
        break;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
