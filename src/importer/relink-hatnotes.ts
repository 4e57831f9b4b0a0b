/**
 * Hatnote links written before their target existed. A plain-text hatnote lists its targets as
 * "A, B and C", so a target whose title contains ", " or " and " (`Black Skin, White Masks`) is
 * kept whole only when the title is known. When a later run brings such a title, the hatnotes
 * stored earlier that split it are parsed again from their kept text and their links rewritten.
 */
import type Database from 'better-sqlite3';
import { parseHatnote } from '../formats/text/sections.js';
import { normalizeTitle } from '../document/titles.js';
import { createLinkTargets } from '../db/link-targets.js';
import { LINK_KINDS, storedTarget } from '../db/link-values.js';
import { articleParts } from '../db/source.js';

const SEPARATOR = /, | and /;

/** Rewrites the links of stored hatnotes that split one of `titles`; returns how many hatnotes changed. */
export function relinkHatnotes(sqlite: Database.Database, titles: Iterable<string>, isTitle: (title: string) => boolean): number {
  const candidates = sqlite.prepare<[string], { article_id: number; part_seq: number }>(
    'SELECT DISTINCT l.article_id, l.part_seq FROM link_targets t JOIN links l ON l.target_id = t.id WHERE t.key = ?',
  );
  const linksOf = sqlite.prepare<[number, number], { target: string; section_idx: number | null }>(
    `SELECT coalesce(l.target, t.key) AS target, l.section_idx FROM links l JOIN link_targets t ON t.id = l.target_id
     WHERE l.article_id = ? AND l.part_seq = ? ORDER BY l.position`,
  );
  const deleteLinks = sqlite.prepare('DELETE FROM links WHERE article_id = ? AND part_seq = ?');
  const insertLink = sqlite.prepare(
    'INSERT INTO links (article_id, part_seq, position, kind, target_id, target, section_idx) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const linkTargets = createLinkTargets(sqlite);
  const seen = new Set<string>();
  let changed = 0;
  for (const title of titles) {
    const first = title.split(SEPARATOR)[0]!;
    if (first === title) continue;
    for (const { article_id: articleId, part_seq: seq } of candidates.all(normalizeTitle(first))) {
      const id = `${articleId}:${seq}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const part = articleParts(sqlite, articleId)[seq];
      if (!part || part.kind !== 'hatnote') continue;
      const hatnote = parseHatnote(part.raw.trim(), isTitle);
      const stored = linksOf.all(articleId, seq);
      if (!hatnote || hatnote.targets.join('\n') === stored.map((link) => link.target).join('\n')) continue;
      const sectionIndex = stored[0]?.section_idx ?? null;
      deleteLinks.run(articleId, seq);
      hatnote.targets.forEach((target, position) => {
        const { targetKey, target: written } = storedTarget(target);
        insertLink.run(articleId, seq, position, LINK_KINDS.indexOf(hatnote.kind), linkTargets.idOf(targetKey), written, sectionIndex);
      });
      changed++;
    }
  }
  return changed;
}
