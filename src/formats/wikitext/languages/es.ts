/** Spanish: Plantilla:Cita web, Cita libro and Cita publicación, AP/VT, #REDIRECCIÓN (MessagesEs.php). */
import type { LanguageVocabulary } from './types.js';

export const es: LanguageVocabulary = {
  // "Ficha de persona", "Ficha de país", and a few without "de" ("Ficha taxón" redirects).
  infobox: [/^ficha (?:de )?/],
  citationTemplates: {
    'cita web': 'web', 'cita noticia': 'web', 'cita vídeo': 'web', 'cita entrevista': 'web',
    'cita libro': 'book', 'cita enciclopedia': 'book', 'cita conferencia': 'book', 'cita tesis': 'book', 'cita informe': 'book',
    'cita publicación': 'journal',
  },
  citationParameters: {
    autor: 'author', apellido: 'last', apellidos: 'last', nombre: 'first', nombres: 'first', título: 'title',
    capítulo: 'chapter', editorial: 'publisher', ubicación: 'place', lugar: 'place', año: 'year', fecha: 'date',
    obra: 'journal', publicación: 'journal', periódico: 'journal', sitioweb: 'journal', páginas: 'pages', página: 'pages',
    edición: 'edition', volumen: 'volume', número: 'issue', fechaacceso: 'retrieved', urlarchivo: 'archiveUrl',
    fechaarchivo: 'archived', cita: 'quote',
  },
  hatnotes: {
    ap: 'main', 'artículo principal': 'main', vt: 'see-also', 'véase también': 'see-also',
    'otros usos': 'about', 'otros significados': 'about', 'redirige aquí': 'redirect',
  },
  redirect: ['REDIRECCIÓN', 'REDIRECCION'],
  linkTrail: /^[a-záéíóúñ]+/,
};
