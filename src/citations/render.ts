/**
 * CSL-JSON items rendered as BibTeX, BibLaTeX, RIS or a formatted bibliography (plain text or
 * HTML) by citation-js, loaded on first use (~110 ms) and set up once: every style and locale of
 * the csl/ folder registered, BibTeX keys our stable ids, and what citation-js leaves raw made
 * safe here — LaTeX specials in BibTeX values (with `asciiOnly` off it escapes nothing), line
 * breaks in RIS values, the entry ids it writes into HTML attributes. BibTeX and BibLaTeX entries
 * and RIS records are then fitted to their datamodels (bibtex.ts, ris.ts).
 *
 * Bibliographies are citeproc-js's (the engine of @citation-js/plugin-csl), driven here rather
 * than through the plugin: it keeps one engine per style and locale for ever. Here the last ENGINES
 * engines are kept, their sort keys sharing their macros' tokens (sort-macros.ts: without that an
 * APA engine is many times larger and slower to build).
 *
 * Pure but for that set-up and those engines, and synchronous once loaded: an engine takes time
 * to build, so the server renders in a worker (worker.ts).
 */
import { createRequire } from 'node:module';
import { bibEntries, type FormattedEntry } from './bibtex.js';
import { LOCALES, localeXml, STYLES, styleXml } from './catalog.js';
import { oneLine, risRecords } from './ris.js';
import { type CiteprocInternals, shareSortMacros } from './sort-macros.js';

export const RENDERED_FORMATS = ['bibtex', 'biblatex', 'ris', 'bibliography', 'html'] as const;
export type RenderedFormat = (typeof RENDERED_FORMATS)[number];

/** A CSL-JSON item: an `id` and CSL variables. */
export type CslData = { id: string } & Record<string, unknown>;

export interface RenderOptions {
  style: string;
  locale: string;
  /** Items before these in the whole list (a later page's): numbered styles go on from start + 1. */
  start?: number;
}

type CitationJs = typeof import('@citation-js/core');
let loading: Promise<CitationJs> | undefined;

/** citation-js with its plugins, configured; loaded once. */
export function loadCitationJs(): Promise<CitationJs> {
  return (loading ??= (async () => {
    const core = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-bibtex'), import('@citation-js/plugin-ris')]);
    const bibtex = core.plugins.config.get('@bibtex').format;
    bibtex.asciiOnly = false; // keep Cyrillic, CJK… as they are (the default drops them)
    bibtex.useIdAsLabel = true; // never a key generated from names
    bibtex.checkLabel = false; // our keys are made safe by bibtexKey()
    return core;
  })());
}

/** Renders items in one of the text formats; the style and locale must be ones of the catalog. */
export async function render(items: readonly CslData[], format: RenderedFormat, options: RenderOptions): Promise<string> {
  const { plugins } = await loadCitationJs();
  if (!STYLES.includes(options.style)) throw new RangeError(`unknown CSL style ${options.style}`);
  if (!LOCALES.includes(options.locale)) throw new RangeError(`unknown CSL locale ${options.locale}`);
  if (items.length === 0) return '';
  switch (format) {
    case 'bibtex':
    case 'biblatex': {
      // citation-js formats the values; bibtex.ts gives each entry its datamodel's type, fields and dates.
      const escaped = items.map(forBibtex);
      return bibEntries(format, escaped, plugins.output.format(format, escaped, { format: 'object' }) as unknown as FormattedEntry[]);
    }
    case 'ris':
      return risRecords(plugins.output.format('ris', items.map(forRis), { format: 'text' }), items);
    case 'bibliography':
    case 'html':
      return bibliography(items, format === 'html', options);
  }
}

// --- BibTeX. -----------------------------------------------------------------------------------

const LATEX: Record<string, string> = {
  '\\': '\\textbackslash{}',
  // Not `\{`: BibTeX counts every brace, escaped or not, and an unbalanced one ends the value.
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
};
/** Text as a BibTeX value: LaTeX specials escaped (and `<…>`, which citation-js reads as rich-text tags). */
export const latexEscape = (text: string): string => text.replace(/[\\{}&%$#_~^<>]/g, (char) => LATEX[char]!);

/** A URL as a verbatim BibTeX value: braces, backslashes and spaces percent-encoded, so the value stays balanced. */
const urlEscape = (url: string): string => url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A BibTeX key from a stable id (a slug's percent-encoding decoded): letters (any script), digits and `_-:./`; anything else `_`. */
export function bibtexKey(id: string): string {
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    // not percent-encoded: as it is
  }
  return decoded.replace(/[^\p{L}\p{N}_\-:./]/gu, '_');
}

function escapeDeep(value: unknown): unknown {
  if (typeof value === 'string') return latexEscape(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, escapeDeep(inner)]));
  return value;
}

type Name = { family?: string; 'non-dropping-particle'?: string; 'dropping-particle'?: string };

/**
 * Particles put back before the family name, for the formats whose names have no particle fields
 * (citation-js drops a dropping particle and spaces `al-` from its name): BibTeX reads a lower-case
 * word before the family name as its "von" part, RIS keeps names as written. A particle that
 * ends in a hyphen or an apostrophe joins without a space (`al-Haddad`, `d'Alembert`).
 */
function withParticles(item: CslData): CslData {
  const out: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(item)) {
    if (!Array.isArray(value) || !value.some((name) => name && typeof name === 'object' && 'family' in name)) continue;
    out[key] = (value as Name[]).map((name) => {
      const particles = [name['dropping-particle'], name['non-dropping-particle']].filter((p): p is string => !!p);
      if (particles.length === 0 || typeof name.family !== 'string') return name;
      const { 'dropping-particle': _d, 'non-dropping-particle': _n, ...rest } = name;
      const particle = particles.join(' ');
      return { ...rest, family: /[-'’]$/.test(particle) ? particle + name.family : `${particle} ${name.family}` };
    });
  }
  return out as CslData;
}

function forBibtex(item: CslData): CslData {
  const escaped = escapeDeep(withParticles(item)) as CslData;
  escaped.id = item.id;
  escaped['citation-key'] = bibtexKey(item.id);
  if (typeof item.URL === 'string') escaped.URL = urlEscape(item.URL);
  return escaped;
}

// --- RIS. --------------------------------------------------------------------------------------

const forRis = (item: CslData) => oneLine(withParticles(item)) as CslData;

// --- Bibliographies. ---------------------------------------------------------------------------

/** citeproc-js, as @citation-js/plugin-csl depends on it (so the two stay in step). */
const CSL = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'))('citeproc') as typeof import('citeproc');
// Sort keys share their macros' tokens: an APA engine a fraction of its size and build time (sort-macros.ts).
shareSortMacros(CSL as unknown as CiteprocInternals);

/** Engines kept, least recently used out (each style × locale is one): as many as the catalog has styles, so that styles asked for in turn in one locale are not rebuilt. */
export const ENGINES = 5;
const engines = new Map<string, InstanceType<typeof CSL.Engine>>();
let current: Record<string, CslData> = {};

function engineFor(style: string, locale: string) {
  const key = `${style}|${locale}`;
  let engine = engines.get(key);
  if (engine) {
    engines.delete(key);
  } else {
    // citeproc also asks for the locales a style names (`en`, `fr`…): the catalog's of that language, else none.
    const retrieveLocale = (tag: string) => {
      const known = LOCALES.includes(tag) ? tag : LOCALES.find((candidate) => candidate.startsWith(`${tag}-`));
      return known === undefined ? {} : localeXml(known);
    };
    engine = new CSL.Engine({ retrieveLocale, retrieveItem: (id: string) => current[id] }, styleXml(style), locale, true);
    engine.opt.development_extensions.wrap_url_and_doi = false;
    if (engines.size >= ENGINES) engines.delete(engines.keys().next().value!);
  }
  engines.set(key, engine);
  return engine;
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

/** A note that names no work (`Ibid.`, "See …") prints as its text: styles print nothing of a `note` alone but "(n.d.)". */
const printable = (item: CslData): CslData =>
  item.title === undefined && item['container-title'] === undefined && typeof item.note === 'string' ? { ...item, title: item.note } : item;

const registryOf = (engine: InstanceType<typeof CSL.Engine>) =>
  (engine as unknown as { registry: { registry: Record<string, { seq: number }> } }).registry.registry;

/**
 * citeproc escapes the text it prints; each HTML entry gets its item's id as a
 * `data-csl-entry-id` attribute (as citation-js writes it), escaped too.
 */
function bibliography(items: readonly CslData[], html: boolean, { style, locale, start = 0 }: RenderOptions): string {
  const engine = engineFor(style, locale);
  current = Object.fromEntries(items.map((item) => [item.id, printable(item)]));
  try {
    engine.setOutputFormat(html ? 'html' : 'text');
    engine.updateItems(items.map((item) => item.id));
    // citeproc numbers the items it holds from 1 (its registry's `seq`, what `citation-number` prints);
    // a later page's go on from `start`. updateItems numbers them afresh on the next call.
    if (start > 0) for (const entry of Object.values(registryOf(engine))) entry.seq += start;
    const [meta, entries] = engine.makeBibliography();
    const body = entries.map((entry, i) => {
      const id = meta.entry_ids[i]?.[0];
      return html && id !== undefined ? entry.replace(/^\s*<div/, (open) => `${open} data-csl-entry-id="${escapeHtml(String(id))}"`) : entry;
    });
    return `${meta.bibstart}${body.join('')}${meta.bibend}`;
  } finally {
    current = {};
  }
}
