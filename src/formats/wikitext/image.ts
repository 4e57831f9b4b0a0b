/**
 * A page's main image: its first infobox's image parameter (a bare file name or a whole
 * `[[File:…|…]]` link) or the lead's first file, with caption and alt text, linked on the source wiki.
 */
import type { Image } from '../../document/types.js';
import { wikiPageUrl } from '../../document/wiki-urls.js';
import { displayText, oneLine } from './display.js';
import type { WikiNode } from './parser/nodes.js';
import { sourceText } from './templates.js';
import { FILE_NAME, FILE_OPTIONS, FILE_OPTIONS_WITH_VALUE, FILE_SIZE_OPTION, IMAGE_PARAMETERS } from './metadata-vocabulary.js';

const FILE_NAMESPACE = 6;

/** Every parameter name `infoboxImage` reads. */
const PARAMETER_NAMES = new Set(IMAGE_PARAMETERS.flatMap(({ file, caption, alt }) => [file, ...caption, ...alt]));

export interface ImageSite {
  /** Namespace name (lower case, spaces) → number. */
  namespaces: ReadonlyMap<string, number>;
  /** Whether a title's first letter is case-insensitive (stored upper case). */
  firstLetterCase: boolean;
  /** The export's `<base>`: the wiki's main page URL. */
  base: string | null | undefined;
}

/** A file name as titles are normalised: spaces for underscores and runs, trimmed, the first letter upper case where the wiki does so. */
function normalizeFile(name: string, site: ImageSite): string {
  const spaced = name.replace(/[_\s\u00a0]+/g, ' ').trim();
  return site.firstLetterCase ? spaced.charAt(0).toUpperCase() + spaced.slice(1) : spaced;
}

/** `[[File:x.jpg|thumb|alt=…|Caption]]`: the file, its caption (the last part that is no option) and its alt text. */
export function fileImage(text: string, file: WikiNode): Omit<Image, 'href'> {
  let caption: string | null = null;
  let alt: string | null = null;
  for (const part of file.children) {
    if (part.type !== 'link-text') continue;
    const written = sourceText(text, part).trim();
    const equals = written.indexOf('=');
    const option = (equals === -1 ? written : written.slice(0, equals)).trim().toLowerCase();
    if (equals !== -1 && option === 'alt') {
      alt = oneLine(displayText(text, part.children)).replace(/^alt\s*=\s*/i, '') || null;
    } else if (!(equals !== -1 && FILE_OPTIONS_WITH_VALUE.has(option)) && !FILE_OPTIONS.has(written.toLowerCase()) && !FILE_SIZE_OPTION.test(written)) {
      caption = oneLine(displayText(text, part.children)) || null;
    }
  }
  return { file: file.target!.title, caption, alt };
}

/** A parameter's file: the first `[[File:…]]` in it, else its text when that is a file name (`File:` prefix allowed). */
function parameterFile(text: string, value: WikiNode, site: ImageSite): Omit<Image, 'href'> | null {
  const link = value.children.find((child) => child.type === 'file');
  if (link) return link.target?.ns === FILE_NAMESPACE && !link.target.dynamic ? fileImage(text, link) : null;
  if (!value.children.every((child) => child.type === 'text' || child.type === 'comment')) return null;
  let name = displayText(text, value.children).trim();
  const colon = name.indexOf(':');
  if (colon !== -1 && site.namespaces.get(name.slice(0, colon).trim().toLowerCase().replace(/_/g, ' ')) === FILE_NAMESPACE) name = name.slice(colon + 1);
  name = normalizeFile(name, site);
  return FILE_NAME.test(name) ? { file: name, caption: null, alt: null } : null;
}

/** The first of an infobox's image parameters (IMAGE_PARAMETERS, in order) that names a file, with its caption and alt parameters. */
export function infoboxImage(text: string, infobox: WikiNode, site: ImageSite): Image | null {
  const parameters = new Map<string, WikiNode>();
  for (const child of infobox.children) {
    if (child.type !== 'parameter' || child.positional) continue;
    const name = (child.name ?? '').toLowerCase();
    if (PARAMETER_NAMES.has(name) && !parameters.has(name)) parameters.set(name, child.children[child.children.length - 1]!);
  }
  if (parameters.size === 0) return null;
  const shown = (names: readonly string[]): string | null => {
    for (const name of names) {
      const value = parameters.get(name);
      const shownText = value ? oneLine(displayText(text, value.children)) : '';
      if (shownText !== '') return shownText;
    }
    return null;
  };
  for (const { file, caption, alt } of IMAGE_PARAMETERS) {
    const value = parameters.get(file);
    const found = value ? parameterFile(text, value, site) : null;
    if (found) return withHref({ file: found.file, caption: shown(caption) ?? found.caption, alt: shown(alt) ?? found.alt }, site);
  }
  return null;
}

/** The image with its link on the source wiki. */
export const withHref = (image: Omit<Image, 'href'>, site: ImageSite): Image => ({ ...image, href: filePath(site.base, image.file) });

/**
 * The wiki's `Special:FilePath/<file>`, which answers with the file itself, made from its main page
 * URL as the wiki's article path is (`/wiki/Main_Page`, `index.php?title=Main_Page`); null without one.
 */
export const filePath = (base: string | null | undefined, file: string): string | null => wikiPageUrl(base, `Special:FilePath/${file.replace(/ /g, '_')}`);
