/**
 * Article queries: title resolution (canonical, normalised, redirect), suggestions for unknown
 * titles, the article list, and the rows of a whole article from its tables (src/api/articles.ts
 * assembles them into the article the answers carry).
 */
import { asc, eq, gt, sql } from 'drizzle-orm';
import { fold } from '../../document/text.js';
import { normalizeTitle } from '../../document/titles.js';
import { linkKindOf, type LinkKind } from '../link-values.js';
import type { Db } from '../open.js';
import { withCitationText } from '../citation-text.js';
import { withText } from '../section-text.js';
import { articles, blocks, categories, citationUses, citations, infoboxFields, links, redirects, sections } from '../schema.js';

type Redirected = typeof redirects.$inferSelect;

/** The article a title names; with the redirect's title (`from`) and fragment when the title is a redirect. `revisionTimestamp` (ISO 8601) is null for text documents. */
export type ResolvedRow = Pick<typeof articles.$inferSelect, 'id' | 'title' | 'contentHash' | 'revisionTimestamp'> & {
  from?: Redirected['fromTitle'];
  fragment?: Redirected['fragment'];
};

/** A link or hatnote of an article, with its target as written and whether it is an article or a redirect here (1 or 0). */
export type LinkTargetRow = Pick<typeof links.$inferSelect, 'partSeq' | 'sectionIndex'> & { kind: LinkKind; target: string; exists: number };

/** The rows of one article, each table in document order. */
export type ArticleRows = NonNullable<ReturnType<ReturnType<typeof createArticleQueries>['load']>>;

export function createArticleQueries(db: Db) {
  const byKey = db
    .select({ id: articles.id, title: articles.title, contentHash: articles.contentHash, revisionTimestamp: articles.revisionTimestamp })
    .from(articles)
    .where(eq(articles.titleKey, sql.placeholder('key')))
    .prepare();
  const redirectByKey = db
    .select({
      id: articles.id,
      title: articles.title,
      from: redirects.fromTitle,
      fragment: redirects.fragment,
      contentHash: articles.contentHash,
      revisionTimestamp: articles.revisionTimestamp,
    })
    .from(redirects)
    .innerJoin(articles, eq(articles.id, redirects.articleId))
    .where(eq(redirects.fromKey, sql.placeholder('key')))
    .prepare();
  const listFirst = db
    .select({ title: articles.title, titleKey: articles.titleKey, summary: articles.summary })
    .from(articles)
    .orderBy(asc(articles.titleKey))
    .limit(sql.placeholder('limit'))
    .prepare();
  const listAfter = db
    .select({ title: articles.title, titleKey: articles.titleKey, summary: articles.summary })
    .from(articles)
    .where(gt(articles.titleKey, sql.placeholder('after')))
    .orderBy(asc(articles.titleKey))
    .limit(sql.placeholder('limit'))
    .prepare();
  const sqlite = db.$client;
  const foldNeighbours = sqlite.prepare<[string, string], { title: string }>(
    `SELECT title FROM (SELECT title, title_fold FROM articles WHERE title_fold >= ? ORDER BY title_fold LIMIT 3)
     UNION ALL SELECT title FROM (SELECT title, title_fold FROM articles WHERE title_fold < ? ORDER BY title_fold DESC LIMIT 2)`,
  );
  const linksOf = sqlite.prepare<[number], Omit<LinkTargetRow, 'kind'> & { kind: number }>(
    `SELECT l.part_seq AS partSeq, l.kind, coalesce(l.target, t.key) AS target, l.section_idx AS sectionIndex,
       (EXISTS (SELECT 1 FROM articles a WHERE a.title_key = t.key)
        OR EXISTS (SELECT 1 FROM redirects r WHERE r.from_key = t.key)) AS "exists"
     FROM links l JOIN link_targets t ON t.id = l.target_id WHERE l.article_id = ? ORDER BY l.part_seq, l.position`,
  );
  // Prepared once: building a drizzle query is most of the cost of loading an article (the snapshot loads them all).
  const id = sql.placeholder('id');
  const whole = {
    article: db.select().from(articles).where(eq(articles.id, id)).prepare(),
    infoboxFields: db.select().from(infoboxFields).where(eq(infoboxFields.articleId, id)).orderBy(asc(infoboxFields.position)).prepare(),
    sections: db.select().from(sections).where(eq(sections.articleId, id)).orderBy(asc(sections.index)).prepare(),
    blocks: db.select().from(blocks).where(eq(blocks.articleId, id)).orderBy(asc(blocks.seq)).prepare(),
    citationUses: db
      .select()
      .from(citationUses)
      .where(eq(citationUses.articleId, id))
      .orderBy(asc(citationUses.partSeq), asc(citationUses.position))
      .prepare(),
    citations: db.select().from(citations).where(eq(citations.articleId, id)).orderBy(asc(citations.n)).prepare(),
    redirects: db.select({ fromTitle: redirects.fromTitle }).from(redirects).where(eq(redirects.articleId, id)).orderBy(asc(redirects.fromKey)).prepare(),
    categories: db
      .select({ name: categories.name, sortKey: categories.sortKey })
      .from(categories)
      .where(eq(categories.articleId, id))
      .orderBy(asc(categories.position))
      .prepare(),
  };
  const foldPrefix = sqlite.prepare<[string, string], { title: string }>(
    'SELECT title FROM articles WHERE title_fold >= ? AND title_fold < ? ORDER BY title_fold LIMIT 50',
  );

  return {
    /** The article a title names: by its normalised key, else through the redirect of that key; null for none. */
    resolve(asked: string): ResolvedRow | null {
      const key = normalizeTitle(asked);
      if (key === '') return null;
      return byKey.get({ key }) ?? redirectByKey.get({ key }) ?? null;
    },

    /** The closest titles to one that is unknown: same first word, ranked by edit distance. */
    suggest(asked: string, limit = 5): string[] {
      const folded = fold(normalizeTitle(asked)).slice(0, 200);
      if (folded === '') return [];
      const firstWord = folded.split(' ')[0]!;
      const candidates = new Set<string>();
      for (const row of foldPrefix.all(firstWord.slice(0, 3), `${firstWord.slice(0, 3)}\uffff`)) candidates.add(row.title);
      for (const row of foldNeighbours.all(folded, folded)) candidates.add(row.title);
      return [...candidates]
        .map((title) => ({ title, distance: editDistance(fold(title), folded) }))
        .sort((a, b) => a.distance - b.distance || a.title.localeCompare(b.title))
        .slice(0, limit)
        .map(({ title }) => title);
    },

    /** Up to `limit + 1` articles after the title key `after` (null for the first page), in title key order. */
    list(limit: number, after: string | null) {
      return after === null ? listFirst.all({ limit: limit + 1 }) : listAfter.all({ after, limit: limit + 1 });
    },

    /** The rows of a whole article (src/api/articles.ts assembles them; the caller caches the article by content hash). */
    load(id: number) {
      // The whole row, metadata columns included (src/api/metadata.ts reads them from it).
      const article = whole.article.get({ id });
      if (!article) return null;
      const sections = whole.sections.all({ id });
      const bodies = new Map(sections.map((section) => [section.index, section.body]));
      return {
        article,
        infoboxFields: whole.infoboxFields.all({ id }),
        sections,
        /** With their text, read back from their sections' bodies (db/section-text.ts). */
        blocks: withText(whole.blocks.all({ id }), bodies),
        citationUses: whole.citationUses.all({ id }),
        /** With their text, derived from their fields where it is what they display (db/citation-text.ts). */
        citations: whole.citations.all({ id }).map(withCitationText),
        redirects: whole.redirects.all({ id }),
        /** Its links and hatnotes, by part, with whether their targets exist. */
        links: linksOf.all(id).map((row): LinkTargetRow => ({ ...row, kind: linkKindOf(row.kind) })),
        categories: whole.categories.all({ id }),
      };
    },
  };
}

export type ArticleQueries = ReturnType<typeof createArticleQueries>;

/** Levenshtein distance, bounded to short strings by the caller. */
export function editDistance(a: string, b: string): number {
  const x = a.slice(0, 100);
  const y = b.slice(0, 100);
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}
