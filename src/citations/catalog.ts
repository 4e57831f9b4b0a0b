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

/** Style names: `apa`, `chicago-author-date`, `harvard1`, `modern-language-association`, `vancouver`. */
export const STYLES: readonly string[] = names('styles', /^(.+)\.csl$/);
/** Locale tags: `en-US`, `fr-FR`, … */
export const LOCALES: readonly string[] = names('locales', /^locales-(.+)\.xml$/);

export const DEFAULT_STYLE = 'apa';
export const DEFAULT_LOCALE = 'en-US';

export const styleXml = (name: string): string => readFileSync(join(cslFolder, 'styles', `${name}.csl`), 'utf8');
export const localeXml = (tag: string): string => readFileSync(join(cslFolder, 'locales', `locales-${tag}.xml`), 'utf8');
