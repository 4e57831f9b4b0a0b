/**
 * A MediaWiki export → prepared documents, one a page, streamed (in the parse worker). Pages
 * outside the main namespace, of another content model, or with an empty or deleted text are
 * skipped and counted; redirect pages become redirects; malformed XML ends the file with an error
 * at its line and column, after the complete pages before it.
 */
import { basename } from 'node:path';
import { articleRows } from '../db/rows.js';
import { normalizeTitle } from '../document/titles.js';
import type { Document } from '../document/types.js';
import { parseWikitextPage, WIKITEXT_PARSER_VERSION } from '../formats/wikitext/parse.js';
import { nestingDepth, redirectOf } from '../formats/wikitext/prechecks.js';
import { WIKITEXT_MODELS } from '../formats/wikitext/vocabulary.js';
import { readExport, XmlError, type ExportPage, type SiteInfo } from '../formats/wikitext/xml.js';
import type { Prepared, SkippedPage } from './prepared.js';

/**
 * Twice MediaWiki's own limit on a page's size ($wgMaxArticleSize, 2 MiB by default): a larger
 * text comes from no wiki, and parsing it would hold hundreds of MB of syntax tree.
 */
export const MAX_PAGE_BYTES = 4 * 1024 * 1024;

/**
 * MediaWiki expands templates at most 100 deep ($wgMaxPPExpandDepth): a page nested deeper shows
 * an error there, and is skipped here with a warning. Our parser would take it (its time is linear
 * at any depth; it caps its own stack), but no wiki shows such a page as an article.
 */
export const MAX_NESTING = 100;

function preparePage(file: string, page: ExportPage, site: SiteInfo): Prepared | SkippedPage {
  if (page.ns !== 0) return { file, skippedPage: 'namespace' };
  if (page.model !== null && !WIKITEXT_MODELS.has(page.model)) return { file, skippedPage: 'model' };
  const text = page.text;
  const base = { file, line: page.line, title: page.title, redirectedFrom: null, redirectLine: page.line, revision: page.revision };
  const redirect = page.redirect !== null || (text !== null && /^\s*#/.test(text)) ? redirectOf(text ?? '') : null;
  if (redirect !== null || page.redirect) {
    const target = redirect ?? { target: normalizeTitle(page.redirect ?? ''), fragment: null };
    return { ...base, problems: [], rows: null, redirectTo: target };
  }
  if (text === null || text.trim() === '') return { file, skippedPage: 'empty' };
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_PAGE_BYTES) {
    const message = `"${page.title}" has ${(bytes / 1024 / 1024).toFixed(1)} MiB of wikitext, over the ${MAX_PAGE_BYTES / 1024 / 1024} MiB a page can have; skipped`;
    return { file, skippedPage: 'size', warning: { line: page.line, message } };
  }
  const depth = nestingDepth(text);
  if (depth > MAX_NESTING) {
    const message = `"${page.title}" nests templates, links or tables ${depth} deep, over the ${MAX_NESTING} MediaWiki expands; skipped`;
    return { file, skippedPage: 'unparsable', warning: { line: page.line, message } };
  }
  let document: Document;
  try {
    document = parseWikitextPage({ title: page.title, text, site, revision: page.revision });
  } catch (error) {
    // Whatever else the mapping cannot take is this page's alone.
    const why = error instanceof RangeError ? `${error.message}: templates, tables or tags nested too deep` : String((error as Error).message ?? error);
    return { file, skippedPage: 'unparsable', warning: { line: page.line, message: `"${page.title}" could not be parsed (${why}); skipped` } };
  }
  // The page's lines are the file's: its text starts at line `page.line`.
  const problems = document.problems.map((problem) => ({ ...problem, line: problem.line + page.line - 1 }));
  const ok = !problems.some((problem) => problem.severity === 'error');
  return {
    ...base,
    problems,
    rows: ok ? articleRows(document, { sourceName: basename(file), source: text, parserVersion: WIKITEXT_PARSER_VERSION }) : null,
  };
}

/** The prepared pages of an export, each page (and the error that ends a malformed file) only if `mine()` says it is this worker's. */
export async function* prepareExport(file: string, mine: () => boolean = () => true): AsyncGenerator<Prepared | SkippedPage> {
  const site: SiteInfo = { name: null, namespaces: new Map() };
  try {
    for await (const page of readExport(file, site)) if (mine()) yield preparePage(file, page, site);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    if (mine()) yield {
      file,
      title: '',
      line: error.line,
      redirectedFrom: null,
      redirectLine: error.line,
      rows: null,
      problems: [{ severity: 'error', line: error.line, column: error.column + 1, message: `malformed XML: ${error.message}` }],
    };
  }
}
