/**
 * /v1/articles: the list, the whole article, and each of its parts on its own. Any spelling that
 * MediaWiki normalises to the same title, or a redirect, answers 200 with the target article,
 * `redirectedFrom`/`normalizedFrom` in the body and Content-Location + Link rel="canonical".
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { Type } from 'typebox';
import { createArticleCache, etagOf } from '../../api/article-cache.js';
import { toCsl } from '../../api/csl.js';
import { articleNotFound, findSection, withLastModified, type Served } from '../../api/lookup.js';
import { decodeCursor, page } from '../../api/pagination.js';
import { Article, ArticleListItem, Backlink, Infobox, Link, ResolvedRef, Section } from '../../api/wire/articles.js';
import { CITATION_FORMATS_NOTE, CitationFormatQuery, citationResponse } from '../../api/wire/citation-formats.js';
import { Citation } from '../../api/wire/citations.js';
import { errorResponses, notModified, Page, PageQuery, TitleParam } from '../../api/wire/common.js';
import { createRenderedBodies } from '../../citations/bodies.js';
import { contentType } from '../../citations/negotiate.js';
import type { Db } from '../../db/open.js';
import { createArticleQueries } from '../../db/queries/articles.js';
import { createBacklinkQueries } from '../../db/queries/backlinks.js';
import { articleSource } from '../../db/source.js';
import type { FrontDoor } from '../../front.js';
import { reusedBodyCompression } from '../../plugins/caching.js';
import { askedFormat } from '../citation-replies.js';
import { citeRoute } from './cite.js';
import { createPrebuilt } from './prebuilt.js';

const tags = ['articles'];

const part = <T extends Parameters<typeof Type.Object>[0]>(properties: T, description: string) =>
  Type.Object({ article: ResolvedRef, ...properties }, { description });

const responses = <T>(ok: T) => ({ 200: ok, ...notModified, ...errorResponses });

/** Spellings of titles whose resolution is kept (each holds the asked title, up to 512 characters). */
const RESOLUTIONS = 4096;

const articles: FastifyPluginAsyncTypebox<{ db: Db; cacheControl: string; front?: FrontDoor }> = async (app, { db, cacheControl, front }) => {
  const queries = createArticleQueries(db);
  const backlinks = createBacklinkQueries(db);
  const cache = createArticleCache(queries);
  const prebuilt = createPrebuilt({ body: cache.cached, cacheControl });
  front?.add(prebuilt.respond);
  // The last onRequest hook of every article route: after the global ones (request id, security,
  // CORS, load shedding) and after the route-level ones plugins add as routes are declared
  // (@fastify/rate-limit's), so every request still passes them.
  const answerPrebuilt: onRequestHookHandler = (request, reply, done) => {
    if (!prebuilt.answer(request, reply)) done();
  };
  app.addHook('onRoute', (route) => {
    const hooks = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    if (!hooks.includes(answerPrebuilt)) route.onRequest = [...hooks, answerPrebuilt];
  });
  // normalizeTitle and an indexed lookup per request were a tenth of the time of an article GET;
  // the answer for a spelling cannot change while serving (the database is read-only). Only found
  // titles are kept, the oldest first out.
  const resolutions = new Map<string, Served>();
  const rendered = createRenderedBodies();
  function resolveTitle(title: string): Served | null {
    let resolved = resolutions.get(title);
    if (resolved) return resolved;
    const found = queries.resolve(title);
    if (!found) return null;
    resolved = withLastModified(found);
    if (resolutions.size >= RESOLUTIONS) resolutions.delete(resolutions.keys().next().value!);
    resolutions.set(title, resolved);
    return resolved;
  }

  function resolve(request: FastifyRequest, reply: FastifyReply, title: string, suffix = ''): Served {
    const resolved = resolveTitle(title);
    if (!resolved) throw articleNotFound(queries, title);
    const canonical = `${resolved.ref.href}${suffix}`;
    reply.header('link', `<${canonical}>; rel="canonical"`);
    if (!resolved.canonical) reply.header('content-location', canonical);
    return resolved;
  }

  /** Sends one representation of an article: cached bytes for the canonical title (routes sending them compress with reusedBodyCompression). */
  function sendPart(
    request: FastifyRequest,
    reply: FastifyReply,
    resolved: Served,
    key: string,
    build: (article: NonNullable<ReturnType<typeof cache.article>>, ref: Served['ref']) => unknown,
    { contentType = 'application/json; charset=utf-8', sameForEveryRequest = true } = {},
  ) {
    reply.type(contentType);
    if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
    if (resolved.canonical) {
      const { name, body } = cache.body(resolved.id, key, (article) => build(article, resolved.ref))!;
      if (sameForEveryRequest) {
        const headers: Record<string, string> = { 'content-type': contentType };
        for (const header of ['link', 'content-location', 'last-modified']) {
          const value = reply.getHeader(header);
          if (typeof value === 'string') headers[header] = value;
        }
        prebuilt.remember(request.url, { key: name, headers });
      }
      return reply.header('etag', body.etag).send(body.bytes);
    }
    const json = JSON.stringify(build(cache.article(resolved.id)!, resolved.ref));
    return reply.header('etag', etagOf(json)).send(json);
  }

  app.get(
    '/v1/articles',
    {
      schema: {
        tags,
        operationId: 'listArticles',
        summary: 'List articles',
        description: 'All articles in title order, with their summaries. Paginated with `limit` and `cursor`.',
        querystring: Type.Object(PageQuery),
        response: responses(Page(ArticleListItem, 'A page of articles')),
      },
    },
    async (request, reply) => {
      const limit = request.query.limit ?? 20;
      const [after] = decodeCursor(request.query.cursor, ['string']) ?? [null];
      const rows = queries.list(limit, after as string | null);
      return page(request, reply, rows, limit, (row) => [row.titleKey], queries.toListItem);
    },
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
        response: responses(Article),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title);
      return sendPart(request, reply, resolved, 'article', (article, ref) => ({ ...article, ...ref }));
    },
  );

  app.get(
    '/v1/articles/:title/summary',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'getArticleSummary',
        summary: "Get an article's summary",
        description: "The lead's first paragraph, without citation markers.",
        params: TitleParam,
        response: responses(part({ summary: Type.Union([Type.String(), Type.Null()]) }, 'The summary of an article')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/summary');
      return sendPart(request, reply, resolved, 'summary', (article, ref) => ({ article: ref, summary: article.summary }));
    },
  );

  app.get(
    '/v1/articles/:title/infobox',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'getArticleInfobox',
        summary: "Get an article's infobox",
        description:
          'The infobox fields: label (printed, or supplied from the template and marked `supplied`), raw text, ' +
          'split values of two-sided and list-like rows, and ISO dates. `infobox` is null when the article has none.',
        params: TitleParam,
        response: responses(part({ infobox: Type.Union([Infobox, Type.Null()]) }, 'The infobox of an article')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/infobox');
      return sendPart(request, reply, resolved, 'infobox', (article, ref) => ({ article: ref, infobox: article.infobox }));
    },
  );

  app.get(
    '/v1/articles/:title/sections',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'listArticleSections',
        summary: "List an article's sections",
        description: 'Every section in document order: the lead (index 0), visible headings, and untitled sections whose heading was lost.',
        params: TitleParam,
        response: responses(part({ sections: Type.Array(Section) }, 'The sections of an article')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/sections');
      return sendPart(request, reply, resolved, 'sections', (article, ref) => ({ article: ref, sections: article.sections }));
    },
  );

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
        response: responses(part({ section: Section }, 'One section of an article')),
      },
    },
    async (request, reply) => {
      const asked = request.params.section;
      const resolved = resolve(request, reply, request.params.title);
      const sections = cache.article(resolved.id)!.sections;
      const section = findSection(sections, asked, resolved.ref.title);
      const canonical = `${resolved.ref.href}/sections/${section.anchor ?? section.index}`;
      reply.header('link', `<${canonical}>; rel="canonical"`);
      if (!resolved.canonical || asked !== String(section.anchor ?? section.index)) reply.header('content-location', canonical);
      return sendPart(request, reply, resolved, `section:${section.index}`, (_article, ref) => ({ article: ref, section }));
    },
  );

  app.get(
    '/v1/articles/:title/citations',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'listArticleCitations',
        summary: "List an article's citations",
        description:
          'The numbered references of the article, each parsed into authors, year, title, chapter, pages, place, ' +
          'publisher, URL and format, with its source. ' +
          CITATION_FORMATS_NOTE,
        params: TitleParam,
        querystring: Type.Object({ ...CitationFormatQuery }),
        response: {
          200: citationResponse(part({ citations: Type.Array(Citation) }, 'The citations of an article'), 'The citations of an article, as JSON or in a citation format'),
          ...notModified,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/citations');
      const wanted = askedFormat(request, reply);
      if (wanted.format === 'csl-json') {
        const build = (article: NonNullable<ReturnType<typeof cache.article>>) => article.citations.map((c) => toCsl(c, article));
        return sendPart(request, reply, resolved, 'citations:csl', build, { contentType: contentType(wanted), sameForEveryRequest: false });
      }
      if (wanted.format !== 'json') {
        if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
        const body = await rendered.body(String(resolved.id), wanted, () => {
          const article = cache.article(resolved.id)!;
          return article.citations.map((c) => toCsl(c, article));
        });
        return reply.type(contentType(wanted)).send(body);
      }
      // Not prebuilt: the representation depends on the Accept header, not on the URL alone.
      const build = (article: NonNullable<ReturnType<typeof cache.article>>, ref: Served['ref']) => ({ article: ref, citations: article.citations });
      return sendPart(request, reply, resolved, 'citations', build, { sameForEveryRequest: false });
    },
  );

  citeRoute(app, { resolve, article: cache.article });

  app.get(
    '/v1/articles/:title/redirects',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'listArticleRedirects',
        summary: 'List the redirects to an article',
        description: 'The titles that redirect to this article.',
        params: TitleParam,
        response: responses(part({ redirects: Type.Array(Type.String()) }, 'The redirects to an article')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/redirects');
      return sendPart(request, reply, resolved, 'redirects', (article, ref) => ({ article: ref, redirects: article.redirects }));
    },
  );

  app.get(
    '/v1/articles/:title/links',
    {
      compress: reusedBodyCompression,
      schema: {
        tags,
        operationId: 'listArticleLinks',
        summary: "List an article's links",
        description: 'Hatnote links (see also, main article) in document order, with whether the target exists here.',
        params: TitleParam,
        response: responses(part({ links: Type.Array(Link) }, 'The links of an article')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/links');
      return sendPart(request, reply, resolved, 'links', (article, ref) => ({ article: ref, links: article.links }));
    },
  );

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
        response: responses(Page(Backlink, 'A page of the articles linking here')),
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/backlinks');
      const limit = request.query.limit ?? 20;
      const [after] = decodeCursor(request.query.cursor, ['string']) ?? [''];
      const rows = backlinks.list(resolved.id, after as string, limit);
      return page(request, reply, rows, limit, (row) => [row.titleKey], backlinks.toItem);
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
        response: {
          200: {
            description: 'The source document: `text/plain` for text documents, `text/x-wiki` (the wikitext) for wikitext articles',
            content: { 'text/plain': { schema: Type.String() }, 'text/x-wiki': { schema: Type.String() } },
          },
          ...notModified,
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const resolved = resolve(request, reply, request.params.title, '/source');
      const source = articleSource(db, resolved.id)!;
      const format = cache.article(resolved.id)!.format;
      if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
      return reply.type(`${format === 'wikitext' ? 'text/x-wiki' : 'text/plain'}; charset=utf-8`).header('etag', `"${resolved.contentHash}"`).send(source);
    },
  );

};

export default articles;
