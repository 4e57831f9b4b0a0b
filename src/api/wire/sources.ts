/** The wire schemas of sources (cited works): identifiers, the list item and page, the queries, and a source with the articles citing it. */
import { Type, type Static } from 'typebox';
import { Identifiers } from '../../document/identifiers.js';
import { CitationFormatQuery } from './citation-formats.js';
import { ArticleRef, IdentifierQuery, nextPage, Nullable, Page, PageQuery, SectionRef } from './common.js';

export const SourceIdentifiers = Type.Object(
  {
    isbn: Identifiers.properties.isbn,
    doi: Identifiers.properties.doi,
    oclc: Identifiers.properties.oclc,
  },
  {
    $id: 'SourceIdentifiers',
    additionalProperties: false,
    description: 'The identifiers of the work: those of all its references (the first DOI and OCLC number if they give several)',
  },
);
export type SourceIdentifiers = Static<typeof SourceIdentifiers>;

export const SourceListItem = Type.Object(
  {
    id: Type.Integer({ description: 'The source id', examples: [1] }),
    title: Nullable(Type.String({ examples: ['Red Star over the Third World'] }), 'Title of the work; null for a bare URL'),
    authors: Type.Array(Type.String(), { description: 'Authors as "Given Family"; corporate authors as written', examples: [['Vijay Prashad']] }),
    year: Nullable(Type.Integer({ examples: [2017] }), 'Year of publication'),
    publisher: Nullable(Type.String({ examples: ['LeftWord Books'] }), 'Publisher, journal, newspaper or website'),
    place: Nullable(Type.String({ examples: ['New Delhi'] }), 'Place of publication'),
    url: Nullable(Type.String(), 'URL of the work'),
    kind: Type.String({ description: 'Shape of the reference: book, journal, web, url, other', examples: ['book'] }),
    identifiers: SourceIdentifiers,
    citationCount: Type.Integer({ description: 'References citing it, across all articles (Ibid. references included)', examples: [1] }),
    articleCount: Type.Integer({ description: 'Articles citing it', examples: [1] }),
    href: Type.String({ description: 'The source resource', examples: ['/v1/sources/1'] }),
  },
  {
    description:
      'A distinct cited work: references to the same work are one source, with the fields of its first reference. ' +
      'References are the same work when they share an ISBN (as ISBN-13) or DOI, or else have the same normalised title ' +
      '(accents removed, punctuation as spaces, lower case), the same first author (surname, and initial when both give ' +
      'one) and years at most one apart; references with conflicting ISBNs or DOIs never are',
  },
);
export type SourceListItem = Static<typeof SourceListItem>;

export const SourceArticle = Type.Object(
  {
    ...ArticleRef.properties,
    citations: Type.Array(
      Type.Object({
        n: Type.Integer({ description: 'The reference number in the article', examples: [1] }),
        text: Type.String({ description: 'The reference as printed' }),
      }),
      { description: 'The references of the article citing the work' },
    ),
    sections: Type.Array(SectionRef, { description: 'The sections whose text cites one of these references' }),
  },
  { description: 'An article citing the work' },
);
export type SourceArticle = Static<typeof SourceArticle>;

export const Source = Type.Object(
  {
    ...SourceListItem.properties,
    articles: Type.Array(SourceArticle, { description: 'A page of the articles citing the work, in title order (`articleCount` in all)' }),
    ...nextPage(' of `articles`'),
  },
  { description: 'A cited work with a page of the articles citing it, their references to it and the sections citing those' },
);
export type Source = Static<typeof Source>;

export const SourceQuery = Type.Object({
  author: Type.Optional(Type.String({ maxLength: 200, description: 'Words of an author name in a reference to the work (case and diacritics ignored; a word matches as a prefix)', examples: ['Prashad'] })),
  title: Type.Optional(Type.String({ maxLength: 300, description: 'Words of the title', examples: ['Red Star'] })),
  q: Type.Optional(Type.String({ maxLength: 2000, description: 'Words anywhere in a reference to the work', examples: ['LeftWord'] })),
  ...IdentifierQuery,
  ...CitationFormatQuery,
  ...PageQuery,
});
export type SourceQuery = Static<typeof SourceQuery>;

export const SourceArticlesQuery = Type.Object({ ...CitationFormatQuery, ...PageQuery });
export type SourceArticlesQuery = Static<typeof SourceArticlesQuery>;

export const SourceParams = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'The source id (`id` of a source, `sourceId` of a citation)', examples: [1] }),
});

export const SourcePage = Page(SourceListItem, 'A page of cited works');
