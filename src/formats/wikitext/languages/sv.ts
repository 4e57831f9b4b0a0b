/** Swedish: Faktamall boxes, Mall:Webbref, Bokref, Tidningsref and Tidskriftsref, #OMDIRIGERING (MessagesSv.php). */
import type { LanguageVocabulary } from './types.js';

export const sv: LanguageVocabulary = {
  infobox: [/^faktamall /],
  citationTemplates: { webbref: 'web', tidningsref: 'web', bokref: 'book', tidskriftsref: 'journal' },
  citationParameters: {
    författare: 'author', efternamn: 'last', förnamn: 'first', titel: 'title', kapitel: 'chapter', utgivare: 'publisher',
    utgivningsort: 'place', ort: 'place', år: 'year', datum: 'date', verk: 'journal', tidning: 'journal',
    tidskrift: 'journal', sid: 'pages', sidor: 'pages', upplaga: 'edition', volym: 'volume', nummer: 'issue',
    hämtdatum: 'retrieved', arkivurl: 'archiveUrl', arkivdatum: 'archived', citat: 'quote',
  },
  hatnotes: { huvudartikel: 'main', 'se även': 'see-also', 'andra betydelser': 'about', förgrening: 'about', omdirigering: 'redirect' },
  redirect: ['OMDIRIGERING'],
  linkTrail: /^[a-zåäöéÅÄÖÉ]+/,
};
