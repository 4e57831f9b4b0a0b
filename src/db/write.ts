/**
 * Writing parsed documents: the importer's only path into the database. Prepared statements over
 * the raw connection (the import's hot loop), inside the caller's transaction.
 */
import { createHash } from 'node:crypto';
import { sourceKey } from '../document/citations.js';
import { PARSER_VERSION } from '../document/parse.js';
import { fold } from '../document/text.js';
import { normalizeTitle, titleSlug } from '../document/titles.js';
import type { Document } from '../document/types.js';
import type { Db } from './open.js';

const MARKER = /\[(\d{1,4})\]/g;

export interface ArticleMeta {
  sourceName: string;
  source: string;
}

export function contentHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The lead's first paragraph without citation markers. */
export function summaryOf(document: Document): string | null {
  for (const section of document.sections) {
    const paragraph = section.blocks.find((block) => block.kind === 'paragraph');
    if (paragraph) return paragraph.text;
  }
  return null;
}

export interface WriterOptions {
  /** Told of every row inserted (the deferred full-text indexes of a bulk import). */
  inserted?: (table: string, rowid: number | bigint) => void;
}

export function createWriter(db: Db, options: WriterOptions = {}) {
  const sqlite = db.$client;
  const inserted = options.inserted ?? (() => {});
  const statements = {
    findArticle: sqlite.prepare<[string], { id: number; content_hash: string; parser_version: number; source_name: string }>(
      'SELECT id, content_hash, parser_version, source_name FROM articles WHERE title_key = ?',
    ),
    insertArticle: sqlite.prepare(
      `INSERT INTO articles (title, title_key, title_fold, slug, site_name, site_tagline, summary, infobox_title,
        infobox_template, has_infobox, content_hash, source_bytes, source_name, parser_version, trailing)
       VALUES (@title, @titleKey, @titleFold, @slug, @siteName, @siteTagline, @summary, @infoboxTitle,
        @infoboxTemplate, @hasInfobox, @contentHash, @sourceBytes, @sourceName, @parserVersion, @trailing)`,
    ),
    updateArticle: sqlite.prepare(
      `UPDATE articles SET title = @title, title_fold = @titleFold, slug = @slug, site_name = @siteName,
        site_tagline = @siteTagline, summary = @summary, infobox_title = @infoboxTitle,
        infobox_template = @infoboxTemplate, has_infobox = @hasInfobox, content_hash = @contentHash,
        source_bytes = @sourceBytes, source_name = @sourceName, parser_version = @parserVersion, trailing = @trailing
       WHERE id = @id`,
    ),
    deleteChildren: [
      'redirects',
      'parts',
      'infobox_fields',
      'sections',
      'blocks',
      'citation_uses',
      'links',
      'citations',
    ].map((table) => sqlite.prepare(`DELETE FROM ${table} WHERE article_id = ?`)),
    insertPart: sqlite.prepare('INSERT INTO parts (article_id, seq, kind, line, lead, raw) VALUES (?, ?, ?, ?, ?, ?)'),
    insertField: sqlite.prepare(
      `INSERT INTO infobox_fields (article_id, seq, position, key, label, text, "values", date, group_name, supplied)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSection: sqlite.prepare(
      'INSERT INTO sections (article_id, idx, title, anchor, level, heading_seq) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertBlock: sqlite.prepare(
      'INSERT INTO blocks (article_id, seq, section_idx, kind, text, hatnote_kind) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    insertUse: sqlite.prepare(
      'INSERT INTO citation_uses (article_id, part_seq, position, n, section_idx) VALUES (?, ?, ?, ?, ?)',
    ),
    insertLink: sqlite.prepare(
      `INSERT INTO links (article_id, part_seq, position, kind, target, target_key, section_idx)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    findSource: sqlite.prepare<[string], { id: number }>('SELECT id FROM sources WHERE key = ?'),
    insertSource: sqlite.prepare(
      'INSERT INTO sources (key, title, authors, year, publisher, place, url, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertCitation: sqlite.prepare(
      `INSERT INTO citations (article_id, n, seq, text, kind, authors, year, date, title, chapter, pages, place,
        publisher, url, format, fields, source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    findRedirect: sqlite.prepare<[string], { article_id: number }>('SELECT article_id FROM redirects WHERE from_key = ?'),
    deleteRedirect: sqlite.prepare('DELETE FROM redirects WHERE from_key = ?'),
    insertRedirect: sqlite.prepare('INSERT INTO redirects (from_title, from_key, article_id) VALUES (?, ?, ?)'),
    pruneSources: sqlite.prepare('DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM citations WHERE source_id IS NOT NULL)'),
  };

  const sourceIds = new Map<string, number>();
  function sourceIdFor(key: string, reference: Document['references'][number]): number {
    let id = sourceIds.get(key) ?? statements.findSource.get(key)?.id;
    if (id === undefined) {
      const result = statements.insertSource.run(
        key,
        reference.title,
        JSON.stringify(reference.authors),
        reference.year,
        reference.publisher,
        reference.place,
        reference.url,
        reference.kind,
      );
      id = Number(result.lastInsertRowid);
      inserted('sources', id);
    }
    sourceIds.set(key, id);
    return id;
  }

  return {
    /** Adds or replaces the article of the document's title; unchanged text is left as it is. */
    writeArticle(document: Document, meta: ArticleMeta): { id: number; changed: boolean } {
      const titleKey = normalizeTitle(document.title);
      const row = {
        title: document.title,
        titleKey,
        titleFold: fold(document.title),
        slug: titleSlug(document.title),
        siteName: document.site?.name ?? null,
        siteTagline: document.site?.tagline ?? null,
        summary: summaryOf(document),
        infoboxTitle: document.infobox?.title ?? null,
        infoboxTemplate: document.infobox?.template ?? null,
        hasInfobox: document.infobox ? 1 : 0,
        contentHash: contentHash(meta.source),
        sourceBytes: Buffer.byteLength(meta.source),
        sourceName: meta.sourceName,
        parserVersion: PARSER_VERSION,
        trailing: document.trailing,
      };
      const existing = statements.findArticle.get(titleKey);
      if (
        existing &&
        existing.content_hash === row.contentHash &&
        existing.parser_version === PARSER_VERSION &&
        existing.source_name === row.sourceName
      ) {
        return { id: existing.id, changed: false };
      }
      let id: number;
      if (existing) {
        id = existing.id;
        for (const statement of statements.deleteChildren) statement.run(id);
        statements.updateArticle.run({ ...row, id });
      } else {
        id = Number(statements.insertArticle.run(row).lastInsertRowid);
        inserted('articles', id);
      }

      for (const part of document.parts) {
        inserted('parts', statements.insertPart.run(id, part.seq, part.kind, part.line, part.lead, part.raw).lastInsertRowid);
      }
      const sectionOfPart = new Map<number, number>();
      for (const section of document.sections) {
        for (const block of section.blocks) {
          sectionOfPart.set(block.seq, section.index);
          const insertedBlock = statements.insertBlock.run(id, block.seq, section.index, block.kind, block.text, block.hatnote?.kind ?? null);
          inserted('blocks', insertedBlock.lastInsertRowid);
          block.hatnote?.targets.forEach((target, position) => {
            const kind = block.hatnote!.kind;
            inserted('links', statements.insertLink.run(id, block.seq, position, kind, target, normalizeTitle(target), section.index).lastInsertRowid);
          });
        }
        // After its blocks: the section's insert trigger indexes their text for search (sections_fts).
        const insertedSection = statements.insertSection.run(id, section.index, section.title, section.anchor, section.level, section.headingSeq);
        inserted('sections', insertedSection.lastInsertRowid);
      }
      document.infobox?.fields.forEach((field, position) => {
        const insertedField = statements.insertField.run(
          id,
          field.seq,
          position,
          field.key,
          field.label,
          field.text,
          field.values ? JSON.stringify(field.values) : null,
          field.date ?? null,
          field.group ?? null,
          field.supplied ? 1 : 0,
        );
        inserted('infobox_fields', insertedField.lastInsertRowid);
      });
      // Every marker occurrence, in the blocks and in the infobox.
      for (const part of document.parts) {
        if (part.kind === 'reference') continue;
        let position = 0;
        for (const match of part.raw.matchAll(MARKER)) {
          const use = statements.insertUse.run(id, part.seq, position++, Number(match[1]), sectionOfPart.get(part.seq) ?? null);
          inserted('citation_uses', use.lastInsertRowid);
        }
      }
      let previousSource: number | null = null;
      for (const reference of document.references) {
        const key = sourceKey(reference);
        // "Ibid." cites the work of the reference before it.
        const sourceId: number | null = key ? sourceIdFor(key, reference) : reference.kind === 'ibid' ? previousSource : null;
        previousSource = sourceId;
        const { seq, n, text, ...fields } = reference;
        const citation = statements.insertCitation.run(
          id,
          n,
          seq,
          text,
          reference.kind,
          JSON.stringify(reference.authors),
          reference.year,
          reference.date ?? null,
          reference.title,
          reference.chapter,
          reference.pages,
          reference.place,
          reference.publisher,
          reference.url,
          reference.format,
          JSON.stringify(fields),
          sourceId,
        );
        inserted('citations', citation.lastInsertRowid);
      }
      return { id, changed: true };
    },

    /** Records `from → articleId`; returns the id of the article that already holds `from`, if another. */
    writeRedirect(from: string, articleId: number): number | null {
      const key = normalizeTitle(from);
      const holder = statements.findRedirect.get(key);
      if (holder?.article_id === articleId) return null;
      if (holder) statements.deleteRedirect.run(key);
      inserted('redirects', statements.insertRedirect.run(from, key, articleId).lastInsertRowid);
      return holder && holder.article_id !== articleId ? holder.article_id : null;
    },

    articleIdOf(title: string): number | null {
      return statements.findArticle.get(normalizeTitle(title))?.id ?? null;
    },

    /** Drops sources no citation points to any more (after replacing articles). */
    pruneSources(): void {
      statements.pruneSources.run();
    },
  };
}

export type Writer = ReturnType<typeof createWriter>;
