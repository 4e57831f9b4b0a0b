/**
 * The rows a document is stored as, each table's typed from its drizzle table and held as one array a column: pure, so the import runs it in its parse worker.
 */
import { createHash } from 'node:crypto';
import { sourceKey } from '../document/references/parse.js';
import { identifierValues } from '../document/identifiers.js';
import { fold } from '../document/text.js';
import { normalizeTitle, titleSlug } from '../document/titles.js';
import type { Document, Infobox } from '../document/types.js';
import { storedFields } from './citation-fields.js';
import { storedCitationText } from './citation-text.js';
import { storedParts } from './source.js';
import { inBody, storedBody } from './section-text.js';
import { sortableOf } from '../document/values/sortable.js';
import { LINK_KINDS, storedTarget, type LinkKind } from './link-values.js';
import type {
  articles,
  blocks,
  categories,
  citationIdentifiers,
  citations,
  citationUses,
  coordinates,
  infoboxFields,
  links,
  sections,
  StoredInfobox,
  templateParameters,
  templates,
} from './schema.js';

export interface ArticleMeta {
  sourceName: string;
  source: string;
  /** The version of the parser of the document's format (its format supplies it). */
  parserVersion: number;
}

/** A column's value as better-sqlite3 binds it: a JSON column as its text, a boolean as 0 or 1, a BLOB as bytes. */
type Bound<V> = V extends boolean ? 0 | 1 : V extends Uint8Array ? Uint8Array : V extends string | number | null | undefined ? V : string;

/** A table's row as the writer binds it: every column given (null when empty), but the ones it fills itself. */
type RowOf<Insert, Filled extends keyof Insert = never> = { [K in Exclude<keyof Insert, Filled>]-?: Exclude<Bound<Insert[K]>, undefined> };

export type ArticleRow = RowOf<typeof articles.$inferInsert, 'id'>;
export type BlockRow = RowOf<typeof blocks.$inferInsert, 'articleId'>;
/** A link as the parse worker gives it: its target's title key, which the writer turns into the key's id. */
export type LinkRow = RowOf<typeof links.$inferInsert, 'articleId' | 'targetId'> & { targetKey: string };
/** A link as stored. */
export type StoredLinkRow = RowOf<typeof links.$inferInsert, 'articleId'>;
export type SectionRow = RowOf<typeof sections.$inferInsert, 'articleId'>;
export type FieldRow = RowOf<typeof infoboxFields.$inferInsert, 'articleId'>;
export type UseRow = RowOf<typeof citationUses.$inferInsert, 'articleId'>;
export type CategoryRow = RowOf<typeof categories.$inferInsert, 'articleId'>;
export type IdentifierRow = RowOf<typeof citationIdentifiers.$inferInsert, 'articleId'>;
export type TemplateRow = RowOf<typeof templates.$inferInsert, 'articleId'>;
export type TemplateParameterRow = RowOf<typeof templateParameters.$inferInsert, 'articleId'>;
export type CoordinateRow = RowOf<typeof coordinates.$inferInsert, 'articleId'>;
/**
 * A citation, with the title key of the work it cites (null: none, or "Ibid." when its kind is
 * ibid); its source is found at the end of the run (db/sources.ts).
 */
export type CitationRow = RowOf<typeof citations.$inferInsert, 'id' | 'articleId' | 'sourceId'>;

/** A value as a statement binds it. */
export type Value = string | number | null;

/**
 * A table's rows as one flat array, `COLUMNS[table].length` values a row in that order (read
 * them with offsetsOf()). One array of strings and numbers a table passes from the parse worker
 * to the writer much faster than an object a row or an array a column (structured clone), and
 * the writer is what limits an import's speed. `Row` types what goes in.
 */
export type Flat<Row> = Value[] & { readonly rowType?: Row };

function append<Row>(table: Flat<Row>, columns: readonly (keyof Row)[], row: Row): void {
  for (const column of columns) table.push(row[column] as Value);
}

/** Each column's offset in a row of a flat table with these columns. */
export function offsetsOf<Key extends string>(columns: readonly Key[]): Record<Key, number> {
  return Object.fromEntries(columns.map((column, offset) => [column, offset])) as Record<Key, number>;
}

/** The rows of one article, each table's in insert order. */
export interface ArticleRows {
  titleKey: string;
  article: ArticleRow;
  /** The parts as stored: a JSON array of StoredPart (ranges into the source), in seq order, and the source, each compressed. */
  parts: { items: Uint8Array; source: Uint8Array };
  blocks: Flat<BlockRow>;
  links: Flat<LinkRow>;
  sections: Flat<SectionRow>;
  fields: Flat<FieldRow>;
  uses: Flat<UseRow>;
  categories: Flat<CategoryRow>;
  citations: Flat<CitationRow>;
  /** The citations' ISBNs (ISBN-13 digits), DOIs and OCLC numbers. */
  identifiers: Flat<IdentifierRow>;
  templates: Flat<TemplateRow>;
  templateParameters: Flat<TemplateParameterRow>;
  coordinates: Flat<CoordinateRow>;
}

/** Each table's columns, in the order of its flat array (the order the writer inserts them). */
export const COLUMNS = {
  blocks: ['seq', 'sectionIndex', 'kind', 'text', 'hatnoteKind', 'textLength'],
  /** `targetKey` where the stored row has `targetId` (STORED_LINK_COLUMNS): the writer swaps one for the other in place. */
  links: ['partSeq', 'position', 'kind', 'targetKey', 'target', 'sectionIndex'],
  sections: ['index', 'title', 'anchor', 'level', 'headingSeq', 'body'],
  fields: ['seq', 'position', 'key', 'label', 'text', 'values', 'date', 'groupName', 'supplied', 'raw', 'links', 'value'],
  uses: ['partSeq', 'position', 'n', 'sectionIndex'],
  categories: ['position', 'name', 'nameKey', 'sortKey', 'sortBy'],
  citations: ['n', 'seq', 'text', 'kind', 'authors', 'year', 'date', 'title', 'chapter', 'pages', 'place', 'publisher', 'url', 'format', 'fields', 'sourceKey'],
  identifiers: ['n', 'kind', 'value'],
  templates: ['position', 'name', 'nameKey', 'count', 'citation'],
  templateParameters: ['position', 'template', 'use', 'templateKey', 'name', 'value', 'valueKey', 'typed', 'sortKind', 'sortValue'],
  coordinates: ['position', 'lat', 'lon', 'primary'],
} as const;

/** The columns of a stored link: COLUMNS.links with `targetId` in place of `targetKey`. */
export const STORED_LINK_COLUMNS = COLUMNS.links.map((column) => (column === 'targetKey' ? 'targetId' : column)) satisfies (keyof StoredLinkRow)[];

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

function articleRow(document: Document, meta: ArticleMeta, titleKey: string): ArticleRow {
  const contributor = document.revision?.contributor ?? null;
  return {
    title: document.title,
    titleKey,
    titleFold: fold(document.title),
    slug: titleSlug(document.title),
    siteName: document.site?.name ?? null,
    siteTagline: document.site?.tagline ?? null,
    siteUrl: document.site?.url ?? null,
    summary: summaryOf(document),
    infoboxTitle: document.infobox?.title ?? null,
    infoboxTemplate: document.infobox?.template ?? null,
    hasInfobox: document.infobox ? 1 : 0,
    contentHash: contentHash(meta.source),
    sourceBytes: Buffer.byteLength(meta.source),
    sourceName: meta.sourceName,
    parserVersion: meta.parserVersion,
    trailing: document.trailing,
    format: document.format ?? 'text',
    revisionId: document.revision?.id ?? null,
    revisionTimestamp: document.revision?.timestamp ?? null,
    revisionSha1: document.revision?.sha1 ?? null,
    revisionParentId: document.revision?.parentId ?? null,
    revisionContributorName: contributor && 'name' in contributor ? contributor.name : null,
    revisionContributorIp: contributor && 'ip' in contributor ? contributor.ip : null,
    revisionComment: document.revision?.comment ?? null,
    revisionMinor: document.revision ? (document.revision.minor ? 1 : 0) : null,
    revisionSize: document.revision?.size ?? null,
    description: document.description,
    imageFile: document.image?.file ?? null,
    imageCaption: document.image?.caption ?? null,
    imageAlt: document.image?.alt ?? null,
    imageHref: document.image?.href ?? null,
    moreInfoboxes: document.infoboxes.length > 1 ? JSON.stringify(document.infoboxes.slice(1).map(storedInfobox)) : null,
  };
}

/** An infobox as `articles.more_infoboxes` keeps it: its fields without their part seq. */
function storedInfobox({ title, template, fields }: Infobox): StoredInfobox {
  return { title, template, fields: fields.map(({ seq: _seq, ...field }) => field) };
}

/** The rows a document is stored as. */
export function articleRows(document: Document, meta: ArticleMeta): ArticleRows {
  const titleKey = normalizeTitle(document.title);
  const rows: ArticleRows = {
    titleKey,
    article: articleRow(document, meta, titleKey),
    // Set below, once the sections' text, its dictionary, is known.
    parts: { items: new Uint8Array(0), source: new Uint8Array(0) },
    blocks: [],
    links: [],
    sections: [],
    fields: [],
    uses: [],
    categories: [],
    citations: [],
    identifiers: [],
    templates: [],
    templateParameters: [],
    coordinates: [],
  };
  /** The next link position in each part: a part's hatnote targets first, then its internal links. */
  const linkPositions = new Map<number, number>();
  const addLink = (partSeq: number, kind: LinkKind, target: string, sectionIndex: number | null) => {
    const position = linkPositions.get(partSeq) ?? 0;
    linkPositions.set(partSeq, position + 1);
    append(rows.links, COLUMNS.links, { partSeq, position, kind: LINK_KINDS.indexOf(kind), ...storedTarget(target), sectionIndex });
  };
  /** The sections' bodies' text by index: the source's dictionary (db/source.ts). */
  const sectionText = new Map<number, string>();
  for (const section of document.sections) {
    // The text of blocks other than hatnotes goes into the section's body, once (db/section-text.ts).
    const bodyTexts: string[] = [];
    for (const block of section.blocks) {
      const inSectionBody = inBody(block.kind);
      if (inSectionBody) bodyTexts.push(block.text);
      append(rows.blocks, COLUMNS.blocks, {
        seq: block.seq,
        sectionIndex: section.index,
        kind: block.kind,
        text: inSectionBody ? '' : block.text,
        hatnoteKind: block.hatnote?.kind ?? null,
        textLength: inSectionBody ? block.text.length : null,
      });
      for (const target of block.hatnote?.targets ?? []) addLink(block.seq, block.hatnote!.kind, target, section.index);
    }
    const body = storedBody(bodyTexts);
    if (body !== null) sectionText.set(section.index, bodyTexts.join('\n'));
    append(rows.sections, COLUMNS.sections, { index: section.index, title: section.title, anchor: section.anchor, level: section.level, headingSeq: section.headingSeq, body });
  }
  const inOrder = [...sectionText.keys()].sort((a, b) => a - b).map((index) => sectionText.get(index)!);
  rows.parts = storedParts(document, Buffer.from(inOrder.join(''), 'utf8'));
  for (const link of document.links ?? []) addLink(link.seq, 'link', link.target, link.section);
  document.categories?.forEach((category, position) => {
    append(rows.categories, COLUMNS.categories, { position, name: category.name, nameKey: normalizeTitle(category.name), sortKey: category.sortKey, sortBy: category.sortBy });
  });
  document.infobox?.fields.forEach((field, position) => {
    append(rows.fields, COLUMNS.fields, {
      seq: field.seq,
      position,
      key: field.key,
      label: field.label,
      text: field.text,
      values: field.values ? JSON.stringify(field.values) : null,
      date: field.date ?? null,
      groupName: field.group ?? null,
      supplied: field.supplied ? 1 : 0,
      raw: field.raw ?? null,
      links: field.links ? JSON.stringify(field.links) : null,
      value: field.value ? JSON.stringify(field.value) : null,
    });
  });
  const templateKeys = document.templates.map(({ name }) => normalizeTitle(name));
  document.templates.forEach(({ name, count, citation }, position) => {
    append(rows.templates, COLUMNS.templates, { position, name, nameKey: templateKeys[position]!, count, citation: citation ? 1 : 0 });
  });
  document.templateParameters.forEach(({ template, use, name, value, typed }, position) => {
    // Folded for `?param=&value=`, which ignores case and diacritics; a value is short (formats bound it).
    const sortable = sortableOf(typed);
    append(rows.templateParameters, COLUMNS.templateParameters, {
      position, template, use, templateKey: templateKeys[template]!, name, value, valueKey: value === null ? null : fold(value),
      typed: typed ? JSON.stringify(typed) : null, sortKind: sortable?.kind ?? null, sortValue: sortable?.value ?? null,
    });
  });
  document.coordinates.forEach(({ lat, lon, primary }, position) => {
    append(rows.coordinates, COLUMNS.coordinates, { position, lat, lon, primary: primary ? 1 : 0 });
  });
  // Where each reference is used, as the source format found it.
  const usePositions = new Map<number, number>();
  for (const use of document.citationUses) {
    const position = usePositions.get(use.seq) ?? 0;
    usePositions.set(use.seq, position + 1);
    append(rows.uses, COLUMNS.uses, { partSeq: use.seq, position, n: use.n, sectionIndex: use.section });
  }
  for (const reference of document.references) {
    const { seq, n, text, ...fields } = reference;
    const columns = {
      kind: reference.kind,
      authors: JSON.stringify(reference.authors),
      year: reference.year,
      date: reference.date ?? null,
      title: reference.title,
      chapter: reference.chapter,
      pages: reference.pages,
      place: reference.place,
      publisher: reference.publisher,
      url: reference.url,
      format: reference.format,
      fields: storedFields(fields),
    };
    // The text is derived from the columns as stored, so it is left out only when they give it back.
    append(rows.citations, COLUMNS.citations, { n, seq, text: storedCitationText(text, columns), ...columns, sourceKey: sourceKey(reference) });
    for (const { kind, value } of identifierValues(reference.identifiers)) append(rows.identifiers, COLUMNS.identifiers, { n, kind, value });
  }
  return rows;
}
