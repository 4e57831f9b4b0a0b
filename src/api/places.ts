/** Geosearch as /v1/geosearch and the MCP `geosearch` tool run it: a page of the articles near a point, nearest first, with their distances. */
import type { PlaceQueries, PlaceRow } from '../db/queries/places.js';
import { decodeCursor, pageLimit, type Paginate } from './pagination.js';
import { DEFAULT_RADIUS, type GeoQuery, type PlaceItem, type PlacePage } from './wire/places.js';
import { articleRef } from './wire/links.js';

const toItem = (row: PlaceRow): PlaceItem => ({ ...articleRef(row.title), lat: row.lat, lon: row.lon, primary: row.primary, distance: row.decimetres / 10 });

/**
 * The page after the query's cursor. The query is already checked (ranges by the schema, in REST
 * and MCP alike); the cursor is the keyset of the last article shown: its distance in whole
 * decimetres and its id, so that articles at one distance page in a stable order.
 */
export function geosearch(queries: PlaceQueries, query: GeoQuery, paginate: Paginate): PlacePage {
  const limit = pageLimit(query);
  const after = decodeCursor(query.cursor, ['number', 'number']) as [number, number] | null;
  const rows = queries.near({ lat: query.lat, lon: query.lon, radius: query.radius ?? DEFAULT_RADIUS }, after, limit);
  return paginate(rows, limit, (row) => [row.decimetres, row.articleId], toItem);
}
