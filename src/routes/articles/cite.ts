/** GET /v1/articles/{title}/cite: how to cite the article itself (src/api/cite.ts builds the answer), as JSON or in a citation format. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { citeArticle } from '../../api/cite.js';
import { ArticleCslItem, CiteThisArticle } from '../../api/wire/cite.js';
import { CITATION_FORMATS_NOTE, CitationFormatQuery, citationResponse } from '../../api/wire/citation-formats.js';
import { okResponses, TitleParam } from '../../api/wire/common.js';
import { askedFormat, sendCitations } from '../citation-replies.js';
import type { FastPath } from './fast-path/index.js';

/** The origin of the request's URL, or a placeholder for a Host header that is not a plain host. */
function originOf(request: FastifyRequest): string {
  const host = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(request.host) ? request.host : 'localhost';
  return `${request.protocol === 'https' ? 'https' : 'http'}://${host}`;
}

export function citeRoute(
  app: FastifyInstance,
  { resolve, article }: Pick<FastPath, 'resolve' | 'article'>,
): void {
  app.get(
    '/v1/articles/:title/cite',
    {
      schema: {
        tags: ['articles'],
        operationId: 'citeArticle',
        summary: 'Cite an article',
        description:
          'How to cite the article itself, as MediaWiki\'s Special:CiteThisPage: the site, "‹site› contributors" as ' +
          'author, the title, the revision id and time (wikitext articles), a permanent URL — the wiki\'s ' +
          '`Special:Redirect/revision/<id>` when its export gave the wiki\'s base URL, else this API\'s absolute URL of the ' +
          'article — and today (UTC) as the access date. ' +
          CITATION_FORMATS_NOTE,
        params: TitleParam,
        querystring: Type.Object({ ...CitationFormatQuery }),
        response: okResponses(citationResponse(CiteThisArticle, 'The citation of the article, as JSON or in a citation format', Type.Array(ArticleCslItem))),
      },
    },
    async (request, reply) => {
      const { title } = request.params as { title: string };
      const resolved = resolve(request, reply, title, '/cite');
      const wanted = askedFormat(request, reply);
      const cited = citeArticle(article(resolved.id)!, resolved.ref, { url: `${originOf(request)}${resolved.ref.href}`, today: new Date().toISOString().slice(0, 10) });
      if (wanted.format === 'json') return reply.type('application/json; charset=utf-8').send(cited);
      return sendCitations(reply, wanted, [cited.csl]);
    },
  );
}
