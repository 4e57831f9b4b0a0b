/**
 * Data, not logic, for reading typed values: the words of dates (qualifiers, eras, months beyond
 * English and Spanish, open ends), the words of field names that say a field holds a date, and booleans.
 */

/** `c. 1850`, `ca. 1850`, `circa 1850`, `um 1850`, `vers 1850`. */
export const CIRCA = /^(?:c\.\s?|ca\.\s?|circa\s|c\s|approx\.\s?|um\s|vers\s|hacia\s)/i;
/** `fl. 1200s`: flourished. */
export const FLORUIT = /^fl\.\s?/i;

/** Eras, before or after the year; `canonical` is what a range's start borrows from its end. */
export const ERAS: readonly { re: RegExp; bc: boolean; canonical: string }[] = [
  { re: /\s?(?:BCE|BC|B\.C\.E\.|B\.C\.|v\.\s?Chr\.|av\.\s?J\.-C\.|a\.\s?C\.|до н\.\s?э\.)$/u, bc: true, canonical: 'BC' },
  { re: /\s?(?:CE|AD|A\.D\.|C\.E\.|n\.\s?Chr\.|apr\.\s?J\.-C\.|d\.\s?C\.)$|^(?:AD|A\.D\.)\s/, bc: false, canonical: 'AD' },
];

/** Month names beyond English and Spanish (../dates.ts MONTHS has those), folded: the languages whose wikis we read. */
const MONTH_NAMES_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  de: ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  fr: ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

/** Folded month word → month number. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  Object.values(MONTH_NAMES_BY_LANGUAGE).flatMap((names) => names.map((name, i): [string, number] => [name, i + 1])),
);

/** The end of a range still open: `1998–present`. */
export const OPEN_END: ReadonlySet<string> = new Set(['present', 'today', 'now', 'heute', 'aujourd’hui', "aujourd'hui", 'presente', 'oggi', 'heden']);

/** Words of a field's name (or label) that say it holds a date, so that a bare `1917` there is a year. */
export const DATE_WORDS: ReadonlySet<string> = new Set([
  'born', 'birth', 'died', 'death', 'founded', 'founding', 'foundation', 'established', 'establishment', 'formed', 'formation',
  'incorporated', 'opened', 'opening', 'built', 'completed', 'completion', 'released', 'release', 'launched', 'launch',
  'start', 'started', 'end', 'ended', 'began', 'begun', 'dissolved', 'abolished', 'disbanded', 'closed', 'since',
  'active', 'office', 'reign', 'term', 'tenure', 'era', 'period', 'inception', 'created', 'discovered', 'published',
  'publication', 'premiere', 'introduced', 'retired', 'commissioned', 'decommissioned', 'signed', 'ratified', 'fl', 'floruit',
  'gegründet', 'gründung', 'geboren', 'gestorben', 'fondation', 'fondé', 'fondée', 'naissance', 'décès', 'création',
  'fundación', 'fundado', 'nacimiento', 'fallecimiento', 'fondazione', 'nascita', 'morte', 'opgericht', 'geboorte', 'fundação',
]);

/** Parts of compound names that say the same (`year_of_birth`, `gründungsjahr`, `datum`). */
export const DATE_STEMS: readonly string[] = ['date', 'year', 'jahr', 'datum', 'année', 'año', 'anno', 'jaar'];

/** Boolean words, folded: the English and those of the site's language. */
export const BOOLEANS: ReadonlyMap<string, boolean> = new Map([
  ['yes', true], ['no', false], ['true', true], ['false', false],
  ['ja', true], ['nein', false], ['oui', true], ['non', false], ['sí', true], ['si', true], ['sim', true], ['não', false],
  ['nee', false], ['nej', false], ['nei', false],
]);
