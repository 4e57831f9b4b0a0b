/** The languages with their own wikitext vocabulary, by MediaWiki language code; English (vocabulary.ts) is every wiki's fallback. */
import { af } from './af.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { nl } from './nl.js';
import { nn } from './nn.js';
import { no } from './no.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import type { LanguageVocabulary } from './types.js';
import { zh } from './zh.js';

export type { LanguageVocabulary } from './types.js';

// `nb` is bokmål's code; its Wikipedia is `no` (nowiki).
export const LANGUAGES: Readonly<Record<string, LanguageVocabulary>> = { af, de, es, fr, it, ja, nb: no, nl, nn, no, pl, pt, ru, sv, zh };
