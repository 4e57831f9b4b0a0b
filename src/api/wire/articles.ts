/** The wire schemas of articles: the resolved reference, paragraphs, sections, infobox, links, categories, backlinks, the whole article and its list item. */
import { Type, type Static } from 'typebox';
import { Coordinate, Hatnote, Image, InfoboxField, RevisionDetails, TemplateUse } from '../../document/types.js';
import { Citation } from './citations.js';
import { ArticleRef, Nullable } from './common.js';

export const ResolvedRef = Type.Object(
  {
    ...ArticleRef.properties,
    redirectedFrom: Type.Optional(Type.String({ description: 'The redirect title that was asked for', examples: ['October Revolution'] })),
    redirectFragment: Type.Optional(
      Type.String({ description: 'The section that redirect leads to (`#REDIRECT [[Title#Section]]`), when it names one', examples: ['Early life'] }),
    ),
    normalizedFrom: Type.Optional(Type.String({ description: 'The non-canonical spelling that was asked for', examples: ['russian_revolution_of_1917'] })),
  },
  { description: 'The article asked for, with how the title was resolved' },
);
export type ResolvedRef = Static<typeof ResolvedRef>;

export const Paragraph = Type.Object({
  kind: Type.Union([Type.Literal('paragraph'), Type.Literal('list'), Type.Literal('quote'), Type.Literal('table')], {
    description: 'A paragraph, a whole bullet or numbered list, a block quotation or a table (wikitext)',
  }),
  text: Type.String({ description: 'The text without citation markers; list items one per line; table rows one per line, cells apart by tabs' }),
  items: Type.Optional(Type.Array(Type.String(), { description: 'The items of a list' })),
  rows: Type.Optional(
    Type.Array(Type.Array(Type.String()), { description: 'The rows of a table, header rows included, each its cells as displayed', examples: [[['Year', 'Members'], ['1922', '300,000']]] }),
  ),
  citations: Type.Array(Type.Integer(), { description: 'Reference numbers cited here, in order of first appearance' }),
});

export const Section = Type.Object({
  index: Type.Integer({ description: '0 is the lead' }),
  anchor: Nullable(Type.String(), 'Anchor (title with underscores, made unique); null for the lead and untitled sections'),
  title: Nullable(Type.String(), 'Heading; null for the lead and where the rendering lost the heading'),
  level: Type.Integer({ description: '0 lead, 2 section, 3 subsection (wikitext: `==` is 2, `===` 3, …; text: inferred from a heading directly under a heading)' }),
  hatnotes: Type.Array(Hatnote),
  paragraphs: Type.Array(Paragraph),
  citations: Type.Array(Type.Integer(), { description: 'Distinct reference numbers cited in the section' }),
});
export type Section = Static<typeof Section>;

export const Infobox = Type.Object({
  title: Nullable(Type.String(), 'The infobox title line'),
  template: Nullable(Type.String(), 'The template recognised from its labels, e.g. "military conflict"'),
  fields: Type.Array(InfoboxField),
});
export type Infobox = Static<typeof Infobox>;

/** The revision with its details; `minor` and `size` are null in a database imported before they were stored. */
export const ArticleRevision = Type.Object(
  {
    ...RevisionDetails.properties,
    minor: Nullable(Type.Boolean(), 'Whether the edit was marked minor; null when the database was imported before revision details were stored'),
    size: Nullable(Type.Integer({ minimum: 0 }), "The revision text's size in bytes (UTF-8); null when the database was imported before revision details were stored"),
  },
  { description: 'The revision imported, with its editor, summary and size (wikitext articles)' },
);

export const License = Type.Object(
  {
    id: Type.String({ description: 'The licence, spelt as the site configures it (SITE_LICENSE_ID)', examples: ['CC-BY-SA-4.0'] }),
    url: Nullable(Type.String(), 'Where the licence is read (SITE_LICENSE_URL); null when not configured'),
  },
  { description: "The licence of the site's content, as configured" },
);
export type License = Static<typeof License>;

export const Link = Type.Object({
  kind: Type.String({ description: 'The hatnote kind (see-also, main, further, about, redirect), or `link` for an internal link', examples: ['see-also'] }),
  target: Type.String({ examples: ['February Revolution'] }),
  exists: Type.Boolean({ description: 'Whether the target is an article or redirect here' }),
  href: Type.String({ description: 'The target article resource', examples: ['/v1/articles/February_Revolution'] }),
  section: Nullable(Type.Integer(), 'The section index of the hatnote or link; null in the infobox'),
});

export const Category = Type.Object({
  name: Type.String({ examples: ['Revolutionaries'] }),
  sortKey: Nullable(Type.String(), 'The sort key as written (`[[Category:X|key]]`), null when none'),
  href: Type.String({ examples: ['/v1/categories/Revolutionaries'] }),
});
export type Category = Static<typeof Category>;
export type Link = Static<typeof Link>;

export const Article = Type.Object(
  {
    ...ResolvedRef.properties,
    site: Nullable(
      Type.Object({
        name: Type.String(),
        tagline: Type.String(),
        url: Type.Optional(Type.String({ description: "The wiki's main page (the export's `<base>`), for wikitext articles whose export gives it", examples: ['https://en.wikipedia.org/wiki/Main_Page'] })),
      }),
      'The site line: "From <name>, <tagline>"',
    ),
    summary: Nullable(Type.String(), "The lead's first paragraph without citation markers"),
    infobox: Nullable(Infobox, 'The infobox, or null'),
    sections: Type.Array(Section),
    citations: Type.Array(Citation),
    redirects: Type.Array(Type.String(), { description: 'Titles that redirect here' }),
    links: Type.Array(Link),
    contentHash: Type.String({ description: 'sha256 of the source document' }),
    format: Type.Union([Type.Literal('text'), Type.Literal('wikitext')], { description: 'The source format the article was imported from' }),
    revision: Nullable(ArticleRevision, 'The revision imported (wikitext); null for text documents'),
    categories: Type.Array(Category, { description: 'The categories of the article (wikitext); empty for text documents' }),
    description: Nullable(Type.String(), 'The short description (`{{Short description|…}}`); null when none, `none`, and for text documents'),
    image: Nullable(Image, 'The main image; null when none'),
    infoboxes: Type.Array(Infobox, { description: 'Every infobox in document order, nested ones included; the first is `infobox`' }),
    templates: Type.Array(TemplateUse, { description: 'The templates the article transcludes, by first use (wikitext); empty for text documents' }),
    coordinates: Type.Array(Coordinate, { description: 'The locations the article gives, in document order (wikitext); empty for text documents' }),
    license: Nullable(License, "The licence of the site's content; null when the server configures none"),
  },
  { $id: 'Article', description: 'A whole article' },
);
export type Article = Static<typeof Article>;
/** The fields of an article that src/api/metadata.ts gives (the rest is assembled in src/api/articles.ts). */
export type MetadataKey = 'revision' | 'description' | 'image' | 'infoboxes' | 'templates' | 'coordinates' | 'license';

export const Backlink = Type.Object({
  ...ArticleRef.properties,
  via: Nullable(Type.String(), 'The redirect the link goes through; null when it names the article'),
});

export const ArticleListItem = Type.Object({
  ...ArticleRef.properties,
  summary: Nullable(Type.String(), "The lead's first paragraph"),
});
export type ArticleListItem = Static<typeof ArticleListItem>;
