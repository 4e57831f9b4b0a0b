/**
 * Data, not logic, for reading names: the particles of each language (the lower-case words of a
 * family name, BibTeX's "von" part, CSL's particles), prefixes written joined to the family name
 * (`al-`, `d'`), suffixes, and the words that mark an organisation.
 */

/** Particles a language writes as separate lower-case words before a family name, by language. */
export const PARTICLES_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  nl: ['van', 'der', 'den', 'de', 'het', 'ter', 'ten', "van't", 'in', "'t"],
  de: ['von', 'vom', 'zu', 'zum', 'zur', 'der', 'den'],
  fr: ['de', 'du', 'des', 'la', 'le', "d'", "l'"],
  es: ['de', 'del', 'la', 'las', 'los'],
  pt: ['da', 'das', 'de', 'do', 'dos'],
  it: ['da', 'de', 'del', 'della', 'dei', 'degli', 'di', 'lo'],
  sv: ['af', 'av', 'von'],
  ar: ['al', 'el', 'bin', 'ibn', 'bint', 'abu'],
  he: ['ben', 'bat'],
};

/** Every language's particles, folded to lower case. */
export const PARTICLES: ReadonlySet<string> = new Set(Object.values(PARTICLES_BY_LANGUAGE).flat());

/** Prefixes written joined to the family name, as the particle: `al-Khwarizmi`, `d'Alembert`, `dell'Acqua`. */
export const JOINED_PARTICLES: readonly string[] = ['al-', 'el-', 'ad-', 'an-', 'ar-', 'as-', 'ash-', 'at-', 'az-', "d'", "d’", "l'", "l’", "dell'", "dall'"];

/** Suffixes of a personal name (folded, without a full stop). */
export const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'jnr', 'snr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq']);

/** Words (folded) that mark an organisation rather than a person. */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  'academy', 'academia', 'agency', 'archive', 'archives', 'archivo', 'association', 'asociacion', 'associated', 'bank', 'banco',
  'board', 'bureau', 'center', 'centre', 'centro', 'comision', 'comite', 'commission', 'committee', 'company',
  'congress', 'congreso', 'consejo', 'corporation', 'council', 'department', 'departamento', 'editorial', 'editors',
  'foundation', 'fundacion', 'government', 'gobierno', 'group', 'inc', 'institute', 'instituto', 'library',
  'biblioteca', 'ltd', 'llc', 'ministry', 'ministerio', 'museo', 'museum', 'national', 'nacional', 'news', 'office', 'oficina',
  'organisation', 'organization', 'organizacion', 'partido', 'party', 'press', 'project', 'republic', 'republica',
  'reporter', 'reporters', 'secretariat', 'service', 'society', 'sociedad', 'staff', 'state', 'team', 'union', 'united',
  'university', 'universidad', 'writer', 'writers', 'agence', 'times', 'television', 'radio', 'network',
  'corp', 'gmbh', 'plc', 'authority', 'administration', 'survey', 'trust', 'fund', 'command', 'army',
  'navy', 'force', 'police', 'parliament', 'assembly', 'federation', 'league', 'club', 'school', 'college',
  'hospital', 'world', 'rights', 'watch', 'international', 'global', 'media', 'studio', 'studios', 'records', 'magazine',
]);

/** Lower-case words of an organisation's name, never of a person's: `Ministry of Defence`, `Friends for Peace`. */
export const ORGANISATION_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', 'on', 'at', 'in', 'und', 'für', 'pour', 'et', 'para']);

/** What ends a list of authors without naming one: `et al.`, `and others`. */
export const ET_AL = /(?:^|[\s,;]+)(?:et\.? al(?:ii|\.)?|and others|u\. ?a\.|et coll\.)\.?$/i;

/** Words a source writes for an unnamed author, kept as it writes them (folded, without a full stop). */
export const ANONYMOUS: ReadonlySet<string> = new Set(['anonymous', 'anon', 'anonyme', 'anonimo', 'anónimo', 'anonym']);

/** Words (folded) of titles and site names, never of a person's name: `Official Website`, `Media Bias`. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'website', 'site', 'official', 'homepage', 'welcome', 'about', 'facts', 'results', 'portal', 'blog', 'online',
  'bias', 'report', 'reports', 'statistics', 'census', 'history', 'index', 'faq', 'news', 'review', 'guide', 'introduction',
]);

/** Words (folded) that head an institution's name, which a reference may put where its author stands (`World Bank (2010).`). */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'academy', 'agency', 'association', 'bank', 'board', 'bureau', 'center', 'centre', 'commission', 'committee', 'council',
  'department', 'foundation', 'fund', 'government', 'institute', 'library', 'ministry', 'museum', 'office', 'organization',
  'organisation', 'party', 'press', 'programme', 'program', 'secretariat', 'service', 'society', 'staff', 'union',
  'university', 'watch', 'inc', 'ltd', 'corporation', 'company', 'ministerio', 'instituto', 'universidad', 'fundacion',
  'museo', 'musee', 'comision', 'comite', 'consejo', 'biblioteca', 'archivo', 'archives', 'academia', 'asociacion', 'sociedad',
  'partido', 'banco', 'gobierno', 'oficina', 'departamento', 'centro', 'imprenta', 'ministere', 'bibliotheque', 'verlag',
]);
