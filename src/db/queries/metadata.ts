/**
 * An article's metadata as stored (migration 0009): its templates and coordinates, in their
 * tables; the rest — description, image, revision details and the infoboxes after the first — is
 * on its articles row, which the article's load query (./articles.ts) reads once with the others.
 * Plain rows; src/api/metadata.ts gives them their wire shape. A database imported before 0009
 * has nulls and no rows here.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open.js';
import { coordinates, templates, type articles } from '../schema.js';

/** The columns of an articles row the metadata is read from. */
export type MetadataColumns = Pick<
  typeof articles.$inferSelect,
  | 'revisionId'
  | 'revisionTimestamp'
  | 'revisionSha1'
  | 'revisionParentId'
  | 'revisionContributorName'
  | 'revisionContributorIp'
  | 'revisionComment'
  | 'revisionMinor'
  | 'revisionSize'
  | 'description'
  | 'imageFile'
  | 'imageCaption'
  | 'imageAlt'
  | 'imageHref'
  | 'moreInfoboxes'
>;

export function createMetadataQueries(db: Db) {
  const id = sql.placeholder('id');
  const templateRows = db
    .select({ name: templates.name, count: templates.count })
    .from(templates)
    .where(eq(templates.articleId, id))
    .orderBy(asc(templates.position))
    .prepare();
  const coordinateRows = db
    .select({ lat: coordinates.lat, lon: coordinates.lon, primary: coordinates.primary })
    .from(coordinates)
    .where(eq(coordinates.articleId, id))
    .orderBy(asc(coordinates.position))
    .prepare();

  return {
    /** The templates and coordinates of the article `id`, in document order. */
    of(articleId: number) {
      return { templates: templateRows.all({ id: articleId }), coordinates: coordinateRows.all({ id: articleId }) };
    },
  };
}

/** Every row the metadata of an article is read from: its articles row and its templates and coordinates. */
export type MetadataRows = { article: MetadataColumns } & ReturnType<ReturnType<typeof createMetadataQueries>['of']>;
