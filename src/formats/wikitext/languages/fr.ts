/** French: Modèle:Lien web, Ouvrage and Article, Article détaillé/Voir aussi, #REDIRECTION (MessagesFr.php). */
import type { LanguageVocabulary } from './types.js';

export const fr: LanguageVocabulary = {
  // French boxes are "Infobox …" as in English.
  infobox: [],
  citationTemplates: { 'lien web': 'web', 'lien news': 'web', 'lien brisé': 'web', ouvrage: 'book', chapitre: 'book', article: 'journal' },
  citationParameters: {
    auteur: 'author', 'auteur institutionnel': 'author', nom: 'last', prénom: 'first', titre: 'title',
    'titre chapitre': 'chapter', éditeur: 'publisher', lieu: 'place', année: 'year', périodique: 'journal', site: 'journal',
    passage: 'pages', tome: 'volume', numéro: 'issue', 'numéro d\'édition': 'edition', 'lire en ligne': 'url',
    'consulté le': 'retrieved', citation: 'quote',
  },
  hatnotes: {
    'article détaillé': 'main', 'article principal': 'main', 'voir aussi': 'see-also',
    'voir homonymes': 'about', autre: 'about', confusion: 'about',
  },
  redirect: ['REDIRECTION'],
  linkTrail: /^[a-zàâçéèêîôûäëïöüùÇÉÂÊÎÔÛÄËÏÖÜÀÈÙ]+/,
};
