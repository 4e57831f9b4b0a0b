/**
 * Citations → the works they cite, as a function of the set of citations alone (not of the order they came in): sameWork() applied greedily in a canonical order of the works' own content.
 *
 * sameWork is not transitive (years one apart, an initial on one side only), so which citation a
 * group is compared with decides the result. Here each citation, taken in canonical order, joins
 * the first group (in order of creation) whose first citation accepts it, its identifiers being
 * those of every member (so conflicting ISBNs or DOIs never merge); else it starts a group. A
 * citation can only join a group it shares a title key or an identifier with, so the groups of a
 * set of citations linked by shared keys and identifiers depend on that set only: the writer
 * regroups just the sets a run touches (src/db/sources.ts).
 */
import { sameWork, type Work } from './grouping.js';

/**
 * The canonical order's key: by title key, more informative works first (identifiers, authors, a
 * year, a publisher: the first of a group represents it as a source), then the whole work, so
 * distinct works never tie.
 */
export function canonicalKey(work: Work): string {
  const rank = (work.isbn.length + work.doi.length > 0 ? 0 : 8) + (work.authors.length > 0 ? 0 : 4) + (work.year !== null ? 0 : 2) + (work.publisher !== null ? 0 : 1);
  return JSON.stringify([work.key, rank, work.authors, work.year, work.publisher, [...work.isbn].sort(), [...work.doi].sort()]);
}

const byCanonicalKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

interface Group<T> {
  order: number;
  first: Work;
  isbn: Set<string>;
  doi: Set<string>;
  members: T[];
}

/**
 * The groups of these items (each with its work), each group's members in canonical order, its
 * first the citation that represents it. Items with equal works always share a group.
 */
export function partitionWorks<T extends { work: Work }>(items: readonly T[]): T[][] {
  const sorted = items.map((item): [string, T] => [canonicalKey(item.work), item]).sort(byCanonicalKey);
  const groups: Group<T>[] = [];
  /** The groups a work may join: by their first citation's title key, and by each identifier of their members. */
  const byKey = new Map<string, Group<T>[]>();
  const byIdentifier = new Map<string, Group<T>[]>();
  const add = <K>(map: Map<K, Group<T>[]>, key: K, group: Group<T>) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [group]);
    else if (!list.includes(group)) list.push(group);
  };
  for (const [, item] of sorted) {
    const work = item.work;
    const candidates = new Set<Group<T>>(byKey.get(work.key));
    for (const isbn of work.isbn) for (const group of byIdentifier.get(`isbn:${isbn}`) ?? []) candidates.add(group);
    for (const doi of work.doi) for (const group of byIdentifier.get(`doi:${doi}`) ?? []) candidates.add(group);
    let joined: Group<T> | undefined;
    for (const group of candidates) {
      if (joined !== undefined && joined.order < group.order) continue;
      if (sameWork(work, { ...group.first, isbn: [...group.isbn], doi: [...group.doi] })) joined = group;
    }
    if (joined === undefined) {
      joined = { order: groups.length, first: work, isbn: new Set(), doi: new Set(), members: [] };
      groups.push(joined);
      add(byKey, work.key, joined);
    }
    joined.members.push(item);
    for (const isbn of work.isbn) {
      joined.isbn.add(isbn);
      add(byIdentifier, `isbn:${isbn}`, joined);
    }
    for (const doi of work.doi) {
      joined.doi.add(doi);
      add(byIdentifier, `doi:${doi}`, joined);
    }
  }
  return groups.map((group) => group.members);
}
