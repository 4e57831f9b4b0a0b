/** Dutch: Sjabloon:Citeer web, Citeer boek and Citeer journal, Hoofdartikel/Zie ook, #DOORVERWIJZING (MessagesNl.php). */
import type { LanguageVocabulary } from './types.js';

export const nl: LanguageVocabulary = {
  // Dutch boxes are "Infobox …" as in English.
  infobox: [],
  citationTemplates: { 'citeer web': 'web', 'citeer nieuws': 'web', 'citeer boek': 'book', 'citeer journal': 'journal' },
  citationParameters: {
    auteur: 'author', achternaam: 'last', familienaam: 'last', voornaam: 'first', titel: 'title', hoofdstuk: 'chapter',
    uitgever: 'publisher', plaats: 'place', locatie: 'place', jaar: 'year', datum: 'date', werk: 'journal',
    tijdschrift: 'journal', pagina: 'pages', paginas: 'pages', "pagina's": 'pages', editie: 'edition', deel: 'volume',
    nummer: 'issue', bezochtdatum: 'retrieved', archiefurl: 'archiveUrl', archiefdatum: 'archived', citaat: 'quote',
  },
  hatnotes: { hoofdartikel: 'main', 'zie ook': 'see-also', 'zie dp': 'about' },
  redirect: ['DOORVERWIJZING'],
  linkTrail: /^[a-zäöüïëéèà]+/,
};
