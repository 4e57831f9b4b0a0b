/** The wire schemas of citations: a parsed reference, a hit with its article and sections, and the /v1/citations query. */
import { Type, type Static } from 'typebox';
import { ReferenceFields } from '../../document/references/schema.js';
import { CitationFormatQuery } from './citation-formats.js';
import { ArticleRef, IdentifierQuery, Page, PageQuery, SectionRef } from './common.js';

export const Citation = Type.Object(
  {
    n: Type.Integer({ description: 'The reference number in its article', examples: [1] }),
    text: Type.String({
      description: 'The reference as printed after `N. `, backlink labels included',
      examples: ["Vijay Prashad (2017). Red Star over the Third World: 'Red October' (p. 30). [PDF] New Delhi: LeftWord Books."],
    }),
    ...ReferenceFields.properties,
    name: Type.Optional(Type.Union([Type.String(), Type.Null()], { description: 'Wikitext articles: the `<ref name=…>`, null when unnamed', examples: ['lih'] })),
    template: Type.Optional(Type.String({ description: 'Wikitext articles: the citation template the reference was written with', examples: ['cite book'] })),
    group: Type.Optional(
      Type.String({ description: 'Wikitext articles: the group of a note numbered apart (`<ref group="note">`; `{{efn}}` is "lower-alpha"); absent for the references', examples: ['lower-alpha'] }),
    ),
    label: Type.Optional(
      Type.String({ description: 'Wikitext articles with note groups: the marker as printed (`3` for the references, `a`, `note 1` in their groups); `n` stays unique', examples: ['a'] }),
    ),
    fullCitation: Type.Optional(
      Type.Integer({ description: 'Wikitext {{sfn}} short footnotes: the `n` of the reference in this article giving the full work it abbreviates (its `sourceId` is the work\'s as well)', examples: [4] }),
    ),
    sourceId: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The cited work (`/v1/sources/{id}`); null for notes that name no work',
    }),
  },
  { description: 'A reference of an article, parsed into its parts; the raw text is always kept' },
);
export type Citation = Static<typeof Citation>;

export const CitationHit = Type.Object(
  {
    ...Citation.properties,
    article: ArticleRef,
    sections: Type.Array(SectionRef, { description: 'The sections whose text cites it' }),
  },
  { description: 'A citation with the article and sections citing it' },
);
export type CitationHit = Static<typeof CitationHit>;

export const CitationQuery = Type.Object({
  author: Type.Optional(Type.String({ maxLength: 200, description: 'Words of an author name (case and diacritics ignored; a word matches as a prefix)', examples: ['Prashad'] })),
  title: Type.Optional(Type.String({ maxLength: 300, description: 'Words of the cited title', examples: ['Red Star'] })),
  publisher: Type.Optional(Type.String({ maxLength: 200, description: 'Words of the publisher, journal or outlet', examples: ['LeftWord'] })),
  year: Type.Optional(Type.Integer({ minimum: -9999, maximum: 9999, description: 'Exact year', examples: [2017] })),
  yearFrom: Type.Optional(Type.Integer({ minimum: -9999, maximum: 9999, description: 'Earliest year (inclusive)', examples: [1900] })),
  yearTo: Type.Optional(Type.Integer({ minimum: -9999, maximum: 9999, description: 'Latest year (inclusive)', examples: [1950] })),
  article: Type.Optional(Type.String({ maxLength: 512, description: 'Only citations of this article (any spelling or redirect)', examples: ['October Revolution'] })),
  q: Type.Optional(Type.String({ maxLength: 2000, description: 'Words anywhere in the reference text', examples: ['Leninism'] })),
  ...IdentifierQuery,
  ...CitationFormatQuery,
  ...PageQuery,
});
export type CitationQuery = Static<typeof CitationQuery>;

/** A page of citation hits. */
export const CitationPage = Page(CitationHit, 'A page of citations across the corpus');
