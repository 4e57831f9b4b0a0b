/** Russian: Шаблон:Книга, Статья and Публикация (besides English Cite web), Основная статья, #ПЕРЕНАПРАВЛЕНИЕ (MessagesRu.php). */
import type { LanguageVocabulary } from './types.js';

export const ru: LanguageVocabulary = {
  // "Карточка …" is the generic box; the common ones are named by subject alone.
  infobox: [
    /^карточка(?: |$)/,
    /^(?=(?:персона|государство|населённый пункт|таксон|фильм|музыкальный альбом|учёный|писатель|политик|компания|река)$)/,
  ],
  citationTemplates: { книга: 'book', публикация: 'book', статья: 'journal' },
  citationParameters: {
    // `издание` is the periodical in Статья (the common one) but the edition in Книга.
    автор: 'author', заглавие: 'title', название: 'title', часть: 'chapter', издательство: 'publisher', место: 'place',
    год: 'year', дата: 'date', издание: 'journal', страницы: 'pages', том: 'volume', номер: 'issue', выпуск: 'issue',
    ссылка: 'url', цитата: 'quote',
  },
  hatnotes: {
    'основная статья': 'main', 'см. также': 'see-also', о: 'about', 'другие значения': 'about',
    'не путать': 'about', перенаправление: 'redirect',
  },
  redirect: ['ПЕРЕНАПРАВЛЕНИЕ', 'ПЕРЕНАПР'],
  linkTrail: /^[a-zа-яё]+/,
};
