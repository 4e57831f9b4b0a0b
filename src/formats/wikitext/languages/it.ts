/** Italian: Template:Cita web, Cita libro, Cita news and Cita pubblicazione, Vedi anche, #RINVIA (MessagesIt.php). */
import type { LanguageVocabulary } from './types.js';

export const it: LanguageVocabulary = {
  // Italian boxes have no prefix: the most used ones by name ("Bio" is the biography box).
  infobox: [/^(?=(?:bio|stato|divisione amministrativa|film|album|software|azienda|sportivo|tassobox)$)/],
  citationTemplates: {
    'cita web': 'web', 'cita news': 'web', 'cita libro': 'book', 'cita conferenza': 'book', 'cita testo': 'book',
    'cita pubblicazione': 'journal',
  },
  citationParameters: {
    autore: 'author', cognome: 'last', nome: 'first', titolo: 'title', capitolo: 'chapter', editore: 'publisher',
    città: 'place', anno: 'year', data: 'date', opera: 'journal', sito: 'journal', rivista: 'journal',
    pubblicazione: 'journal', pagine: 'pages', pagina: 'pages', edizione: 'edition', numero: 'issue',
    accesso: 'retrieved', urlarchivio: 'archiveUrl', dataarchivio: 'archived', citazione: 'quote',
  },
  hatnotes: { 'vedi anche': 'see-also', approfondimento: 'further', 'nota disambigua': 'about' },
  redirect: ['RINVIA', 'RINVIO', 'RIMANDO'],
  linkTrail: /^[a-zàéèíîìóòúù]+/,
};
