/**
 * /v1/articles: the list, the whole article, and each of its parts on its own. Any spelling that
 * MediaWiki normalises to the same title, or a redirect, answers 200 with the target article,
 * `redirectedFrom`/`normalizedFrom` in the body and Content-Location + Link rel="canonical".
 * Titles, bodies and whole answers are kept while serving: see ./fast-path/index.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { articleAnswer, articleList, backlinkList } from '../../api/articles.js';
import { findSection } from '../../api/lookup.js';
import { createArticleMetadata } from '../../api/metadata.js';
import { page } from '../../api/pagination.js';
import { ArticleListItem, Backlink, Section, type License } from '../../api/wire/articles.js';
import { okResponses, Page, PageQuery, TitleParam } from '../../api/wire/common.js';
import type { Db } from '../../db/open.js';
import { createArticleQueries } from '../../db/queries/articles.js';
import { createBacklinkQueries } from '../../db/queries/backlinks.js';
import { articleSource } from '../../db/source.js';
import type { FrontDoor } from '../../front.js';
import { reusedBodyCompression } from '../../plugins/caching.js';
import { citationsRoute } from './citations.js';
import { citeRoute } from './cite.js';
import { createFastPath } from './fast-path/index.js';
import { part, partRoutes } from './parts.js';

const tags = ['articles'];

const articles: FastifyPluginAsyncTypebox<{ db: Db; cacheControl: string; front?: FrontDoor; license: License | null }> = async (app, { db, cacheControl, front, license }) => {
  const queries = createArticleQueries(db);
  const backlinks = createBacklinkQueries(db);
  const fast = createFastPath(app, { queries, metadata: createArticleMetadata(db, license), cacheControl, front });

  app.get(
    '/v1/articles',
    {
      schema: {
        tags,
        operationId: 'listArticles',
        summary: 'List articles',
        description: 'All articles in title order, with their summaries. Paginated with `limit` and `cursor`.',
        querystring: Type.Object(PageQuery),
        response: okResponses(Page(ArticleListItem, 'A page of articles')),
      },
    },
    async (request, reply) => articleList(queries, request.query, (...args) => page(request, reply, ...args)),
  );

  app.get(
    '/v1/articles/:title',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'getArticle',
        summary: 'Get an article',
        description:
          'The whole article: site, summary, infobox, sections with hatnotes and paragraphs (with the reference ' +
          'numbers they cite), citations parsed into their parts, redirects and links. A redirect or another ' +
          'spelling of the title answers with the target article and `redirectedFrom`/`normalizedFrom`.',
        params: TitleParam,
        response: okResponses(Type.Ref('Article', { description: 'A whole article' })),
      },
    },
    async (request, reply) => {
      const resolved = fast.resolve(request, reply, request.params.title);
      return fast.send(request, reply, resolved, 'article', articleAnswer);
    },
  );

  partRoutes(app, fast, ['summary', 'infobox', 'sections']);

  app.get(
    '/v1/articles/:title/sections/:section',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'getArticleSection',
        summary: 'Get one section',
        description: 'One section, by its index (`0` is the lead) or its anchor (`Revolution_in_Petrograd`; spaces work too).',
        params: Type.Object({
          ...TitleParam.properties,
          section: Type.String({ minLength: 1, maxLength: 512, description: 'Section index or anchor', examples: ['Revolution_in_Petrograd'] }),
        }),
        response: okResponses(part({ section: Section }, 'One section of an article')),
      },
    },
    async (request, reply) => {
      const asked = request.params.section;
      const resolved = fast.resolve(request, reply, request.params.title);
      const sections = fast.article(resolved.id)!.sections;
      const section = findSection(sections, asked, resolved.ref.title);
      const canonical = `${resolved.ref.href}/sections/${section.anchor ?? section.index}`;
      reply.header('link', `<${canonical}>; rel="canonical"`);
      if (!resolved.canonical || asked !== String(section.anchor ?? section.index)) reply.header('content-location', canonical);
      return fast.send(request, reply, resolved, `section:${section.index}`, (_article, ref) => ({ article: ref, section }));
    },
  );

  citationsRoute(app, fast);
  citeRoute(app, fast);
  partRoutes(app, fast, ['redirects', 'links']);

  app.get(
    '/v1/articles/:title/backlinks',
    {
      schema: {
        tags,
        operationId: 'listArticleBacklinks',
        summary: 'List what links to an article',
        description:
          'The articles with a link or hatnote to this article, or to a redirect to it (`via` names the redirect), ' +
          'in title order. Paginated with `limit` and `cursor`.',
        params: TitleParam,
        querystring: Type.Object(PageQuery),
        response: okResponses(Page(Backlink, 'A page of the articles linking here')),
      },
    },
    async (request, reply) => {
      const resolved = fast.resolve(request, reply, request.params.title, '/backlinks');
      return backlinkList(backlinks, resolved.id, request.query, (...args) => page(request, reply, ...args));
    },
  );

  app.get(
    '/v1/articles/:title/source',
    {
      schema: {
        tags,
        operationId: 'getArticleSource',
        summary: "Get an article's source document",
        description: 'The original document as imported, byte for byte, rendered back from the database.',
        params: TitleParam,
        response: okResponses({
          description: 'The source document: `text/plain` for text documents, `text/x-wiki` (the wikitext) for wikitext articles',
          content: { 'text/plain': { schema: Type.String() }, 'text/x-wiki': { schema: Type.String() } },
        }),
      },
    },
    async (request, reply) => {
      const resolved = fast.resolve(request, reply, request.params.title, '/source');
      const source = articleSource(db, resolved.id)!;
      const format = fast.article(resolved.id)!.format;
      if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
      return reply.type(`${format === 'wikitext' ? 'text/x-wiki' : 'text/plain'}; charset=utf-8`).header('etag', `"${resolved.contentHash}"`).send(source);
    },
  );
};

export default articles;
