/** Great-circle geometry for the geosearch tests, in JavaScript, on the query's sphere: distances and the point at a distance and bearing. */
import { EARTH_RADIUS } from '../../src/db/queries/places.js';

const RADIANS = Math.PI / 180;

/** The haversine distance in metres, as the query computes it in SQL. */
export function haversine(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a = Math.sin(((lat2 - lat1) * RADIANS) / 2) ** 2 + Math.cos(lat1 * RADIANS) * Math.cos(lat2 * RADIANS) * Math.sin(((lon2 - lon1) * RADIANS) / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The point `distance` metres from a centre along `bearing` (radians from north), its longitude in [-180, 180). */
export function destination(lat: number, lon: number, bearing: number, distance: number): [number, number] {
  const angle = distance / EARTH_RADIUS;
  const phi = lat * RADIANS;
  const lat2 = Math.asin(Math.sin(phi) * Math.cos(angle) + Math.cos(phi) * Math.sin(angle) * Math.cos(bearing));
  const lon2 = lon * RADIANS + Math.atan2(Math.sin(bearing) * Math.sin(angle) * Math.cos(phi), Math.cos(angle) - Math.sin(phi) * Math.sin(lat2));
  return [lat2 / RADIANS, ((((lon2 / RADIANS + 180) % 360) + 360) % 360) - 180];
}
