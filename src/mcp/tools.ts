/**
 * The MCP tools: each a TypeBox input and output schema (published as JSON Schema, the REST
 * route's schemas where there is one) and a function over the same queries and shared steps as the
 * REST routes. A tool returns structured content matching its output schema, and readable text.
 * Each answer's `apiUrl` is the REST URL of what it quotes; every `href` and `next` inside is a path on
 * the same server, as in the REST answers. Bad arguments are thrown as HttpProblems, as in REST.
 */
import { Type, type Static, type TObject } from 'typebox';
import type { Db } from '../db/open.js';
import { createArticleQueries } from '../db/queries/articles.js';
import { createCitationQueries } from '../db/queries/citations.js';
import { createSearchQueries, SearchQueryError } from '../db/queries/search.js';
import { createSourceQueries, sourceHref } from '../db/queries/sources.js';
import { decodeCursor, encodeCursor, pageOf } from '../pagination.js';
import { HttpProblem } from '../plugins/errors.js';
import { createArticleCache } from '../routes/articles/cache.js';
import { findSection, resolveArticle } from '../routes/articles/lookup.js';
import { Infobox, ResolvedRef } from '../routes/articles/schemas.js';
import { citationFilter } from '../routes/citations/index.js';
import { CslDate, CslName } from '../routes/citations/csl.js';
import { CitationPage, CitationQuery } from '../routes/citations/schemas.js';
import { Page, SectionRef, TitleParam } from '../routes/common.js';
import { searchPage } from '../routes/search/run.js';
import { SearchHit, SearchQuery } from '../routes/search/schemas.js';
import { sourceWithArticles } from '../routes/sources/index.js';
import { Source, SourceArticlesQuery, SourceParams } from '../routes/sources/schemas.js';
import { articleBlocks, joinBlocks, oneSectionBlocks, paginate } from './text.js';

export interface ToolContext {
  /** Where the REST API is (`http://host:port`), for absolute URLs; without it, URLs are paths. */
  baseUrl?: string;
}

export interface ToolAnswer<O extends TObject> {
  structured: Static<O>;
  text: string;
}

export interface ToolDefinition<I extends TObject = TObject, O extends TObject = TObject> {
  name: string;
  title: string;
  description: string;
  input: I;
  output: O;
  run(args: Static<I>, context: ToolContext): ToolAnswer<O>;
}

const tool = <I extends TObject, O extends TObject>(definition: ToolDefinition<I, O>) => definition as unknown as ToolDefinition;

const ApiUrl = Type.String({ description: 'The REST URL of what this answer quotes (absolute when the server knows its address)' });

/** A REST path with the query parameters that are set. */
function restUrl(path: string, params: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

const absolute = (path: string, { baseUrl }: ToolContext) => (baseUrl ? new URL(path, baseUrl).href : path);

/** HTML snippets (`<mark>`, entities) as plain text with **bold** matches. */
const plainSnippet = (html: string) =>
  html
    .replace(/<\/?mark>/g, '**')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const moreLine = (nextCursor: string | null) => (nextCursor ? `\n\nMore results: call again with cursor "${nextCursor}".` : '');

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description });

const ArticleText = Type.Object(
  {
    article: ResolvedRef,
    apiUrl: ApiUrl,
    section: Type.Optional(SectionRef),
    sections: Type.Array(SectionRef, { description: "The article's sections, to ask for one by `section`" }),
    text: Type.String({ description: 'This page of the text: Markdown headings, paragraphs with the reference numbers they cite ([1]), references at the end' }),
    references: Type.Array(
      Type.Object({
        n: Type.Integer({ description: 'The reference number' }),
        text: Type.String({ description: 'The reference as printed' }),
        source: Nullable(Type.String(), 'The cited work (`/v1/sources/{id}`); null for a note'),
      }),
      { description: 'The references cited on this page' },
    ),
    page: Type.Integer({ minimum: 1, description: 'This page (1-based)' }),
    pages: Type.Integer({ minimum: 1, description: 'Pages of the text at this `maxChars`' }),
    continuation: Nullable(Type.String(), 'Pass as `continuation` (same title and section) for the next page; null on the last page'),
  },
  { description: 'A page of the readable text of an article or one section' },
);

const GetArticleInput = Type.Object({
  title: TitleParam.properties.title,
  section: Type.Optional(
    Type.String({ minLength: 1, maxLength: 512, description: 'Only this section: its index (`0` is the lead) or anchor (`Revolution_in_Petrograd`; spaces work too)' }),
  ),
  maxChars: Type.Optional(
    Type.Integer({ minimum: 500, maximum: 100_000, default: 8_000, description: 'Characters per page (a longer paragraph is a page of its own)' }),
  ),
  continuation: Type.Optional(Type.String({ maxLength: 512, description: '`continuation` of the previous page' })),
});

const CslArticle = Type.Object(
  {
    id: Type.String({ description: 'The article slug', examples: ['Russian_revolution_of_1917'] }),
    type: Type.Literal('entry-encyclopedia'),
    title: Type.String(),
    'container-title': Type.Optional(Type.String({ description: 'The site name', examples: ['ProleWiki'] })),
    author: Type.Array(CslName, { description: '"‹site› contributors"' }),
    URL: Type.String({ description: "The article's permanent URL: its canonical title, never a redirect or another spelling" }),
    accessed: CslDate,
    version: Type.String({ description: 'The first 12 hex digits of the sha256 of the source document: the version cited' }),
  },
  { description: 'The article itself as a CSL-JSON item' },
);

const CiteInput = Type.Object({
  title: TitleParam.properties.title,
  accessed: Type.Optional(Type.String({ format: 'date', description: 'Access date (YYYY-MM-DD); today (UTC) by default' })),
});

const FindCitationsInput = Type.Omit(CitationQuery, ['format']);

export function createTools(db: Db): ToolDefinition[] {
  const articles = createArticleQueries(db);
  const cache = createArticleCache(articles, { maxBytes: 0, maxArticles: 16 });
  const search = createSearchQueries(db);
  const citations = createCitationQueries(db);
  const sources = createSourceQueries(db);

  const load = (title: string) => {
    const resolved = resolveArticle(articles, title);
    return { resolved, article: cache.article(resolved.id)! };
  };

  return [
    tool({
      name: 'search',
      title: 'Search the encyclopedia',
      description:
        'Full-text search over articles (the default), sections or citations, ranked by relevance as /v1/search is, with ' +
        'snippets. Words must all match; "exact phrase", word* (prefix) and -word (exclude) work. Pages with `cursor`.',
      input: SearchQuery,
      output: Type.Object({ apiUrl: ApiUrl, ...Page(SearchHit, '').properties }, { description: 'A page of search hits, best first' }),
      run(args, context) {
        const url = restUrl('/v1/search', { q: args.q, in: args.in, limit: args.limit, cursor: args.cursor });
        const body = searchPage(search, args, (...rest) => pageOf(url, ...rest));
        const lines = body.items.map((hit, i) => {
          const where = hit.citation ? ` [${hit.citation.n}]` : hit.section?.title ? ` § ${hit.section.title}` : '';
          return `${i + 1}. ${hit.article.title}${where} — ${plainSnippet(hit.snippet)}\n   ${absolute(hit.article.href, context)}`;
        });
        const text = (lines.length ? lines.join('\n') : `No results for ${JSON.stringify(args.q)}.`) + moreLine(body.nextCursor);
        return { structured: { apiUrl: absolute(url, context), ...body }, text };
      },
    }),

    tool({
      name: 'get_article',
      title: 'Read an article',
      description:
        'The readable text of an article (any spelling of the title, or a redirect): Markdown headings, paragraphs ending ' +
        'in the numbers of the references they cite ([1]), and the numbered references. Or only one `section`. A long ' +
        'text comes in pages: pass `continuation` from one page to get the next.',
      input: GetArticleInput,
      output: ArticleText,
      run(args, context) {
        const { resolved, article } = load(args.title);
        const section = args.section === undefined ? undefined : findSection(article.sections, args.section, article.title);
        const version = article.contentHash.slice(0, 16);
        const scope = section?.index ?? -1;
        let pageIndex = 0;
        let maxChars = args.maxChars ?? 8_000;
        if (args.continuation !== undefined) {
          const [tokenVersion, tokenScope, tokenPage, tokenMax] = decodeCursor(args.continuation, ['string', 'number', 'number', 'number']) as [
            string,
            number,
            number,
            number,
          ];
          if (tokenVersion !== version || tokenScope !== scope || tokenMax < 500 || tokenMax > 100_000 || tokenPage < 1) {
            throw new HttpProblem(400, 'Invalid continuation', 'The continuation belongs to another article, section or version of it; ask again without it.', [
              { in: 'argument', name: 'continuation', reason: 'continuation of another text' },
            ]);
          }
          [pageIndex, maxChars] = [tokenPage, tokenMax];
        }
        const pages = paginate(section ? oneSectionBlocks(article, section) : articleBlocks(article), maxChars);
        const shown = pages[pageIndex];
        if (!shown) {
          throw new HttpProblem(400, 'Invalid continuation', `The text has ${pages.length} pages; the continuation asks for page ${pageIndex + 1}.`, [
            { in: 'argument', name: 'continuation', reason: 'no such page' },
          ]);
        }
        const cited = new Set(shown.flatMap((block) => block.cites));
        const references = article.citations
          .filter((c) => cited.has(c.n))
          .map((c) => ({ n: c.n, text: c.text, source: c.sourceId === null ? null : sourceHref(c.sourceId) }));
        const continuation = pageIndex + 1 < pages.length ? encodeCursor([version, scope, pageIndex + 1, maxChars]) : null;
        const path = section ? `${resolved.ref.href}/sections/${section.anchor ?? section.index}` : resolved.ref.href;
        const text = joinBlocks(shown) + (continuation ? `\n\n[Page ${pageIndex + 1} of ${pages.length}: call again with continuation "${continuation}".]` : '');
        return {
          structured: {
            article: resolved.ref,
            apiUrl: absolute(path, context),
            ...(section ? { section: { index: section.index, anchor: section.anchor, title: section.title } } : {}),
            sections: article.sections.map(({ index, anchor, title }) => ({ index, anchor, title })),
            text: joinBlocks(shown),
            references,
            page: pageIndex + 1,
            pages: pages.length,
            continuation,
          },
          text,
        };
      },
    }),

    tool({
      name: 'get_infobox',
      title: "Get an article's infobox",
      description: 'The infobox of an article (the summary table: dates, places, people), field by field, as /v1/articles/{title}/infobox; null when it has none.',
      input: TitleParam,
      output: Type.Object({ article: ResolvedRef, apiUrl: ApiUrl, infobox: Nullable(Infobox, 'The infobox, or null') }, { description: 'The infobox of an article' }),
      run(args, context) {
        const { resolved, article } = load(args.title);
        const { infobox } = article;
        const rows = infobox?.fields.map((field) => `- ${field.label ?? field.key}: ${field.text}`) ?? [];
        const text = infobox
          ? [`Infobox of "${article.title}"${infobox.title ? `: ${infobox.title}` : ''}`, ...rows].join('\n')
          : `"${article.title}" has no infobox.`;
        return { structured: { article: resolved.ref, apiUrl: absolute(`${resolved.ref.href}/infobox`, context), infobox }, text };
      },
    }),

    tool({
      name: 'find_citations',
      title: 'Find citations',
      description:
        'References across every article by their parts, as /v1/citations: words of the `author`, `title`, `publisher` ' +
        'or whole text (`q`), a `year` or range (`yearFrom`, `yearTo`), one `article`. Each hit names its article and ' +
        'the sections citing it, and `sourceId` the cited work (see get_source). Pages with `cursor`.',
      input: FindCitationsInput,
      output: Type.Object({ apiUrl: ApiUrl, ...CitationPage.properties }, { description: 'A page of citations' }),
      run(args, context) {
        const limit = args.limit ?? 20;
        const { limit: _limit, cursor, ...filters } = args;
        const url = restUrl('/v1/citations', { ...filters, limit: args.limit, cursor });
        const [after] = decodeCursor(cursor, ['number']) ?? [0];
        const rows = citations.search(citationFilter(articles, filters), after as number, limit);
        const body = pageOf(url, rows, limit, (row) => [row.id], (row) => row);
        const items = citations.toHits(body.items);
        const lines = items.map((hit) => `- ${hit.text}\n  [${hit.n}] in "${hit.article.title}" ${absolute(hit.article.href, context)}`);
        const text = (lines.length ? lines.join('\n') : 'No citations match.') + moreLine(body.nextCursor);
        return { structured: { apiUrl: absolute(url, context), ...body, items }, text };
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
        const source = sourceWithArticles(sources, args.id, args, (...rest) => pageOf(url, ...rest));
        const heading = `${source.authors.join(', ') || 'Unknown author'}${source.year !== null ? ` (${source.year})` : ''}. ${source.title ?? source.url ?? '(untitled)'}` +
          `${source.publisher ? `. ${source.publisher}` : ''}. Cited ${source.citationCount} times in ${source.articleCount} articles:`;
        const lines = source.articles.map(
          (a) => `- "${a.title}" ${absolute(a.href, context)}: ${a.citations.map((c) => `[${c.n}]`).join('')}` +
            (a.sections.length ? ` in ${a.sections.map((s) => s.title ?? (s.index === 0 ? 'the lead' : `section ${s.index}`)).join(', ')}` : ''),
        );
        return { structured: { apiUrl: absolute(url, context), ...source }, text: [heading, ...lines].join('\n') + moreLine(source.nextCursor) };
      },
    }),

    tool({
      name: 'cite_article',
      title: 'Cite an article',
      description:
        'A citation of the article itself, as CSL-JSON (for Zotero, Pandoc, citeproc): the site name, "‹site› contributors" ' +
        'as author, the title, the permanent URL (the canonical title) and the access date.',
      input: CiteInput,
      output: Type.Object({ article: ResolvedRef, apiUrl: ApiUrl, csl: CslArticle }, { description: 'A citation of an article' }),
      run(args, context) {
        const { resolved, article } = load(args.title);
        const accessed = args.accessed ?? new Date().toISOString().slice(0, 10);
        const site = article.site?.name ?? null;
        const url = absolute(resolved.ref.href, context);
        const csl: Static<typeof CslArticle> = {
          id: resolved.ref.slug,
          type: 'entry-encyclopedia',
          title: article.title,
          ...(site ? { 'container-title': site } : {}),
          author: site ? [{ literal: `${site} contributors` }] : [],
          URL: url,
          accessed: { 'date-parts': [accessed.split('-').map(Number)] },
          version: article.contentHash.slice(0, 12),
        };
        const readable = `${site ? `${site} contributors. ` : ''}"${article.title}". ${site ? `${site}. ` : ''}${url} (accessed ${accessed}).`;
        return { structured: { article: resolved.ref, apiUrl: url, csl }, text: `${readable}\n\nCSL-JSON:\n${JSON.stringify([csl], null, 2)}` };
      },
    }),
  ];
}

/** The readable text of a whole article, for the `article://{title}` resource, and completion of its titles. */
export function createArticleReader(db: Db) {
  const articles = createArticleQueries(db);
  const search = createSearchQueries(db);
  return {
    /** Titles (and redirects) completing what has been typed, as /v1/titles; none for what cannot be a prefix. */
    complete(prefix: string, limit: number): string[] {
      if (prefix.trim() === '' || prefix.length > 256) return [];
      try {
        return search.titles(prefix, limit).map((suggestion) => suggestion.title);
      } catch (error) {
        if (error instanceof SearchQueryError) return [];
        throw error;
      }
    },
    read(title: string) {
      const resolved = resolveArticle(articles, title);
      const article = articles.load(resolved.id)!;
      return { resolved, text: joinBlocks(articleBlocks(article)) };
    },
    list(limit: number, cursor: string | undefined) {
      const [after] = decodeCursor(cursor, ['string']) ?? [null];
      return pageOf('/v1/articles', articles.list(limit, after as string | null), limit, (row) => [row.titleKey], articles.toListItem);
    },
  };
}
