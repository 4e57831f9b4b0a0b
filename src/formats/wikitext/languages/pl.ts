/** Polish: "… infobox" boxes, Szablon:Cytuj stronę, Cytuj książkę and Cytuj pismo, #PATRZ (MessagesPl.php). */
import type { LanguageVocabulary } from './types.js';

export const pl: LanguageVocabulary = {
  // Polish puts the word last: "Państwo infobox", "Biogram infobox".
  infobox: [/ infobox$/],
  citationTemplates: { 'cytuj stronę': 'web', 'cytuj książkę': 'book', cytuj: 'book', 'cytuj pismo': 'journal' },
  citationParameters: {
    autor: 'author', nazwisko: 'last', imię: 'first', tytuł: 'title', rozdział: 'chapter', wydawca: 'publisher',
    opublikowany: 'publisher', miejsce: 'place', rok: 'year', data: 'date', praca: 'journal', czasopismo: 'journal',
    strony: 'pages', wydanie: 'edition', tom: 'volume', numer: 'issue', 'data dostępu': 'retrieved', dostęp: 'retrieved',
    archiwum: 'archiveUrl', zarchiwizowano: 'archived', cytat: 'quote',
  },
  hatnotes: { 'główny artykuł': 'main', 'osobny artykuł': 'main', 'zobacz też': 'see-also', 'inne znaczenia': 'about' },
  redirect: ['PATRZ', 'PRZEKIERUJ', 'TAM'],
  linkTrail: /^[a-zęóąśłżźćńĘÓĄŚŁŻŹĆŃ]+/,
};
