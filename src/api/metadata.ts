/**
 * The metadata of an article on the wire — description, image, every infobox, templates,
 * coordinates, the revision with its details, and the site's licence — from its stored rows (its
 * articles row as the article's load read it, its templates and coordinates from
 * src/db/queries/metadata.ts). The article's assembly adds it to the rest (src/api/article-cache.ts).
 *
 * A database imported before these were stored answers as a text document would: null, empty, the
 * one infobox it has, and a revision whose details are null.
 */
import type { Db } from '../db/open.js';
import { createMetadataQueries, type MetadataColumns, type MetadataRows } from '../db/queries/metadata.js';
import type { Article, Infobox, License, MetadataKey } from './wire/articles.js';

export type ArticleMetadata = Pick<Article, MetadataKey>;

/** The wire's metadata of an article from its rows; `first` is its infobox (`Article.infobox`). */
export function metadataOf({ article, templates, coordinates }: MetadataRows, first: Infobox | null, license: License | null): ArticleMetadata {
  const { revisionContributorName: name, revisionContributorIp: ip } = article;
  return {
    revision:
      article.revisionId === null
        ? null
        : {
            id: article.revisionId,
            timestamp: article.revisionTimestamp ?? '',
            sha1: article.revisionSha1,
            parentId: article.revisionParentId,
            contributor: name !== null ? { name } : ip !== null ? { ip } : null,
            comment: article.revisionComment,
            minor: article.revisionMinor,
            size: article.revisionSize,
          },
    description: article.description,
    image:
      article.imageFile === null
        ? null
        : { file: article.imageFile, caption: article.imageCaption, alt: article.imageAlt, href: article.imageHref },
    // Boxes stored before typed values (parser versions before 11) have none: null, as nothing is certain.
    infoboxes: first ? [first, ...(article.moreInfoboxes ?? []).map((box) => ({ ...box, fields: box.fields.map((field) => ({ ...field, value: field.value ?? null })) }))] : [],
    templates,
    coordinates,
    license,
  };
}

/**
 * The metadata of an article from its articles row as loaded (src/db/queries/articles.ts) and its
 * templates and coordinates (its infobox is `first`), with the site's `license`.
 */
export function createArticleMetadata(db: Db, license: License | null) {
  const queries = createMetadataQueries(db);
  return (article: MetadataColumns & { id: number }, first: Infobox | null): ArticleMetadata => metadataOf({ article, ...queries.of(article.id) }, first, license);
}

export type ArticleMetadataReader = ReturnType<typeof createArticleMetadata>;
