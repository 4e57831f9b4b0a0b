// The little of citation-js 0.8 (untyped) that src/citations uses.
declare module '@citation-js/core' {
  interface Register<T> {
    add(name: string, value: T): void;
    has(name: string): boolean;
    list(): string[];
  }
  export const plugins: {
    config: { get(plugin: '@bibtex'): { format: { asciiOnly: boolean; useIdAsLabel: boolean; checkLabel: boolean } }; get(plugin: '@csl'): { styles: Register<string>; locales: Register<string> } };
    output: { format(name: string, data: object[], options?: Record<string, unknown>): string };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
