/** CSL-JSON (Citation Style Language data) on the wire: its media type and the TypeBox schemas of its items. */
import { Type, type Static } from 'typebox';
import { PersonName } from '../../document/names/schema.js';

export const CSL_MEDIA_TYPE = 'application/vnd.citationstyles.csl+json';

/** A CSL name: the document model's name (src/document/names/schema.ts), written once. */
export const CslName = PersonName;
export type CslName = Static<typeof CslName>;

export const CslDate = Type.Object(
  {
    'date-parts': Type.Array(Type.Array(Type.Integer(), { minItems: 1, maxItems: 3 }), {
      minItems: 1,
      maxItems: 2,
      description: '[[year, month, day]], month and day when known',
      examples: [[[2017]]],
    }),
  },
  { description: 'A CSL date' },
);
export type CslDate = Static<typeof CslDate>;

export const CslType = Type.Union(
  [Type.Literal('book'), Type.Literal('chapter'), Type.Literal('article-journal'), Type.Literal('webpage'), Type.Literal('document')],
  { description: 'CSL item type: `book`, `chapter` (a chapter given), `article-journal`, `webpage`, or `document` for notes and unrecognised references' },
);

export const CslItem = Type.Object(
  {
    id: Type.String({ description: '`<article slug>-<reference number>`', examples: ['Russian_revolution_of_1917-1'] }),
    type: CslType,
    title: Type.Optional(Type.String({ description: 'The work, or the chapter of a `chapter`', examples: ['Red October'] })),
    'container-title': Type.Optional(
      Type.String({ description: 'The book of a chapter, the journal of an article, the site or outlet of a web page', examples: ['Red Star over the Third World'] }),
    ),
    author: Type.Optional(Type.Array(CslName)),
    editor: Type.Optional(Type.Array(CslName)),
    issued: Type.Optional(CslDate),
    accessed: Type.Optional(CslDate),
    publisher: Type.Optional(Type.String({ examples: ['LeftWord Books'] })),
    'publisher-place': Type.Optional(Type.String({ examples: ['New Delhi'] })),
    page: Type.Optional(Type.String({ examples: ['30'] })),
    volume: Type.Optional(Type.String()),
    issue: Type.Optional(Type.String()),
    edition: Type.Optional(Type.String()),
    medium: Type.Optional(Type.String({ description: 'The format tag of the reference', examples: ['PDF'] })),
    URL: Type.Optional(Type.String()),
    ISBN: Type.Optional(Type.String({ description: 'The first ISBN, as hyphenated ISBN-13', examples: ['978-0-674-51173-6'] })),
    DOI: Type.Optional(Type.String({ description: 'The DOI (lower case)', examples: ['10.1086/226147'] })),
    note: Type.Optional(Type.String({ description: 'The reference text, for a reference that names no title (notes, Ibid.)' })),
  },
  { description: 'One CSL-JSON item (Citation Style Language 1.0.2)' },
);
export type CslItem = Static<typeof CslItem>;

export const CslItems = Type.Array(CslItem, { description: 'CSL-JSON: an array of items, as Zotero, Pandoc and citeproc read' });
