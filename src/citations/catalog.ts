/**
 * The CSL styles and locales the bibliographies render with: the files of the src/citations/csl/ data folder
 * (styles/<name>.csl, locales/locales-<tag>.xml), read from the project root whether
 * running from src/ or dist/. Only their names are read here; their XML when citation-js loads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cslFolder } from '../paths.js';

const names = (folder: string, pattern: RegExp): string[] =>
  readdirSync(join(cslFolder, folder))
    .flatMap((file) => pattern.exec(file)?.slice(1, 2) ?? [])
    .sort();

/** Style names, the CSL ids of their files: `apa`, `chicago-author-date`, `harvard-cite-them-right`, `modern-language-association`, `vancouver`. */
export const STYLES: readonly string[] = names('styles', /^(.+)\.csl$/);

/** The short names people type for them (and citation-js's `harvard1`), each a style of STYLES. */
export const STYLE_ALIASES: Readonly<Record<string, string>> = {
  chicago: 'chicago-author-date',
  harvard: 'harvard-cite-them-right',
  harvard1: 'harvard-cite-them-right',
  mla: 'modern-language-association',
};

/** Every name a `style` parameter may give: the styles and their aliases. */
export const STYLE_NAMES: readonly string[] = [...STYLES, ...Object.keys(STYLE_ALIASES).filter((alias) => STYLES.includes(STYLE_ALIASES[alias]!))];
/** Locale tags: `en-US`, `fr-FR`, … */
export const LOCALES: readonly string[] = names('locales', /^locales-(.+)\.xml$/);

export const DEFAULT_STYLE = 'apa';
export const DEFAULT_LOCALE = 'en-US';

export const styleXml = (name: string): string => readFileSync(join(cslFolder, 'styles', `${name}.csl`), 'utf8');
export const localeXml = (tag: string): string => readFileSync(join(cslFolder, 'locales', `locales-${tag}.xml`), 'utf8');
