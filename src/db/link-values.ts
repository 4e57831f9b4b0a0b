/** How a link's kind and target are stored (migration 0016): the kind as its index in LINK_KINDS, the target as its key's id and its text only when it is not its key. */
import { normalizeTitle } from '../document/titles.js';
import type { HatnoteKind } from '../document/types.js';

/**
 * An internal link (0, which SQLite stores in no bytes, and most links are) or a hatnote of a
 * kind. Append only: a stored code keeps its meaning.
 */
export const LINK_KINDS = ['link', 'see-also', 'main', 'further', 'about', 'redirect'] as const satisfies readonly ('link' | HatnoteKind)[];
export type LinkKind = (typeof LINK_KINDS)[number];

/** The kind of a stored code; throws on a code this build does not know rather than misread it. */
export function linkKindOf(code: number): LinkKind {
  const kind = LINK_KINDS[code];
  if (kind === undefined) throw new Error(`links.kind ${code}: not a link kind this build knows`);
  return kind;
}

/** A target's title key, and its text as stored: null when it is its key (most targets). */
export function storedTarget(target: string): { targetKey: string; target: string | null } {
  const targetKey = normalizeTitle(target);
  return { targetKey, target: target === targetKey ? null : target };
}
