/** The MCP tools across the corpus: full-text search, citations by their parts, cited works. */
import { Type } from 'typebox';
import { findCitations } from '../api/citations.js';
import { pageOf } from '../api/pagination.js';
import { searchPage } from '../api/search.js';
import { sourceWithArticles } from '../api/sources.js';
import { CitationPage, CitationQuery } from '../api/wire/citations.js';
import { pageFields } from '../api/wire/common.js';
import { SearchHit, SearchQuery } from '../api/wire/search.js';
import { Source, SourceArticlesQuery, SourceParams } from '../api/wire/sources.js';
import { absolute, ApiUrl, pageAnswer, restUrl, tool, type ToolDefinition, type ToolQueries } from './tool-kit.js';

/** HTML snippets (`<mark>`, entities) as plain text with **bold** matches. */
const plainSnippet = (html: string) =>
  html
    .replace(/<\/?mark>/g, '**')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const FindCitationsInput = Type.Omit(CitationQuery, ['format', 'style', 'locale']);

export function corpusTools(q: ToolQueries): ToolDefinition[] {
  return [
    tool({
      name: 'search',
      title: 'Search the encyclopedia',
      description:
        'Full-text search over articles (the default), sections or citations, ranked by relevance as /v1/search is, with ' +
        'snippets. Words must all match; "exact phrase", word* (prefix) and -word (exclude) work. Pages with `cursor`.',
      input: SearchQuery,
      output: Type.Object({ apiUrl: ApiUrl, ...pageFields(SearchHit) }, { description: 'A page of search hits, best first' }),
      run(args, context) {
        const url = restUrl('/v1/search', { q: args.q, in: args.in, limit: args.limit, cursor: args.cursor });
        const body = searchPage(q.search, args, (...rest) => pageOf(url, ...rest));
        const lines = body.items.map((hit, i) => {
          const where = hit.citation ? ` [${hit.citation.n}]` : hit.section?.title ? ` § ${hit.section.title}` : '';
          return `${i + 1}. ${hit.article.title}${where} — ${plainSnippet(hit.snippet)}\n   ${absolute(hit.article.href, context)}`;
        });
        return pageAnswer(url, body, lines, `No results for ${JSON.stringify(args.q)}.`, context);
      },
    }),

    tool({
      name: 'find_citations',
      title: 'Find citations',
      description:
        'References across every article by their parts, as /v1/citations: words of the `author`, `title`, `publisher` ' +
        'or whole text (`q`), a `year` or range (`yearFrom`, `yearTo`), one `article`, an `isbn` or `doi`. Each hit names its article and ' +
        'the sections citing it, and `sourceId` the cited work (see get_source). Pages with `cursor`.',
      input: FindCitationsInput,
      output: Type.Object({ apiUrl: ApiUrl, ...CitationPage.properties }, { description: 'A page of citations' }),
      run(args, context) {
        const { limit, cursor, ...filters } = args;
        const url = restUrl('/v1/citations', { ...filters, limit, cursor });
        const body = findCitations(q.citations, q.articles, args).hits((...rest) => pageOf(url, ...rest));
        const lines = body.items.map((hit) => `- ${hit.text}\n  [${hit.n}] in "${hit.article.title}" ${absolute(hit.article.href, context)}`);
        return pageAnswer(url, body, lines, 'No citations match.', context);
      },
    }),

    tool({
      name: 'get_source',
      title: 'Get a cited work',
      description:
        'One cited work (a `sourceId` of a citation) with the articles citing it, their references to it and the sections ' +
        'citing those, as /v1/sources/{id}. The articles page with `cursor`.',
      input: Type.Object({ ...SourceParams.properties, ...SourceArticlesQuery.properties }),
      output: Type.Object({ apiUrl: ApiUrl, ...Source.properties }, { description: 'A cited work with a page of the articles citing it' }),
      run(args, context) {
        const url = restUrl(`/v1/sources/${args.id}`, { limit: args.limit, cursor: args.cursor });
        const source = sourceWithArticles(q.sources, args.id, args, (...rest) => pageOf(url, ...rest));
        const heading = `${source.authors.join(', ') || 'Unknown author'}${source.year !== null ? ` (${source.year})` : ''}. ${source.title ?? source.url ?? '(untitled)'}` +
          `${source.publisher ? `. ${source.publisher}` : ''}. Cited ${source.citationCount} times in ${source.articleCount} articles:`;
        const lines = source.articles.map(
          (a) => `- "${a.title}" ${absolute(a.href, context)}: ${a.citations.map((c) => `[${c.n}]`).join('')}` +
            (a.sections.length ? ` in ${a.sections.map((s) => s.title ?? (s.index === 0 ? 'the lead' : `section ${s.index}`)).join(', ')}` : ''),
        );
        return pageAnswer(url, source, [heading, ...lines], '', context);
      },
    }),
  ];
}
