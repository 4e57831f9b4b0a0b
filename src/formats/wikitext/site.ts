/**
 * A wiki's configuration from its `<siteinfo>`: its language, the namespace names its links may
 * use, whether titles are case-sensitive, and the vocabulary of its language laid over English.
 */
import { en } from './languages/en.js';
import { CANONICAL_NAMESPACES, parserConfig, type ParserConfig } from './parser/config.js';
import { LANGUAGES, type LanguageVocabulary } from './languages/index.js';
import type { SiteInfo } from './xml.js';

/**
 * The tables a wiki's pages are read with, of a language's shape: English first and the site
 * language's over them; its infobox markers include English `Infobox …`, its redirect words
 * 'REDIRECT'; the link trail is the language's alone, as MediaWiki does not merge it with English's.
 */
export type Vocabulary = LanguageVocabulary;

export interface SiteConfig {
  /** MediaWiki language code: 'de', 'no', 'zh-yue'; 'en' when the export does not say. */
  language: string;
  /** Namespace name (lower case, spaces) → number: the site's names and MediaWiki's canonical ones. */
  namespaces: ReadonlyMap<string, number>;
  /** `<case>first-letter</case>`: a title's first letter is case-insensitive. */
  firstLetterCase: boolean;
  vocabulary: Vocabulary;
  /** What the parser is told: these namespaces, the language's redirect words and link trail. */
  parser: ParserConfig;
}


/** A language code as MediaWiki writes them: `de`, `zh-yue`, `be-x-old`; not `meta`, `commons` or `simple`. */
const LANGUAGE_CODE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/;

/** `dewiki`, `zh_yuewiki`, `enwiktionary`: the language, then the project. */
const DBNAME = /^([a-z0-9_]+?)(?:wiki|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage)$/;

/** `de.wikipedia.org`, `de.m.wikipedia.org`: only Wikimedia's hosts say a language (`www.example.org` does not). */
const WIKIMEDIA_HOST = /^([a-z0-9-]+)\.(?:m\.)?(?:wikipedia|wiktionary|wikibooks|wikinews|wikiquote|wikisource|wikiversity|wikivoyage)\.org$/;

/** The wiki's language: from `<dbname>`, else from `<base>`'s host, else English. */
export function languageOf(info: { dbname?: string | null; base?: string | null }): string {
  const fromDbname = DBNAME.exec(info.dbname?.trim().toLowerCase() ?? '')?.[1]?.replace(/_/g, '-');
  if (fromDbname && LANGUAGE_CODE.test(fromDbname)) return fromDbname;
  let host = '';
  try {
    host = new URL(info.base ?? '').hostname.toLowerCase();
  } catch {
    // No base, or not a URL: nothing to learn from it.
  }
  const fromHost = WIKIMEDIA_HOST.exec(host)?.[1];
  return fromHost && LANGUAGE_CODE.test(fromHost) ? fromHost : 'en';
}

const vocabularies = new Map<string, Vocabulary>();

/** The vocabulary of a wiki in `language` (an unknown language is read as English), built once a language. */
export function vocabularyFor(language: string): Vocabulary {
  const own = LANGUAGES[language];
  // Every language without tables shares English's.
  const key = own ? language : 'en';
  const cached = vocabularies.get(key);
  if (cached) return cached;
  const vocabulary: Vocabulary = own
    ? {
        infobox: [...en.infobox, ...own.infobox],
        citationTemplates: { ...en.citationTemplates, ...own.citationTemplates },
        citationParameters: { ...en.citationParameters, ...own.citationParameters },
        hatnotes: { ...en.hatnotes, ...own.hatnotes },
        redirect: [...new Set([...own.redirect, ...en.redirect])],
        linkTrail: own.linkTrail,
      }
    : { ...en, infobox: [...en.infobox], redirect: [...en.redirect] };
  vocabularies.set(key, vocabulary);
  return vocabulary;
}

/** An infobox's kind if `name` (normalised: lower case, spaces) is an infobox: the name without its marker, null when nothing is left. */
export function infoboxKind(name: string, vocabulary: Vocabulary): { kind: string | null } | null {
  for (const marker of vocabulary.infobox) {
    const match = marker.exec(name);
    if (!match) continue;
    const kind = (name.slice(0, match.index) + name.slice(match.index + match[0].length)).trim();
    return { kind: kind === '' ? null : kind };
  }
  return null;
}

const configs = new WeakMap<SiteInfo, SiteConfig>();

/** The configuration of the wiki an export comes from (made once a site: `<siteinfo>` comes before the pages). */
export function siteConfig(info: SiteInfo): SiteConfig {
  const known = configs.get(info);
  if (known && known.namespaces.size >= info.namespaces.size) return known;
  const config = makeSiteConfig(info);
  configs.set(info, config);
  return config;
}

function makeSiteConfig(info: SiteInfo): SiteConfig {
  const language = languageOf(info);
  // The site's own names last, so that they win where a canonical name means another namespace there.
  const namespaces = new Map<string, number>([...CANONICAL_NAMESPACES, ...info.namespaces]);
  const firstLetterCase = info.case !== 'case-sensitive';
  const vocabulary = vocabularyFor(language);
  const parser = parserConfig({ namespaces, redirect: vocabulary.redirect, linkTrail: vocabulary.linkTrail, firstLetterCase });
  return { language, namespaces, firstLetterCase, vocabulary, parser };
}
