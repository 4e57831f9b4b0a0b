/** The CSL item of a cited work (a source is a work, not a reference: no pages, no reference number). */
import { cslNames } from './csl.js';
import type { CslItem } from './wire/csl.js';
import type { SourceListItem } from './wire/sources.js';

const TYPES: Record<string, CslItem['type']> = { book: 'book', journal: 'article-journal', web: 'webpage', url: 'webpage' };

/** A source as a CSL item, with the stable id `source-<id>`. */
export function sourceToCsl(source: Pick<SourceListItem, 'id' | 'title' | 'authors' | 'year' | 'publisher' | 'place' | 'url' | 'kind' | 'identifiers'>): CslItem {
  const item: CslItem = { id: `source-${source.id}`, type: TYPES[source.kind] ?? 'document' };
  if (source.title !== null) item.title = source.title;
  if (source.authors.length > 0) item.author = cslNames(undefined, source.authors);
  if (source.year !== null) item.issued = { 'date-parts': [[source.year]] };
  // A journal's or a web page's "publisher" is the journal, site or outlet it appeared in.
  if (source.publisher !== null) item[item.type === 'article-journal' || item.type === 'webpage' ? 'container-title' : 'publisher'] = source.publisher;
  if (source.place !== null) item['publisher-place'] = source.place;
  if (source.url !== null) item.URL = source.url;
  const isbn = source.identifiers.isbn[0];
  if (isbn !== undefined) item.ISBN = isbn;
  if (source.identifiers.doi !== null) item.DOI = source.identifiers.doi;
  return item;
}
