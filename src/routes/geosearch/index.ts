/**
 * /v1/geosearch: the articles with a coordinate within a radius of a point, nearest first, each
 * once with its distance in metres (the job of MediaWiki GeoData's `list=geosearch`), with the one
 * cursor contract.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { page } from '../../api/pagination.js';
import { geosearch } from '../../api/places.js';
import { errorResponses, notModified } from '../../api/wire/common.js';
import { GeoQuery, PlacePage } from '../../api/wire/places.js';
import type { Db } from '../../db/open.js';
import { createPlaceQueries } from '../../db/queries/places.js';

const places: FastifyPluginAsyncTypebox<{ db: Db }> = async (app, { db }) => {
  const queries = createPlaceQueries(db);

  app.get(
    '/v1/geosearch',
    {
      schema: {
        tags: ['places'],
        operationId: 'geosearch',
        summary: 'Find articles near a point',
        description:
          'The articles with a coordinate (`{{coord}}` or an infobox location) within `radius` metres of `lat`/`lon`, nearest first, ' +
          'each once, at its nearest coordinate within the radius, with the great-circle distance in metres. Searches across the poles ' +
          'and the antimeridian. Paginated with `limit` and `cursor`.',
        querystring: GeoQuery,
        response: { 200: PlacePage, ...notModified, ...errorResponses },
      },
    },
    async (request, reply) => geosearch(queries, request.query, (...args) => page(request, reply, ...args)),
  );
};

export default places;
