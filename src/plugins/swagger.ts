/**
 * The OpenAPI 3.1 document, generated from the route schemas, served at /openapi.json, and
 * Swagger UI at /docs (assets ship in the package: works offline).
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const TAGS = [
  { name: 'articles', description: 'Articles and their parts: summary, infobox, sections, citations, redirects, links, source' },
  { name: 'citations', description: 'Citations across the corpus, queried by their source' },
  { name: 'sources', description: 'Distinct cited works, with the articles and sections citing them' },
  { name: 'redirects', description: 'Redirects from alternative titles' },
  { name: 'categories', description: 'Categories of wikitext articles and their members by sort key' },
  { name: 'search', description: 'Full-text search with ranked snippets, and title completion' },
  { name: 'places', description: 'Articles by location: geosearch around a point, nearest first' },
  { name: 'changes', description: 'The change feed: what each import created, updated, deleted, and the redirects it added or removed' },
];

export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Encyclopedia API',
          version: '1.0.0',
          description:
            'Encyclopedia content — articles, infobox fields, sections, citations and redirects — as typed JSON ' +
            'resources. Errors are RFC 9457 problem details. Lists share one pagination contract: `limit`, an ' +
            'opaque `cursor`, `nextCursor` and a ready `next` URL in the body, and a `Link: rel="next"` header.',
          license: { name: 'MIT', identifier: 'MIT' },
        },
        tags: TAGS,
      },
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
      },
    });
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true, tryItOutEnabled: true },
      staticCSP: false,
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
