/**
 * Data, not logic: what the parser must know of a wiki — its extension tags, magic words,
 * behaviour switches, HTML tags, URL protocols and namespaces — with MediaWiki's defaults.
 */

export interface ParserConfig {
  /** Namespace names (lower case, spaces) → number: the site's localised names and the canonical English ones. */
  namespaces: ReadonlyMap<string, number>;
  /** Redirect magic words, upper case, without `#` (`REDIRECT`, `WEITERLEITUNG`). */
  redirect: readonly string[];
  /** The letters after `]]` that join a link's text (MediaWiki's `$linkTrail`), anchored. */
  linkTrail: RegExp;
  /** `<case>first-letter</case>`: titles' first letters are upper-cased. */
  firstLetterCase: boolean;
}

/** MediaWiki's canonical namespace names, which every wiki accepts beside its localised ones. */
export const CANONICAL_NAMESPACES: ReadonlyMap<string, number> = new Map([
  ['media', -2], ['special', -1], ['talk', 1], ['user', 2], ['user talk', 3], ['project', 4], ['project talk', 5],
  ['file', 6], ['image', 6], ['file talk', 7], ['image talk', 7], ['mediawiki', 8], ['mediawiki talk', 9],
  ['template', 10], ['template talk', 11], ['help', 12], ['help talk', 13], ['category', 14], ['category talk', 15],
  ['module', 828], ['module talk', 829],
]);

export const DEFAULT_CONFIG: ParserConfig = {
  namespaces: CANONICAL_NAMESPACES,
  redirect: ['REDIRECT'],
  linkTrail: /^[a-z]+/,
  firstLetterCase: true,
};

const made = new WeakMap<Partial<ParserConfig>, ParserConfig>();

/** The full configuration: what is given, the defaults for the rest; canonical namespaces always known (made once a given object). */
export function parserConfig(given: Partial<ParserConfig> = {}): ParserConfig {
  let config = made.get(given);
  if (!config) {
    config = makeConfig(given);
    made.set(given, config);
  }
  return config;
}

function makeConfig(given: Partial<ParserConfig>): ParserConfig {
  const namespaces = new Map(CANONICAL_NAMESPACES);
  for (const [name, ns] of given.namespaces ?? []) namespaces.set(name.toLowerCase().replace(/_/g, ' ').trim(), ns);
  const redirect = [...new Set(['REDIRECT', ...(given.redirect ?? []).map((word) => word.toUpperCase())])];
  return { ...DEFAULT_CONFIG, ...given, namespaces, redirect };
}

/**
 * Extension tags a wiki like Wikipedia registers, and whether their content is wikitext (parsed)
 * or data (kept as one text node). A tag not listed is an HTML tag or text.
 */
export const EXTENSION_TAGS: ReadonlyMap<string, 'wikitext' | 'raw'> = new Map([
  ['ref', 'wikitext'], ['references', 'wikitext'], ['poem', 'wikitext'], ['gallery', 'wikitext'], ['indicator', 'wikitext'],
  ['includeonly', 'wikitext'], ['noinclude', 'wikitext'], ['onlyinclude', 'wikitext'], ['section', 'raw'],
  ['nowiki', 'raw'], ['pre', 'raw'], ['math', 'raw'], ['chem', 'raw'], ['ce', 'raw'], ['score', 'raw'],
  ['syntaxhighlight', 'raw'], ['source', 'raw'], ['templatestyles', 'raw'], ['templatedata', 'raw'], ['timeline', 'raw'],
  ['graph', 'raw'], ['mapframe', 'raw'], ['maplink', 'raw'], ['hiero', 'raw'], ['inputbox', 'raw'], ['imagemap', 'raw'],
  ['categorytree', 'raw'], ['charinsert', 'raw'], ['langconvert', 'raw'], ['dynamicpagelist', 'raw'], ['phonos', 'raw'],
  ['rss', 'raw'], ['quiz', 'raw'], ['talkpage', 'raw'], ['thread', 'raw'], ['seo', 'raw'], ['tabs', 'raw'],
]);

/** Tags whose element may run to the end of the page without a closing tag (the preprocessor's rule). */
export const MAY_RUN_TO_END = new Set(['includeonly', 'noinclude', 'onlyinclude']);

/** Tags that are not shown when the page itself is read (not transcluded): the tags themselves, or (includeonly) the whole element. */
export const IGNORED_TAGS = new Set(['noinclude', 'onlyinclude']);
export const IGNORED_ELEMENTS = new Set(['includeonly']);

/**
 * Parser functions (`{{lc:…}}`, `{{#if:…}}` — any `#` name is one) and variables
 * (`{{PAGENAME}}`, `{{!}}`): magic words, not templates. Lower case.
 */
export const PARSER_FUNCTIONS = new Set([
  'lc', 'uc', 'lcfirst', 'ucfirst', 'urlencode', 'anchorencode', 'fullurl', 'fullurle', 'localurl', 'localurle', 'canonicalurl',
  'canonicalurle', 'filepath', 'ns', 'nse', 'formatnum', 'padleft', 'padright', 'plural', 'grammar', 'gender', 'int', 'special',
  'speciale', 'tag', 'displaytitle', 'defaultsort', 'defaultsortkey', 'defaultcategorysort', 'subst', 'safesubst', 'msg', 'msgnw',
  'raw', 'pagesincategory', 'pagesize', 'protectionlevel', 'protectionexpiry', 'numberofpages', 'numberofarticles',
  'pagename', 'pagenamee', 'fullpagename', 'fullpagenamee', 'basepagename', 'basepagenamee', 'subpagename', 'subpagenamee',
  'rootpagename', 'rootpagenamee', 'talkpagename', 'talkpagenamee', 'subjectpagename', 'subjectpagenamee', 'namespace',
  'namespacee', 'namespacenumber', 'talkspace', 'subjectspace', 'pageid', 'revisionid', 'revisionuser', 'revisionday',
  'revisionmonth', 'revisionyear', 'revisiontimestamp', 'cascadingsources', 'bidi', 'language', 'localtime', 'formatdate',
  'dateformat', 'noexternallanglinks', 'interwikilink', 'interlanguagelink', 'invoke', 'shortdesc',
]);

/** Variables: magic words without arguments. Upper case as MediaWiki matches most of them; `!` and `=` too. */
export const VARIABLES = new Set([
  '!', '=', 'PAGENAME', 'PAGENAMEE', 'FULLPAGENAME', 'FULLPAGENAMEE', 'BASEPAGENAME', 'SUBPAGENAME', 'ROOTPAGENAME',
  'TALKPAGENAME', 'SUBJECTPAGENAME', 'NAMESPACE', 'NAMESPACENUMBER', 'TALKSPACE', 'SUBJECTSPACE', 'ARTICLEPAGENAME',
  'CURRENTYEAR', 'CURRENTMONTH', 'CURRENTMONTH1', 'CURRENTMONTH2', 'CURRENTMONTHNAME', 'CURRENTMONTHNAMEGEN', 'CURRENTMONTHABBREV',
  'CURRENTDAY', 'CURRENTDAY2', 'CURRENTDOW', 'CURRENTDAYNAME', 'CURRENTTIME', 'CURRENTHOUR', 'CURRENTWEEK', 'CURRENTTIMESTAMP',
  'LOCALYEAR', 'LOCALMONTH', 'LOCALMONTHNAME', 'LOCALDAY', 'LOCALDAY2', 'LOCALDAYNAME', 'LOCALTIME', 'LOCALHOUR', 'LOCALWEEK',
  'LOCALTIMESTAMP', 'SITENAME', 'SERVER', 'SERVERNAME', 'SCRIPTPATH', 'STYLEPATH', 'CONTENTLANGUAGE', 'CONTENTLANG',
  'NUMBEROFPAGES', 'NUMBEROFARTICLES', 'NUMBEROFFILES', 'NUMBEROFUSERS', 'NUMBEROFACTIVEUSERS', 'NUMBEROFEDITS', 'NUMBEROFADMINS',
  'PAGEID', 'REVISIONID', 'REVISIONDAY', 'REVISIONDAY2', 'REVISIONMONTH', 'REVISIONYEAR', 'REVISIONTIMESTAMP', 'REVISIONUSER',
  'REVISIONSIZE', 'DIRMARK', 'DIRECTIONMARK', 'ISBN', 'NOEXTERNALLANGLINKS',
]);

/** Behaviour switches (`__NOTOC__`), upper case. */
export const BEHAVIOR_SWITCHES = new Set([
  'NOTOC', 'FORCETOC', 'TOC', 'NOEDITSECTION', 'NEWSECTIONLINK', 'NONEWSECTIONLINK', 'NOGALLERY', 'HIDDENCAT',
  'EXPECTUNUSEDCATEGORY', 'NOCONTENTCONVERT', 'NOCC', 'NOTITLECONVERT', 'NOTC', 'INDEX', 'NOINDEX', 'STATICREDIRECT',
  'DISAMBIG', 'NOGLOBAL', 'EXPECTUNUSEDTEMPLATE', 'ARCHIVEDTALK', 'NOTALK',
]);

/** HTML tags MediaWiki's sanitizer lets through; any other `<x>` is text. */
export const HTML_TAGS = new Set([
  'abbr', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'data', 'dd', 'del', 'dfn', 'div',
  'dl', 'dt', 'em', 'font', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'ins', 'kbd', 'li', 'link', 'mark', 'meta', 'ol', 'p',
  'q', 'rb', 'rp', 'rt', 'rtc', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'table', 'td', 'th',
  'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);

/** URL protocols of external links (MediaWiki's `$wgUrlProtocols`, the common ones), lower case. */
export const URL_PROTOCOLS = [
  'https://', 'http://', '//', 'ftp://', 'ftps://', 'sftp://', 'irc://', 'ircs://', 'news:', 'mailto:', 'gopher://', 'git://',
  'svn://', 'ssh://', 'telnet://', 'nntp://', 'worldwind://', 'mms://', 'urn:', 'geo:', 'xmpp:', 'sip:', 'sips:', 'sms:',
  'tel:', 'magnet:', 'bitcoin:', 'redis://', 'matrix:', 'openpgp4fpr:',
];
