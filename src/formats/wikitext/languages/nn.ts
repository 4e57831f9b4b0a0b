/** Norwegian nynorsk: bokmål's tables (nnwiki keeps the bokmål Kilde templates) plus the nynorsk names, #OMDIRIGER (MessagesNn.php). */
import { no } from './no.js';
import type { LanguageVocabulary } from './types.js';

export const nn: LanguageVocabulary = {
  infobox: no.infobox,
  citationTemplates: { ...no.citationTemplates, 'kjelde www': 'web', 'kjelde bok': 'book' },
  citationParameters: {
    ...no.citationParameters,
    forfattar: 'author', førenamn: 'first', etternamn: 'last', utgjevar: 'publisher', vitja: 'retrieved',
  },
  hatnotes: { ...no.hatnotes, hovudartikkel: 'main', 'sjå òg': 'see-also' },
  redirect: ['OMDIRIGER'],
  linkTrail: no.linkTrail,
};
