/** The shape of one language's wikitext vocabulary: what a wiki in that language adds to the English tables. */
import type { HatnoteKind } from '../../../document/types.js';
import type { CitationField } from '../vocabulary.js';

export interface LanguageVocabulary {
  /**
   * Infobox template names, matched on the normalised name (lower case, spaces). The matched text
   * is the marker and what is left the infobox's kind: `^infoboks ` leaves "by" of "infoboks by",
   * Polish ` infobox$` leaves "państwo" of "państwo infobox". Boxes named by their subject alone
   * (Russian "персона") are a lookahead, `^(?=персона$)`: an empty marker, the whole name the kind.
   */
  infobox: RegExp[];
  /** Citation templates (normalised name) → the kind of reference they give. */
  citationTemplates: Record<string, 'book' | 'journal' | 'web'>;
  /** Citation parameters (lower case, base form: `autor` stands for `autor2` too) → the field they fill. */
  citationParameters: Record<string, CitationField>;
  /** Hatnote templates (normalised name) → the hatnote kind. */
  hatnotes: Record<string, HatnoteKind>;
  /** Redirect magic words, upper case, without the '#' (MediaWiki's `redirect` magic word). */
  redirect: string[];
  /** The letters after `]]` that join a link's text (MediaWiki's `$linkTrail`), anchored at the start. */
  linkTrail: RegExp;
}
