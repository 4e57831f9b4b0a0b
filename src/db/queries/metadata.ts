/**
 * An article's metadata as stored (migration 0009): its description, image, revision details and
 * infoboxes after the first on its row, and its templates and coordinates. Plain rows; src/api/metadata.ts
 * gives them their wire shape. A database imported before 0009 has nulls and no rows here.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../open.js';
import { articles, coordinates, templates } from '../schema.js';

export function createMetadataQueries(db: Db) {
  const id = sql.placeholder('id');
  const articleRow = db
    .select({
      revisionId: articles.revisionId,
      revisionTimestamp: articles.revisionTimestamp,
      revisionSha1: articles.revisionSha1,
      revisionParentId: articles.revisionParentId,
      revisionContributorName: articles.revisionContributorName,
      revisionContributorIp: articles.revisionContributorIp,
      revisionComment: articles.revisionComment,
      revisionMinor: articles.revisionMinor,
      revisionSize: articles.revisionSize,
      description: articles.description,
      imageFile: articles.imageFile,
      imageCaption: articles.imageCaption,
      imageAlt: articles.imageAlt,
      imageHref: articles.imageHref,
      moreInfoboxes: articles.moreInfoboxes,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .prepare();
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
    /** The metadata rows of the article `id`; null when there is no such article. */
    of(articleId: number) {
      const article = articleRow.get({ id: articleId });
      if (!article) return null;
      return { article, templates: templateRows.all({ id: articleId }), coordinates: coordinateRows.all({ id: articleId }) };
    },
  };
}

export type MetadataRows = NonNullable<ReturnType<ReturnType<typeof createMetadataQueries>['of']>>;
