/** The id of a link target's title key in `link_targets`: found, else added (the writer's and the hatnote relinker's one way in). */
import type Database from 'better-sqlite3';

export function createLinkTargets(sqlite: Database.Database) {
  const find = sqlite.prepare<[string], number>('SELECT id FROM link_targets WHERE key = ?').pluck();
  const add = sqlite.prepare<[string]>('INSERT INTO link_targets (key) VALUES (?)');
  // Ids of the current batch: a key is looked up once a batch, not once a link. Forgotten between
  // batches, so an id added by a transaction that rolled back is never used again.
  const known = new Map<string, number>();
  return {
    idOf(key: string): number {
      let id = known.get(key);
      if (id === undefined) {
        id = find.get(key) ?? Number(add.run(key).lastInsertRowid);
        known.set(key, id);
      }
      return id;
    },
    /** Forgets the ids looked up so far (at the start of each batch). */
    forget(): void {
      known.clear();
    },
  };
}
