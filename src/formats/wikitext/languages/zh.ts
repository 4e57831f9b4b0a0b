/** Chinese: English templates under Chinese names for hatnotes, #重定向 (MessagesZh_hans.php); no link trail. */
import type { LanguageVocabulary } from './types.js';

export const zh: LanguageVocabulary = {
  // Chinese Wikipedia names its boxes "Infobox …" and cites with the English templates.
  infobox: [],
  citationTemplates: {},
  citationParameters: {},
  hatnotes: { 主条目: 'main', 主條目: 'main', otheruses: 'about' },
  redirect: ['重定向', '重新導向'],
  linkTrail: /^(?!)/,
};
