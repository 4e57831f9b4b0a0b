/**
 * Article queries: title resolution (canonical, normalised, redirect), suggestions for unknown
 * titles, the article list, and the assembly of a whole article from its tables.
 */
import { asc, eq, gt, sql } from 'drizzle-orm';
import type { Article, ArticleListItem, Infobox, Link, MetadataKey, ResolvedRef, Section } from '../../api/wire/articles.js';
import type { Citation } from '../../api/wire/citations.js';
import { articleHref, articleRef, categoryHref } from '../../api/wire/links.js';
import { fold } from '../../document/text.js';
import { normalizeTitle, titleSlug } from '../../document/titles.js';
import type { Db } from '../open.js';
import { articles, blocks, categories, citationUses, citations, infoboxFields, links, redirects, sections } from '../schema.js';

/** The article a title names; `revisionTimestamp` (ISO 8601) is null for text documents. */
export type Resolved = Pick<typeof articles.$inferSelect, 'id' | 'contentHash' | 'revisionTimestamp'> & {
  ref: ResolvedRef;
  /** Whether the title asked for is the canonical spelling: the title itself, its slug or underscores for spaces (not a redirect or another spelling). */
  canonical: boolean;
};

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
  const linksOf = sqlite.prepare<[number], { kind: string; target: string; section_idx: number | null; exists: number }>(
    `SELECT l.kind, l.target, l.section_idx,
       (EXISTS (SELECT 1 FROM articles a WHERE a.title_key = l.target_key)
        OR EXISTS (SELECT 1 FROM redirects r WHERE r.from_key = l.target_key)) AS "exists"
     FROM links l WHERE l.article_id = ? ORDER BY l.part_seq, l.position`,
  );
  const foldPrefix = sqlite.prepare<[string, string], { title: string }>(
    'SELECT title FROM articles WHERE title_fold >= ? AND title_fold < ? ORDER BY title_fold LIMIT 50',
  );

  return {
    resolve(asked: string): Resolved | null {
      const key = normalizeTitle(asked);
      if (key === '') return null;
      const article = byKey.get({ key });
      if (article) {
        const canonical = asked === article.title || asked === titleSlug(article.title) || asked === article.title.replace(/ /g, '_');
        const ref: ResolvedRef = { ...articleRef(article.title), ...(canonical ? {} : { normalizedFrom: asked }) };
        return { id: article.id, ref, canonical, contentHash: article.contentHash, revisionTimestamp: article.revisionTimestamp };
      }
      const redirect = redirectByKey.get({ key });
      if (redirect) {
        return {
          id: redirect.id,
          ref: { ...articleRef(redirect.title), redirectedFrom: redirect.from, ...(redirect.fragment ? { redirectFragment: redirect.fragment } : {}) },
          canonical: false,
          contentHash: redirect.contentHash,
          revisionTimestamp: redirect.revisionTimestamp,
        };
      }
      return null;
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

    list(limit: number, after: string | null) {
      const rows = after === null ? listFirst.all({ limit: limit + 1 }) : listAfter.all({ after, limit: limit + 1 });
      return rows;
    },

    toListItem(row: { title: string; summary: string | null }): ArticleListItem {
      return { ...articleRef(row.title), summary: row.summary };
    },

    /** The whole article but its metadata (src/api/metadata.ts), assembled from its tables (the caller caches it by content hash). */
    load(id: number): Omit<Article, 'redirectedFrom' | 'normalizedFrom' | MetadataKey> | null {
      const article = db.select().from(articles).where(eq(articles.id, id)).get();
      if (!article) return null;
      const fieldRows = db.select().from(infoboxFields).where(eq(infoboxFields.articleId, id)).orderBy(asc(infoboxFields.position)).all();
      const sectionRows = db.select().from(sections).where(eq(sections.articleId, id)).orderBy(asc(sections.index)).all();
      const blockRows = db.select().from(blocks).where(eq(blocks.articleId, id)).orderBy(asc(blocks.seq)).all();
      const useRows = db
        .select()
        .from(citationUses)
        .where(eq(citationUses.articleId, id))
        .orderBy(asc(citationUses.partSeq), asc(citationUses.position))
        .all();
      const citationRows = db.select().from(citations).where(eq(citations.articleId, id)).orderBy(asc(citations.n)).all();
      const redirectRows = db
        .select({ from: redirects.fromTitle })
        .from(redirects)
        .where(eq(redirects.articleId, id))
        .orderBy(asc(redirects.fromKey))
        .all();
      const linkRows = linksOf.all(id);

      const citedBy = new Map<number, number[]>();
      for (const use of useRows) {
        const list = citedBy.get(use.partSeq) ?? [];
        if (!list.includes(use.n)) list.push(use.n);
        citedBy.set(use.partSeq, list);
      }
      const sectionList: Section[] = sectionRows.map((row) => ({
        index: row.index,
        anchor: row.anchor,
        title: row.title,
        level: row.level,
        hatnotes: [],
        paragraphs: [],
        citations: [],
      }));
      const hatnoteTargets = new Map<number, string[]>();
      for (const link of db.select().from(links).where(eq(links.articleId, id)).orderBy(asc(links.partSeq), asc(links.position)).all()) {
        if (link.kind === 'link') continue;
        hatnoteTargets.set(link.partSeq, [...(hatnoteTargets.get(link.partSeq) ?? []), link.target]);
      }
      for (const block of blockRows) {
        const section = sectionList[block.sectionIndex];
        if (!section) continue;
        if (block.kind === 'hatnote') {
          section.hatnotes.push({ kind: block.hatnoteKind as Section['hatnotes'][number]['kind'], targets: hatnoteTargets.get(block.seq) ?? [] });
          continue;
        }
        const cited = citedBy.get(block.seq) ?? [];
        section.paragraphs.push({
          kind: block.kind,
          text: block.text,
          ...(block.kind === 'list' ? { items: block.text.split('\n') } : {}),
          ...(block.kind === 'table' ? { rows: block.text.split('\n').map((row) => row.split('\t')) } : {}),
          citations: cited,
        });
        for (const n of cited) if (!section.citations.includes(n)) section.citations.push(n);
      }
      const infobox: Infobox | null = article.hasInfobox
        ? {
            title: article.infoboxTitle,
            template: article.infoboxTemplate,
            fields: fieldRows.map((row) => ({
              key: row.key,
              label: row.label,
              text: row.text,
              ...(row.values ? { values: row.values } : {}),
              ...(row.date ? { date: row.date } : {}),
              ...(row.groupName ? { group: row.groupName } : {}),
              ...(row.supplied ? { supplied: true } : {}),
              ...(row.raw !== null ? { raw: row.raw } : {}),
              ...(row.links ? { links: row.links } : {}),
            })),
          }
        : null;
      const citationList: Citation[] = citationRows.map((row) => ({
        n: row.n,
        text: row.text,
        ...(row.fields as Omit<Citation, 'n' | 'text' | 'sourceId'>),
        sourceId: row.sourceId,
      }));
      const linkList: Link[] = linkRows.map((row) => ({
        kind: row.kind,
        target: row.target,
        exists: row.exists === 1,
        href: articleHref(row.target),
        section: row.section_idx,
      }));
      return {
        ...articleRef(article.title),
        site: article.siteName !== null ? { name: article.siteName, tagline: article.siteTagline ?? '', ...(article.siteUrl ? { url: article.siteUrl } : {}) } : null,
        summary: article.summary,
        infobox,
        sections: sectionList,
        citations: citationList,
        redirects: redirectRows.map((row) => row.from),
        links: linkList,
        contentHash: article.contentHash,
        format: article.format,
        categories: db
          .select({ name: categories.name, sortKey: categories.sortKey })
          .from(categories)
          .where(eq(categories.articleId, id))
          .orderBy(asc(categories.position))
          .all()
          .map((row) => ({ ...row, href: categoryHref(row.name) })),
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
