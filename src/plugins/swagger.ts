/**
 * The OpenAPI 3.1 document, generated from the route schemas, served at /openapi.json, and
 * Swagger UI at /docs (assets ship in the package: works offline). The document's licence is the
 * code's; the site's content licence, when configured, is said in its description, which Swagger
 * UI shows at the top.
 */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { License } from '../api/wire/articles.js';

export const TAGS = [
  { name: 'articles', description: 'Articles and their parts: summary, infobox, sections, citations, redirects, links, source' },
  { name: 'citations', description: 'Citations across the corpus, queried by their source' },
  { name: 'sources', description: 'Distinct cited works, with the articles and sections citing them' },
  { name: 'redirects', description: 'Redirects from alternative titles' },
  { name: 'categories', description: 'Categories of wikitext articles and their members by sort key' },
  { name: 'templates', description: 'Templates of wikitext articles, the articles using them and the parameters they pass' },
  { name: 'search', description: 'Full-text search with ranked snippets, and title completion' },
  { name: 'places', description: 'Articles by location: geosearch around a point, nearest first' },
  { name: 'changes', description: 'The change feed: what each import created, updated, deleted, and the redirects it added or removed' },
  { name: 'snapshot', description: 'Every article in one download (NDJSON), or what changed since a change-feed cursor' },
];

/** Markdown's punctuation escaped: a licence id is the operator's text, shown as written. */
const markdownText = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);

/** The sentence naming the site's content licence, linked when it has a URL. */
export function licenseLine(license: License): string {
  const name = markdownText(license.id);
  // Characters that would end a Markdown link destination, percent-encoded (the URL means the same).
  const linked = license.url ? `[${name}](${license.url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)})` : name;
  return `**Content licence:** ${linked}. Every article and \`/cite\` name it in \`license\`.`;
}

export default fp(
  async function openapi(app: FastifyInstance, { license = null }: { license?: License | null }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Encyclopedia API',
          version: '1.0.0',
          description:
            'Encyclopedia content — articles, infobox fields, sections, citations and redirects — as typed JSON ' +
            'resources. Errors are RFC 9457 problem details. Lists share one pagination contract: `limit`, an ' +
            'opaque `cursor`, `nextCursor` and a ready `next` URL in the body, and a `Link: rel="next"` header.' +
            (license ? `\n\n${licenseLine(license)}` : ''),
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
