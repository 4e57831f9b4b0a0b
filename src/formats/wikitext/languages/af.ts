/** Afrikaans: Inligtingskas boxes, English citation templates, Hoofartikel/Sien ook, #AANSTUUR (MessagesAf.php). */
import type { LanguageVocabulary } from './types.js';

export const af: LanguageVocabulary = {
  infobox: [/^inligtingskas /],
  // Afrikaans Wikipedia cites with the English templates.
  citationTemplates: {},
  citationParameters: {},
  hatnotes: { hoofartikel: 'main', 'sien ook': 'see-also' },
  redirect: ['AANSTUUR'],
  linkTrail: /^[a-z]+/,
};
