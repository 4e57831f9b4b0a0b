/** Two separate instances of citeproc-js, one as it comes and one with sort keys sharing their macros (src/citations/sort-macros.ts), to compare engines built both ways. */
import { createRequire } from 'node:module';
import { LOCALES, localeXml, styleXml } from '../src/citations/catalog.js';
import { type CiteprocInternals, shareSortMacros } from '../src/citations/sort-macros.js';

// Untyped internals: the engine's token lists and CSL.getSortKeys are read as they are.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Citeproc = Record<string, any>;

const require = createRequire(createRequire(import.meta.url).resolve('@citation-js/plugin-csl'));
const path = require.resolve('citeproc');
/** A fresh copy of the citeproc module (the one src/citations/render.ts requires is left alone). */
const load = (): Citeproc => {
  delete require.cache[path];
  return require('citeproc') as Citeproc;
};

export function citeprocInstances(): { plain: Citeproc; shared: Citeproc } {
  const plain = load();
  const shared = load();
  shareSortMacros(shared as unknown as CiteprocInternals);
  return { plain, shared };
}

/** An engine of `CSL` for a style and locale of the catalog, as render.ts builds it. */
export function buildEngine(CSL: Citeproc, style: string, locale: string, retrieveItem: (id: string) => unknown = () => undefined) {
  const retrieveLocale = (tag: string) => {
    const known = LOCALES.includes(tag) ? tag : LOCALES.find((candidate) => candidate.startsWith(`${tag}-`));
    return known === undefined ? {} : localeXml(known);
  };
  return new CSL.Engine({ retrieveLocale, retrieveItem }, styleXml(style), locale, true);
}
