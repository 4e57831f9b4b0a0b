/**
 * The parsed form of a source document.
 *
 * Losslessness: `parts` partitions the source. Every line belongs to exactly one part, and each
 * part keeps its exact text (`raw`) and the exact separator before it (`lead`: the newline and any
 * blank lines). `render()` concatenates them, so the source comes back byte for byte; the typed
 * views (infobox, sections, references) point into `parts` by `seq`.
 *
 * The pieces that reach the API's wire format are TypeBox schemas, so they are written once.
 */
import { Type, type Static } from 'typebox';
import type { ReferenceFields } from './references/schema.js';
import { TypedValue } from './values/schema.js';

export const PART_KINDS = [
  'chrome', // skin chrome, navigation and revision lines: kept, never shown
  'title',
  'site',
  'redirect', // "(Redirected from X)"
  'notice', // notice boxes rendered as a plain line
  'infobox-title',
  'infobox-field',
  'infobox-image', // an image's file name line inside the box
  'infobox-caption', // image alt/caption lines inside the box
  'infobox-group', // group headers such as "History" or "Area"
  'heading',
  'paragraph',
  'list',
  'hatnote',
  'references-heading',
  'reference',
  // wikitext: templates, categories, tables, the references list and a redirect, each on its own lines
  'template',
  'category',
  'table',
  'references',
] as const;
export type PartKind = (typeof PART_KINDS)[number];

export interface Part {
  /** Position in the document, 0-based. */
  seq: number;
  kind: PartKind;
  /** 1-based line number of the part's first line. */
  line: number;
  /** The exact text between the previous part and this one (newlines, blank lines). */
  lead: string;
  /** The exact text of the part's lines. */
  raw: string;
}

export const HatnoteKind = Type.Union(
  [
    Type.Literal('see-also'),
    Type.Literal('main'),
    Type.Literal('further'),
    Type.Literal('about'),
    Type.Literal('redirect'),
  ],
  { description: '`see-also` and `main` as printed; `about` and `redirect` are disambiguation hatnotes above the lead' },
);
export type HatnoteKind = Static<typeof HatnoteKind>;

export const Hatnote = Type.Object(
  {
    kind: HatnoteKind,
    targets: Type.Array(Type.String(), { description: 'Linked article titles, in order' }),
  },
  { description: 'A hatnote: a line linking to related articles' },
);
export type Hatnote = Static<typeof Hatnote>;

export const InfoboxField = Type.Object(
  {
    key: Type.String({ description: 'Stable snake_case key, unique within the infobox', examples: ['date'] }),
    label: Type.Union([Type.String(), Type.Null()], {
      description: 'The label, printed or supplied from the template; null where the rendering lost it',
      examples: ['Date'],
    }),
    text: Type.String({
      description: 'The raw value, markers included; continuation lines joined with a newline',
      examples: ['November 7th, 1917'],
    }),
    values: Type.Optional(
      Type.Array(Type.String(), { description: 'The sides of a two-sided row, or the items of a list-like row' }),
    ),
    date: Type.Optional(Type.String({ format: 'date', description: 'ISO 8601 date found in the value', examples: ['1917-11-07'] })),
    group: Type.Optional(Type.String({ description: 'The group header the row sits under, e.g. "History" or "Area"' })),
    supplied: Type.Optional(Type.Boolean({ description: 'True when the label was not printed and comes from the template' })),
    raw: Type.Optional(Type.String({ description: "Wikitext articles: the parameter's value as written", examples: ['{{birth date|1870|4|22}}'] })),
    links: Type.Optional(Type.Array(Type.String(), { description: 'Wikitext articles: the articles the value links to', examples: [['Simbirsk']] })),
    value: Type.Union([TypedValue, Type.Null()], {
      description: 'The value typed — a number, a quantity with its unit, a date or range, a boolean, URL, coordinates or a list of them — or null when nothing is certain (`text` and `raw` keep the rest)',
      examples: [{ type: 'date', date: '1870-04-22', precision: 'day' }],
    }),
  },
  { description: 'One row of the infobox' },
);
export type InfoboxField = Static<typeof InfoboxField>;

export interface ParsedInfoboxField extends InfoboxField {
  seq: number;
}

export interface Infobox {
  title: string | null;
  /** The template recognised from the labels, e.g. "military conflict". */
  template: string | null;
  fields: ParsedInfoboxField[];
}

/** A table's text: one line a row, cells apart by tabs (wikitext). */
export type BlockKind = 'paragraph' | 'list' | 'quote' | 'table' | 'hatnote';

export interface Block {
  seq: number;
  kind: BlockKind;
  /** Display text: lines trimmed and joined with newlines, markers removed. */
  text: string;
  /** Citation numbers of `[n]` markers in the block, in order of first appearance. */
  citations: number[];
  hatnote?: Hatnote;
}

export interface Section {
  index: number;
  /** null for the lead and for sections whose heading was lost in the rendering. */
  title: string | null;
  anchor: string | null;
  level: number;
  /** seq of the heading part, null when there is none. */
  headingSeq: number | null;
  blocks: Block[];
}

export interface Reference extends ReferenceFields {
  seq: number;
  n: number;
  /** The text after `N. `, backlink labels included. */
  text: string;
  /** Wikitext: the `<ref name=…>` (null when unnamed). */
  name?: string | null;
  /** Wikitext: the citation template the reference was written with, e.g. "cite book". */
  template?: string;
  /** Wikitext: the ref's group (`<ref group="note">`, `{{efn}}` → "lower-alpha"), numbered apart; absent for the default group. */
  group?: string;
  /** Wikitext, when the page has groups: the marker Cite prints (`3`, `a`, `note 1`). */
  label?: string;
  /** Wikitext {{sfn}}: the number of the reference giving the full work it abbreviates, when the page has one. */
  fullCitation?: number;
}

export interface Problem {
  severity: 'error' | 'warning';
  line: number;
  /** 1-based, where known. */
  column?: number;
  message: string;
}

export const Revision = Type.Object(
  {
    id: Type.Integer({ description: 'The revision id' }),
    timestamp: Type.String({ format: 'date-time', examples: ['2024-05-01T12:00:00Z'] }),
    sha1: Type.Union([Type.String(), Type.Null()], { description: "MediaWiki's base-36 sha1 of the revision text" }),
  },
  { description: 'The revision imported (wikitext articles)' },
);
export type Revision = Static<typeof Revision>;

export const Contributor = Type.Union([Type.Object({ name: Type.String() }), Type.Object({ ip: Type.String() })], {
  description: "The revision's editor as the export gives it: a user's name, or an anonymous editor's IP address",
});
export type Contributor = Static<typeof Contributor>;

/**
 * The revision with the details an export gives beside its id: what the document holds, and what
 * the article's `revision` gives (src/api/wire/articles.ts, where `minor` and `size` may be null).
 */
export const RevisionDetails = Type.Object(
  {
    ...Revision.properties,
    parentId: Type.Union([Type.Integer(), Type.Null()], { description: "The revision before it; null for a page's first" }),
    contributor: Type.Union([Contributor, Type.Null()], { description: 'null when the export hides it (deleted)' }),
    comment: Type.Union([Type.String(), Type.Null()], { description: 'The edit summary; null when there is none or it is hidden' }),
    minor: Type.Boolean({ description: 'Whether the edit was marked minor' }),
    size: Type.Integer({ minimum: 0, description: "The revision text's size in bytes (UTF-8)" }),
  },
  { description: 'The revision imported, with its editor, summary and size (wikitext articles)' },
);
export type RevisionDetails = Static<typeof RevisionDetails>;

export const Image = Type.Object(
  {
    file: Type.String({ description: 'The file name, normalised as titles are, without its namespace', examples: ['Lenin in 1920.jpg'] }),
    caption: Type.Union([Type.String(), Type.Null()], { description: 'The caption as displayed' }),
    alt: Type.Union([Type.String(), Type.Null()], { description: 'The alt text as displayed' }),
    href: Type.Union([Type.String(), Type.Null()], {
      description: "The source wiki's `Special:FilePath/<file>` (exports carry no images); null when the source gives no base URL",
    }),
  },
  { description: "The page's main image: its first infobox's image, else the first file of its lead" },
);
export type Image = Static<typeof Image>;

export const TemplateUse = Type.Object(
  {
    name: Type.String({ description: 'The template, normalised as titles are, without its namespace', examples: ['Infobox person'] }),
    count: Type.Integer({ minimum: 1, description: 'How many times the page transcludes it' }),
  },
  { description: 'A template the page transcludes (magic words and parser functions are not templates)' },
);
export type TemplateUse = Static<typeof TemplateUse>;

/** A template as a page uses it. */
export interface PageTemplate extends TemplateUse {
  /** A citation template: its parameters are read into the page's citations, not kept as template parameters. */
  citation: boolean;
}

export const Coordinate = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude in decimal degrees' }),
    lon: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude in decimal degrees' }),
    primary: Type.Boolean({ description: "Whether it is the page's own location (`{{coord|…|display=title}}`)" }),
  },
  { description: 'A location the page gives' },
);
export type Coordinate = Static<typeof Coordinate>;

export interface Category {
  name: string;
  /** The sort key as written (`[[Category:X|key]]`), null when none. */
  sortKey: string | null;
  /** What members are ordered by: the sort key, else {{DEFAULTSORT:}}, else the title. */
  sortBy: string;
}

/** An `[[internal link]]` to an article. */
export interface WikiLink {
  seq: number;
  target: string;
  fragment: string | null;
  section: number | null;
}

/**
 * A parameter one use of a template passes, as displayed (for /v1/templates/{name}?param=&value=).
 * Citation templates' parameters are not among them: they are read into the citations.
 */
export interface TemplateParameter {
  /** The template: its index in `Document.templates`. */
  template: number;
  /** Which use of it on the page, from 0. */
  use: number;
  /** The parameter's name as written (trimmed); a positional one's number. */
  name: string;
  /** Its displayed text on one line; null when too long to keep, or made by templates the format cannot display. */
  value: string | null;
  /** Infobox templates' parameters: the value typed, when it is certain (src/document/values). */
  typed?: TypedValue;
}

/** One use of a reference: in the part `seq`, of section `section` (null: the infobox). */
export interface CitationUse {
  seq: number;
  n: number;
  section: number | null;
}

export interface Document {
  title: string;
  /** `url`: the wiki's main page (a MediaWiki export's `<base>`), when the source gives it. */
  site: { name: string; tagline: string; url?: string } | null;
  redirectedFrom: string | null;
  infobox: Infobox | null;
  sections: Section[];
  references: Reference[];
  parts: Part[];
  /** The exact text after the last part (e.g. a final newline). */
  trailing: string;
  problems: Problem[];
  /** The source format; absent: text. */
  format?: 'text' | 'wikitext';
  revision?: RevisionDetails | null;
  categories?: Category[];
  /** Internal links beside the hatnotes' (wikitext). */
  links?: WikiLink[];
  /** Every use of a reference, in document order (text: each `[n]` marker that has a reference). */
  citationUses: CitationUse[];
  /** `{{Short description|…}}`; null when none (or `none`), and for text documents. */
  description: string | null;
  /** The main image: wikitext's first infobox image, else the lead's first file; text: the infobox's image line. */
  image: Image | null;
  /** Every infobox in document order, nested ones included; `infobox` is the first (text: it alone). */
  infoboxes: Infobox[];
  /** The templates transcluded, by first use (text: none, the rendering has lost them). */
  templates: PageTemplate[];
  /** The parameters of each template use (text: none). */
  templateParameters: TemplateParameter[];
  /** The locations given, in document order (text: none). */
  coordinates: Coordinate[];
}
