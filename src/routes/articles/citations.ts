/** GET /v1/articles/{title}/citations: an article's references, as JSON or in a citation format (negotiated, so never prebuilt). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Loaded } from '../../api/articles.js';
import { toCsl } from '../../api/csl.js';
import { CITATION_FORMATS_NOTE, CitationFormatQuery, citationResponse } from '../../api/wire/citation-formats.js';
import { Citation } from '../../api/wire/citations.js';
import { okResponses, TitleParam } from '../../api/wire/common.js';
import { createRenderedBodies } from '../../citations/bodies.js';
import { contentType } from '../../citations/negotiate.js';
import { reusedBodyCompression } from '../../plugins/caching.js';
import { askedFormat } from '../citation-replies.js';
import type { FastPath } from './fast-path/index.js';
import { part } from './parts.js';

export function citationsRoute(app: Parameters<FastifyPluginAsyncTypebox>[0], fast: FastPath): void {
  const rendered = createRenderedBodies();
  const cslItems = (article: Loaded) => article.citations.map((c) => toCsl(c, article));
  app.get(
    '/v1/articles/:title/citations',
    {
      compress: reusedBodyCompression,
      schema: {
        tags: ['articles'],
        operationId: 'listArticleCitations',
        summary: "List an article's citations",
        description:
          'The numbered references of the article, each parsed into authors, year, title, chapter, pages, place, ' +
          'publisher, URL and format, with its source. ' +
          CITATION_FORMATS_NOTE,
        params: TitleParam,
        querystring: Type.Object({ ...CitationFormatQuery }),
        response: okResponses(citationResponse(part({ citations: Type.Array(Citation) }, 'The citations of an article'), 'The citations of an article, as JSON or in a citation format')),
      },
    },
    async (request, reply) => {
      const resolved = fast.resolve(request, reply, request.params.title, '/citations');
      const wanted = askedFormat(request, reply);
      if (wanted.format === 'csl-json') return fast.send(request, reply, resolved, 'citations:csl', cslItems, { contentType: contentType(wanted), sameForEveryRequest: false });
      if (wanted.format !== 'json') {
        if (resolved.lastModified !== null) reply.header('last-modified', resolved.lastModified);
        const body = await rendered.body(String(resolved.id), wanted, () => cslItems(fast.article(resolved.id)!));
        return reply.type(contentType(wanted)).send(body);
      }
      // Not prebuilt: the representation depends on the Accept header, not on the URL alone.
      return fast.send(request, reply, resolved, 'citations', (article, ref) => ({ article: ref, citations: article.citations }), { sameForEveryRequest: false });
    },
  );
}
