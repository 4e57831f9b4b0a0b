/**
 * Geosearch queries: the articles with a coordinate within a radius of a point, nearest first and
 * each once (at its nearest coordinate), found through the coordinates' R*Tree (migration 0010),
 * never a scan of the coordinates, with great-circle distances computed in SQL; a page is looked
 * for in a smaller circle first, widened until it holds the page.
 */
import type { Db } from '../open.js';
import type { articles, coordinates } from '../schema.js';
import { LIMIT } from './limit.js';

/** The mean radius of the Earth (IUGG), in metres: the sphere the distances are measured on. */
export const EARTH_RADIUS = 6_371_008.8;

/** An article near the point: its nearest coordinate within the radius and the distance to it, in whole decimetres (the keyset's unit). */
export type PlaceRow = Pick<typeof coordinates.$inferSelect, 'articleId' | 'lat' | 'lon' | 'primary'> &
  Pick<typeof articles.$inferSelect, 'title'> & { decimetres: number };

/** Where to look: the centre in decimal degrees and the radius in metres. */
export interface Circle {
  lat: number;
  lon: number;
  radius: number;
}

/** A box of latitudes and longitudes, west ≤ east (one side of the antimeridian). */
export interface Box {
  south: number;
  north: number;
  west: number;
  east: number;
}

const DEGREES = 180 / Math.PI;
/** A margin of about a centimetre, so that rounding at a box's edge never loses a point the distance admits. */
const SLACK = 1e-7;

/**
 * The boxes covering a circle on the sphere: one, or two when it crosses the antimeridian; a
 * circle around a pole covers every longitude. The longitudes' half-width is the exact one of a
 * spherical cap, asin(sin δ / cos φ), not δ / cos φ, which is too narrow near the poles.
 */
export function boundingBoxes({ lat, lon, radius }: Circle): Box[] {
  const angle = radius / EARTH_RADIUS;
  const south = lat - angle * DEGREES - SLACK;
  const north = lat + angle * DEGREES + SLACK;
  const halfWidth = Math.asin(Math.min(1, Math.sin(angle) / Math.cos(lat / DEGREES))) * DEGREES + SLACK;
  if (north >= 90 || south <= -90 || halfWidth >= 180) return [{ south: Math.max(south, -90), north: Math.min(north, 90), west: -180, east: 180 }];
  const west = lon - halfWidth;
  const east = lon + halfWidth;
  if (west < -180) return [{ south, north, west: west + 360, east: 180 }, { south, north, west: -180, east }];
  if (east > 180) return [{ south, north, west, east: 180 }, { south, north, west: -180, east: east - 360 }];
  return [{ south, north, west, east }];
}

/** The coordinates whose R*Tree box overlaps box `n`: the boxes are rounded outwards, so overlap, not containment. */
const candidates = (n: number) =>
  `SELECT c.article_id AS articleId, c.position, c.lat, c.lon, c.is_primary AS isPrimary
   FROM coordinates_rtree r JOIN coordinates c ON c.rowid = r.id
   WHERE r.max_lat >= @south${n} AND r.min_lat <= @north${n} AND r.max_lon >= @west${n} AND r.min_lon <= @east${n}`;

/** sin² of half the difference of two angles in degrees. */
const halfSine = (a: string, b: string) => `sin(radians(${a} - ${b}) / 2) * sin(radians(${a} - ${b}) / 2)`;

/**
 * The haversine distance from the centre, the exact values read from `coordinates`. An article's
 * row is its nearest coordinate (the first in the page's order on a tie); the keyset, applied
 * after that choice so an article never comes back on a later page, is (decimetres, article id).
 */
const nearSql = (boxes: number) => `
  WITH candidate AS (${Array.from({ length: boxes }, (_, n) => candidates(n)).join(' UNION ALL ')}),
  measured AS (
    SELECT *, 2 * ${EARTH_RADIUS} * asin(min(1, sqrt(${halfSine('lat', '@lat')} + cos(radians(@lat)) * cos(radians(lat)) * ${halfSine('lon', '@lon')}))) AS distance
    FROM candidate),
  nearest AS (
    SELECT articleId, lat, lon, isPrimary, CAST(round(distance * 10) AS INTEGER) AS decimetres,
      row_number() OVER (PARTITION BY articleId ORDER BY distance, position) AS rank
    FROM measured WHERE distance <= @radius),
  shown AS (
    SELECT * FROM nearest WHERE rank = 1 AND (decimetres, articleId) > (@afterDecimetres, @afterId)
    ORDER BY decimetres, articleId ${LIMIT})
  SELECT s.articleId, a.title, s.lat, s.lon, s.isPrimary, s.decimetres
  FROM shown s JOIN articles a ON a.id = s.articleId
  ORDER BY s.decimetres, s.articleId`;

type Raw = Omit<PlaceRow, 'primary'> & { isPrimary: number };

/** How much each widening of the search multiplies the radius: sixteen times the area. */
const WIDENING = 4;

/**
 * The radii a page is searched within, widening to the whole circle: the first a sixteenth of it,
 * or half as far again as the cursor's distance, so that a dense place answers from the few
 * coordinates near the centre instead of every one within the radius.
 */
export function searchRadii(radius: number, afterDecimetres: number | null): number[] {
  const radii = [];
  for (let r = Math.max(radius / WIDENING ** 2, ((afterDecimetres ?? 0) / 10) * 1.5); r < radius; r *= WIDENING) radii.push(r);
  return [...radii, radius];
}

export function createPlaceQueries(db: Db) {
  const sqlite = db.$client;
  // One statement for a circle within one box, one for a circle cut by the antimeridian.
  const near = [sqlite.prepare<Record<string, number>, Raw>(nearSql(1)), sqlite.prepare<Record<string, number>, Raw>(nearSql(2))] as const;
  const within = (circle: Circle, after: [number, number] | null, rows: number): Raw[] => {
    const boxes = boundingBoxes(circle);
    const parameters: Record<string, number> = { ...circle, afterDecimetres: after?.[0] ?? -1, afterId: after?.[1] ?? 0, limit: rows };
    boxes.forEach((box, n) => {
      for (const [side, value] of Object.entries(box)) parameters[`${side}${n}`] = value;
    });
    return near[boxes.length - 1]!.all(parameters);
  };

  return {
    /**
     * Up to `limit + 1` articles within the circle, nearest first, after the keyset `after` (null
     * for the first page). A smaller circle's answer is the whole circle's when its last row is
     * nearer than anything outside it can be: an article beyond radius r is at least round(10 r)
     * decimetres away.
     */
    near(circle: Circle, after: [number, number] | null, limit: number): PlaceRow[] {
      let rows: Raw[] = [];
      for (const radius of searchRadii(circle.radius, after?.[0] ?? null)) {
        rows = within({ ...circle, radius }, after, limit + 1);
        if (radius === circle.radius || (rows.length === limit + 1 && rows[limit]!.decimetres < Math.round(radius * 10))) break;
      }
      return rows.map(({ isPrimary, ...row }) => ({ ...row, primary: isPrimary === 1 }));
    },
  };
}

export type PlaceQueries = ReturnType<typeof createPlaceQueries>;
