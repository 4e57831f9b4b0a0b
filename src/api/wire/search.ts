/** The wire schemas of search: the query, a hit, and title completion (its query and suggestions). */
import { Type, type Static } from 'typebox';
import { ArticleRef, PageQuery, SectionRef } from './common.js';

export const SearchQuery = Type.Object({
  q: Type.String({
    minLength: 1,
    maxLength: 2000,
    description:
      'What to search for. Words must all match (case and diacritics are ignored: `alfabetizacion` finds ' +
      '"alfabetización"); `"exact phrase"`; `word*` for words starting with `word` (at least 2 characters); ' +
      '`-word` or `-"a phrase"` to exclude. Everything else — operators, brackets, `:` — is plain text. ' +
      'English stop words (the, of, and, a, in, to…) are left out when the query has other words; a query of stop ' +
      'words only is matched but not scored (titles first, then in reading order); a quoted phrase is searched as written.',
    examples: ['literacy', '"literacy campaign"', 'alfabeti*', 'revolution -cuba'],
  }),
  in: Type.Optional(
    Type.Union([Type.Literal('articles'), Type.Literal('sections'), Type.Literal('citations')], {
      default: 'articles',
      description:
        '`articles`: one hit per article; articles whose title (or a redirect to it) matches come first, then ' +
        'articles matching in a section or the infobox (all words in the same section). ' +
        '`sections`: one hit per section (heading and text). `citations`: one hit per citation. ' +
        '`-word` leaves out the titles, sections, infobox rows and citations containing the word.',
    }),
  ),
  ...PageQuery,
});
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchHit = Type.Object(
  {
    article: ArticleRef,
    section: Type.Union([SectionRef, Type.Null()], {
      description:
        'The section the hit is shown from; for a citation, the section that cites it first; null for the infobox or a title',
    }),
    snippet: Type.String({
      description:
        'HTML: the matching text around the matches, escaped, with `<mark>…</mark>` around the matched words and `…` where text was cut',
      examples: ['The Cuban <mark>literacy</mark> campaign was a national mobilisation carried out throughout 1961…'],
    }),
    score: Type.Number({
      description:
        'bm25 relevance, higher is better; comparable within a tier only (for `articles`, title matches rank before body matches)',
    }),
    matchedIn: Type.Union(
      [Type.Literal('title'), Type.Literal('redirect'), Type.Literal('section'), Type.Literal('infobox'), Type.Literal('citation')],
      { description: 'What matched: the title, a redirect title, a section, an infobox value, or a citation' },
    ),
    citation: Type.Optional(
      Type.Object(
        { n: Type.Integer({ description: 'The reference number in the article' }), text: Type.String({ description: 'The reference as printed' }) },
        { description: 'The matching citation (`in=citations` only)' },
      ),
    ),
  },
  { description: 'A search hit' },
);
export type SearchHit = Static<typeof SearchHit>;

/** Suggestions /v1/titles gives when the query gives no `limit`. */
export const DEFAULT_TITLES_LIMIT = 10;

export const TitlesQuery = Type.Object({
  prefix: Type.String({
    minLength: 1,
    maxLength: 256,
    description:
      'What has been typed. Matches titles and redirects that start with it, then titles holding its words anywhere, ' +
      'the last word as a prefix; case and diacritics are ignored.',
    examples: ['Octob'],
  }),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_TITLES_LIMIT, description: 'Suggestions to return (1–100)', examples: [DEFAULT_TITLES_LIMIT] })),
});
export type TitlesQuery = Static<typeof TitlesQuery>;

export const TitleSuggestion = Type.Object(
  {
    title: Type.String({ description: 'The matching title (an article title or a redirect)', examples: ['October Revolution'] }),
    redirect: Type.Boolean({ description: 'Whether the title is a redirect to `target`' }),
    target: ArticleRef,
  },
  { description: 'A completion: the title, and the article it leads to' },
);
export type TitleSuggestion = Static<typeof TitleSuggestion>;

export const TitleSuggestions = Type.Object(
  {
    prefix: Type.String({ description: 'The prefix asked for' }),
    items: Type.Array(TitleSuggestion, {
      description: 'Titles starting with the prefix first, then titles with its words; shortest first in each group',
    }),
  },
  { description: 'Title completions' },
);
