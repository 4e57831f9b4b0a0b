/** Norwegian bokmål: Infoboks boxes, Mal:Kilde www, Kilde bok and Kilde artikkel, #OMDIRIGERING (MessagesNb.php). */
import type { LanguageVocabulary } from './types.js';

export const no: LanguageVocabulary = {
  infobox: [/^infoboks /],
  citationTemplates: {
    'kilde www': 'web', 'kilde avis': 'web', 'kilde bok': 'book', 'kilde oppslagsverk': 'book',
    'kilde avhandling': 'book', 'kilde artikkel': 'journal',
  },
  citationParameters: {
    forfatter: 'author', forfattere: 'author', etternavn: 'last', fornavn: 'first', tittel: 'title', kapittel: 'chapter',
    artikkel: 'chapter', utgiver: 'publisher', forlag: 'publisher', utgivelsessted: 'place', sted: 'place', år: 'year',
    utgivelsesår: 'year', dato: 'date', utgivelsesdato: 'date', verk: 'journal', publikasjon: 'journal', side: 'pages',
    sider: 'pages', utgave: 'edition', bind: 'volume', hefte: 'issue', nummer: 'issue', besøksdato: 'retrieved',
    'arkiv-url': 'archiveUrl', arkiv_url: 'archiveUrl', arkivurl: 'archiveUrl', arkivdato: 'archived', 'arkiv-dato': 'archived', sitat: 'quote',
  },
  hatnotes: { hovedartikkel: 'main', 'se også': 'see-also', 'andre betydninger': 'about', 'utdypende artikkel': 'further' },
  redirect: ['OMDIRIGERING'],
  linkTrail: /^[æøåa-z]+/,
};
