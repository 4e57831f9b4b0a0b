/** English, every wiki's fallback: the tables of vocabulary.ts, the `#REDIRECT` magic word and MediaWiki's default link trail. */
import { CITATION_PARAMETERS, CITATION_TEMPLATES, HATNOTE_TEMPLATES, INFOBOX_PREFIX } from '../vocabulary.js';
import type { LanguageVocabulary } from './types.js';

export const en: LanguageVocabulary = {
  infobox: [INFOBOX_PREFIX],
  citationTemplates: CITATION_TEMPLATES,
  citationParameters: CITATION_PARAMETERS,
  hatnotes: HATNOTE_TEMPLATES,
  redirect: ['REDIRECT'],
  linkTrail: /^[a-z]+/,
};
