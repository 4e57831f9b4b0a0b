/** The MCP tool over the articles' locations: the articles near a point, nearest first, as /v1/geosearch. */
import { Type } from 'typebox';
import { pageOf } from '../api/pagination.js';
import { geosearch } from '../api/places.js';
import { GeoQuery, PlacePage } from '../api/wire/places.js';
import { absolute, ApiUrl, pageAnswer, restUrl, tool, type ToolDefinition, type ToolQueries } from './tool-kit.js';

/** A distance as a reader says it: metres up to a kilometre, then kilometres to a tenth. */
const spoken = (metres: number) => (metres < 1000 ? `${Math.round(metres)} m` : `${(metres / 1000).toFixed(1)} km`);

export function placeTools(q: ToolQueries): ToolDefinition[] {
  return [
    tool({
      name: 'geosearch',
      title: 'Find articles near a point',
      description:
        'The articles with a location within `radius` metres (default 10,000, at most 100,000) of `lat`/`lon` in decimal degrees, ' +
        'nearest first, each once with its nearest coordinate and the great-circle distance in metres, as /v1/geosearch. ' +
        '`primary` marks an article\'s own location rather than a place it mentions. Pages with `cursor`.',
      input: GeoQuery,
      output: Type.Object({ apiUrl: ApiUrl, ...PlacePage.properties }, { description: 'A page of the articles within the radius, nearest first' }),
      run(args, context) {
        const url = restUrl('/v1/geosearch', { lat: args.lat, lon: args.lon, radius: args.radius, limit: args.limit, cursor: args.cursor });
        const body = geosearch(q.places, args, (...rest) => pageOf(url, ...rest));
        const lines = body.items.map(
          (place, i) => `${i + 1}. ${place.title} — ${spoken(place.distance)} (${place.lat}, ${place.lon}${place.primary ? '' : ', mentioned'}) ${absolute(place.href, context)}`,
        );
        return pageAnswer(url, body, lines, 'No articles within the radius.', context);
      },
    }),
  ];
}
