/** The wire schema of a parsed reference (`ReferenceFields`), shared by the parsers, the database and the API. */
import { Type, type Static } from 'typebox';
import { Identifiers } from '../identifiers.js';
import { PersonName } from '../names/schema.js';

const NullableString = (description: string) =>
  Type.Union([Type.String(), Type.Null()], { description });
const NullableDate = (description: string) =>
  Type.Union([Type.String({ format: 'date' }), Type.Null()], { description });

export const ReferenceKind = Type.Union(
  [
    Type.Literal('book'), Type.Literal('journal'), Type.Literal('web'), Type.Literal('note'),
    Type.Literal('ibid'), Type.Literal('url'), Type.Literal('other'),
  ],
  {
    description:
      'Shape of the reference: `book` (title, imprint), `journal` (article with volume/issue/pages), ' +
      '`web` (article or page with an outlet), `note` (a pointer such as "See … available in ' +
      'Wikisource" that names no work), `ibid` (same source as the previous reference), `url` ' +
      '(a bare URL), `other` (not recognised).',
  },
);

export const ReferenceFields = Type.Object(
  {
    authors: Type.Array(Type.String(), {
      description: 'Authors as "Given Family" ("Stalin, Joseph" → "Joseph Stalin"); organisations as written. `names` has them as CSL names.',
    }),
    names: Type.Optional(Type.Array(PersonName, {
      description: 'The authors as CSL names (family, given, particles, suffix; `literal` for an organisation), in the order of `authors`; ' +
        'absent from references stored before names were parsed. Never a title or a site: a reference that names no author has none.',
    })),
    editors: Type.Optional(Type.Array(PersonName, { description: 'Wikitext citation templates: the editors (`editor-last1`, `editor1`, `veditors`…), as CSL names' })),
    year: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Year of publication, from `(YYYY)` or a full date; null for `n.d.` or none.',
    }),
    date: NullableDate('Full publication date (ISO YYYY-MM-DD) when the reference gives one, e.g. `(2018-11-02)`.'),
    title: NullableString('Title of the work: a book title (with any unquoted subtitle) or a quoted article/page title.'),
    chapter: NullableString("Chapter or part, from a quoted `'Chapter'` after the title."),
    edition: NullableString('Edition, e.g. `5th ed.`.'),
    volume: NullableString('Volume number (journals and multi-volume works).'),
    issue: NullableString('Issue number (journals).'),
    pages: NullableString('Pages as written: `p. 30`, `pp. 140–152`, or a bare journal range `45–63`.'),
    place: NullableString('Place of publication, e.g. `New Delhi`.'),
    publisher: NullableString('Publisher, or the journal, newspaper or website that published the work.'),
    url: NullableString('The first URL visible in the reference (the archive URL if that is the one shown).'),
    format: Type.Union([Type.Literal('PDF'), Type.Literal('HTML'), Type.Null()], {
      description: 'Format from a `[PDF]`/`[HTML]` tag or `(PDF)`; other tags such as `[MIA]` give null.',
    }),
    retrieved: NullableDate('Access date (ISO), from "Retrieved <date>".'),
    archived: NullableDate('Archive date (ISO), from "Archived from the original on <date>".'),
    kind: ReferenceKind,
    backlinks: Type.Array(Type.String(), {
      description: 'Backlink labels of a reference cited several times, e.g. ["2.0", "2.1", "2.2"].',
    }),
    identifiers: Identifiers,
  },
  {
    $id: 'ReferenceFields',
    description: 'The parts of one bibliographic reference, parsed from its rendered text.',
    additionalProperties: false,
  },
);
export type ReferenceFields = Static<typeof ReferenceFields>;
export type ReferenceKind = Static<typeof ReferenceKind>;
