/** German: Vorlage:Internetquelle and Vorlage:Literatur, Hauptartikel/Siehe auch, #WEITERLEITUNG (MessagesDe.php). */
import type { LanguageVocabulary } from './types.js';

export const de: LanguageVocabulary = {
  // German Wikipedia names its boxes "Infobox …" as English does; the Taxobox is the exception.
  infobox: [/^(?=taxobox$)/],
  citationTemplates: { internetquelle: 'web', literatur: 'book' },
  citationParameters: {
    autor: 'author', titel: 'title', kapitel: 'chapter', werk: 'journal', sammelwerk: 'journal',
    verlag: 'publisher', ort: 'place', jahr: 'year', datum: 'date', seiten: 'pages', seite: 'pages', spalten: 'pages',
    band: 'volume', nummer: 'issue', auflage: 'edition', online: 'url', abruf: 'retrieved', zugriff: 'retrieved',
    'archiv-url': 'archiveUrl', 'archiv-datum': 'archived', zitat: 'quote',
  },
  hatnotes: {
    hauptartikel: 'main', 'siehe auch': 'see-also', 'dieser artikel': 'about',
    begriffsklärungshinweis: 'about', weiterleitungshinweis: 'redirect',
  },
  redirect: ['WEITERLEITUNG'],
  linkTrail: /^[a-zäöüß]+/,
};
