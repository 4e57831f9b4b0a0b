/** Japanese: 基礎情報 boxes, English citation templates, #転送 (MessagesJa.php); no link trail, words are not spaced. */
import type { LanguageVocabulary } from './types.js';

export const ja: LanguageVocabulary = {
  infobox: [/^基礎情報 ?/],
  // Japanese Wikipedia cites with the English templates and parameter names.
  citationTemplates: {},
  citationParameters: {},
  hatnotes: { otheruses: 'about', 混同: 'about' },
  // MediaWiki also accepts the full-width '＃転送'; a parser matching '#' does not see those.
  redirect: ['転送', 'リダイレクト'],
  linkTrail: /^(?!)/,
};
