/**
 * The wire side of the citation formats: their names and media types, the `format`/`style`/`locale` query parameters every list
 * of citations spreads into its querystring, and the 200 response documenting each content type
 * with an example.
 */
import { Type, type TSchema } from 'typebox';
import { DEFAULT_LOCALE, DEFAULT_STYLE, LOCALES, STYLE_ALIASES, STYLE_NAMES, STYLES } from '../../citations/catalog.js';
import { CSL_MEDIA_TYPE, CslItems } from './csl.js';

export const CITATION_FORMATS = ['json', 'csl-json', 'bibtex', 'biblatex', 'ris', 'bibliography', 'html'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const MEDIA_TYPES = {
  'csl-json': CSL_MEDIA_TYPE,
  bibtex: 'application/x-bibtex',
  biblatex: 'application/x-biblatex',
  ris: 'application/x-research-info-systems',
  bibliography: 'text/x-bibliography',
  html: 'text/html',
} as const satisfies Record<Exclude<CitationFormat, 'json'>, string>;

export const CitationFormatQuery = {
  format: Type.Optional(
    Type.Enum([...CITATION_FORMATS], {
      description:
        'Response format (else chosen by `Accept`): `json`; `csl-json` (`application/vnd.citationstyles.csl+json`); `bibtex` ' +
        '(`application/x-bibtex`); `biblatex` (`application/x-biblatex`); `ris` (`application/x-research-info-systems`); ' +
        '`bibliography`, formatted in `style` and `locale` as plain text (`text/x-bibliography`); `html`, the same as an ' +
        'HTML fragment (`text/html`, only by this parameter)',
      examples: ['bibtex'],
    }),
  ),
  style: Type.Optional(
    Type.Enum([...STYLE_NAMES], {
      description:
        `CSL style of \`bibliography\` and \`html\` (default \`${DEFAULT_STYLE}\`), by its CSL id or a short name ` +
        `(${Object.entries(STYLE_ALIASES).map(([alias, style]) => `\`${alias}\` for \`${style}\``).join(', ')}); given alone, asks for a bibliography`,
      examples: ['chicago-author-date'],
    }),
  ),
  locale: Type.Optional(
    Type.Enum([...LOCALES], { description: `Locale of \`bibliography\` and \`html\` (default \`${DEFAULT_LOCALE}\`): terms, dates, quotation marks`, examples: ['fr-FR'] }),
  ),
};

/** The paragraph each route's description ends with (CITATION_FORMATS_DESCRIPTION for a paginated list). */
export const CITATION_FORMATS_NOTE =
  'Formats: `format=csl-json`, `bibtex`, `biblatex`, `ris`, `bibliography` or `html`, or an `Accept` header preferring ' +
  '`application/vnd.citationstyles.csl+json`, `application/x-bibtex`, `application/x-biblatex`, ' +
  '`application/x-research-info-systems` or `text/x-bibliography; style=apa; locale=en-US` (as DOI content negotiation ' +
  `reads it). A bibliography is formatted in a CSL style (${STYLES.map((s) => `\`${s}\``).join(', ')}) and locale ` +
  `(${LOCALES.map((l) => `\`${l}\``).join(', ')}), by \`style\` and \`locale\` or the Accept parameters; an unknown one is a 400 ` +
  'listing those available. `html` (only by `format=html`: browsers send `text/html` for everything) is the same ' +
  'bibliography as an HTML fragment, every text of the references escaped.';

export const CITATION_FORMATS_DESCRIPTION = `${CITATION_FORMATS_NOTE} The answer is paginated as in JSON: the next page is in the \`Link: rel="next"\` header.`;

const EXAMPLE_BIBTEX =
  '@book{Russian_revolution_of_1917-1,\n\taddress = {New Delhi},\n\tauthor = {Prashad, Vijay},\n\tyear = {2017},\n\tpages = {30},\n' +
  '\tpublisher = {LeftWord Books},\n\ttitle = {Red {Star} over the {Third} {World}},\n}\n';
const EXAMPLE_BIBLATEX =
  '@book{Russian_revolution_of_1917-1,\n\tauthor = {Prashad, Vijay},\n\tdate = {2017},\n\tpages = {30},\n\tlocation = {New Delhi},\n' +
  '\tpublisher = {LeftWord Books},\n\ttitle = {Red {Star} over the {Third} {World}},\n}\n';
const EXAMPLE_RIS =
  'TY  - BOOK\nAU  - Prashad, Vijay\nCY  - New Delhi\nDA  - 2017///\nPY  - 2017\nID  - Russian_revolution_of_1917-1\nPB  - LeftWord Books\n' +
  'SE  - 30\nTI  - Red Star over the Third World\nER  - \n';
const EXAMPLE_TEXT = 'Prashad, V. (2017). Red Star over the Third World (p. 30) [PDF]. LeftWord Books.\n';
const EXAMPLE_HTML =
  '<div class="csl-bib-body">\n  <div data-csl-entry-id="Russian_revolution_of_1917-1" class="csl-entry">Prashad, V. (2017). ' +
  '<i>Red Star over the Third World</i> (p. 30) [PDF]. LeftWord Books.</div>\n</div>';

const text = (description: string, example: string) => ({ schema: Type.String({ description }), example });

/** The content types of a list of citations besides JSON, each with an example. */
export const citationContent = (csl: TSchema = CslItems) => ({
  [MEDIA_TYPES['csl-json']]: { schema: csl },
  [MEDIA_TYPES.bibtex]: text('BibTeX entries (UTF-8; keys are the CSL ids)', EXAMPLE_BIBTEX),
  [MEDIA_TYPES.biblatex]: text('BibLaTeX entries (UTF-8; keys are the CSL ids)', EXAMPLE_BIBLATEX),
  [MEDIA_TYPES.ris]: text('RIS records, `TAG  - value` lines (`ID` is the CSL id)', EXAMPLE_RIS),
  [MEDIA_TYPES.bibliography]: text('A bibliography in the CSL style and locale of the Content-Type parameters, one entry a line', EXAMPLE_TEXT),
  [MEDIA_TYPES.html]: text('The bibliography as an HTML fragment (`div.csl-bib-body`, one `div.csl-entry` each); all reference text escaped', EXAMPLE_HTML),
});

/** The 200 response of a list of citations: `json` as the route's own schema, the other formats as above. */
export const citationResponse = (json: TSchema, description: string, csl?: TSchema) => ({
  description,
  content: { 'application/json': { schema: json }, ...citationContent(csl) },
});
