/** Portuguese: Info/ boxes, Predefinição:Citar web, Citar livro and Citar periódico, #REDIRECIONAMENTO (MessagesPt.php). */
import type { LanguageVocabulary } from './types.js';

export const pt: LanguageVocabulary = {
  infobox: [/^info\//],
  citationTemplates: { 'citar web': 'web', 'citar jornal': 'web', 'citar livro': 'book', 'citar enciclopédia': 'book', 'citar periódico': 'journal' },
  citationParameters: {
    autor: 'author', último: 'last', ultimo: 'last', sobrenome: 'last', primeiro: 'first', nome: 'first', título: 'title',
    capítulo: 'chapter', editora: 'publisher', publicado: 'publisher', local: 'place', ano: 'year', data: 'date',
    obra: 'journal', periódico: 'journal', jornal: 'journal', páginas: 'pages', página: 'pages', edição: 'edition',
    número: 'issue', acessodata: 'retrieved', arquivourl: 'archiveUrl', arquivodata: 'archived', citação: 'quote',
  },
  hatnotes: { 'artigo principal': 'main', 'ver também': 'see-also', outrosusos: 'about', 'outros usos': 'about', redireciona: 'redirect' },
  redirect: ['REDIRECIONAMENTO'],
  linkTrail: /^[áâãàéêẽçíòóôõq̃úüűũa-z]+/,
};
