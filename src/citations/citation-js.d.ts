// The little of citation-js 0.8 and citeproc-js (both untyped) that src/citations uses.
declare module '@citation-js/core' {
  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } } };
    output: { format(name: string, data: object[], options?: Record<string, unknown>): string };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(tag: string): string | object;
    retrieveItem(id: string): object | undefined;
  }
  interface BibliographyMeta {
    bibstart: string;
    bibend: string;
    entry_ids: (string | number)[][];
  }
  export class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [BibliographyMeta, string[]];
  }
}
