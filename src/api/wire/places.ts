/** The wire schemas of geosearch: the query (a point, a radius, a page) and an article found near the point, with its distance. */
import { Type, type Static } from 'typebox';
import { ArticleRef, Page, PageQuery } from './common.js';

/** The most MediaWiki GeoData's `gsradius` allows: the default here, under a larger cap. */
export const DEFAULT_RADIUS = 10_000;
export const MAX_RADIUS = 100_000;

export const GeoQuery = Type.Object({
  lat: Type.Number({ minimum: -90, maximum: 90, description: 'Latitude of the centre, in decimal degrees (−90 to 90)', examples: [60.5] }),
  lon: Type.Number({ minimum: -180, maximum: 180, description: 'Longitude of the centre, in decimal degrees (−180 to 180)', examples: [5.25] }),
  radius: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_RADIUS,
      default: DEFAULT_RADIUS,
      description: `How far to look, in metres (1–${MAX_RADIUS.toLocaleString('en')}; default ${DEFAULT_RADIUS.toLocaleString('en')})`,
      examples: [DEFAULT_RADIUS],
    }),
  ),
  ...PageQuery,
});
export type GeoQuery = Static<typeof GeoQuery>;

export const PlaceItem = Type.Object(
  {
    ...ArticleRef.properties,
    lat: Type.Number({ description: "Latitude of the article's nearest coordinate within the radius", examples: [60.5] }),
    lon: Type.Number({ description: 'Its longitude', examples: [5.25] }),
    primary: Type.Boolean({ description: "Whether it is the article's own location (`{{coord|…|display=title}}`), not a place it mentions" }),
    distance: Type.Number({ description: 'Great-circle distance from the centre, in metres, to a tenth (haversine on a sphere of 6,371,008.8 m)', examples: [1234.5] }),
  },
  { description: 'An article with a coordinate within the radius, once, at its nearest coordinate' },
);
export type PlaceItem = Static<typeof PlaceItem>;

export const PlacePage = Page(PlaceItem, 'A page of the articles within the radius, nearest first (ties in article order)');
export type PlacePage = Static<typeof PlacePage>;
