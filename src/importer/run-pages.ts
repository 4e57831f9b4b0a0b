/**
 * What a run remembers of the wikitext pages it has met: the pages written (by title key, for
 * "the same title twice, the later revision wins") and the redirect pages (written at the end,
 * once every article exists). A dump has millions of them, so they are kept in temporary tables
 * (on disk during an import: temp_store = FILE, see db/open.ts), not in the run's memory.
 */
import type Database from 'better-sqlite3';

export interface PageSeen {
  file: string;
  line: number;
  timestamp: string;
}

export interface PageRedirect {
  from: string;
  to: string;
  fragment: string | null;
  file: string;
  line: number;
}

/** Redirects read back this many at a time (a statement cannot stay open while the writer writes). */
const REDIRECTS_A_READ = 1_000;

export function runPages(sqlite: Database.Database) {
  sqlite.exec(`
    CREATE TEMP TABLE run_pages (title_key TEXT PRIMARY KEY, file TEXT NOT NULL, line INTEGER NOT NULL, timestamp TEXT NOT NULL) WITHOUT ROWID;
    CREATE TEMP TABLE run_page_redirects (seq INTEGER PRIMARY KEY, from_title TEXT NOT NULL, to_key TEXT NOT NULL, fragment TEXT, file TEXT NOT NULL, line INTEGER NOT NULL);`);
  const find = sqlite.prepare<[string], PageSeen>('SELECT file, line, timestamp FROM temp.run_pages WHERE title_key = ?');
  const note = sqlite.prepare('INSERT OR REPLACE INTO temp.run_pages (title_key, file, line, timestamp) VALUES (?, ?, ?, ?)');
  const addRedirect = sqlite.prepare('INSERT INTO temp.run_page_redirects (from_title, to_key, fragment, file, line) VALUES (?, ?, ?, ?, ?)');
  const redirectsAfter = sqlite.prepare<[number, number], PageRedirect & { seq: number }>(
    `SELECT seq, from_title AS "from", to_key AS "to", fragment, file, line FROM temp.run_page_redirects WHERE seq > ? ORDER BY seq LIMIT ?`,
  );

  return {
    /** The page of this title key written earlier in the run. */
    earlier: (titleKey: string): PageSeen | undefined => find.get(titleKey),
    written(titleKey: string, { file, line, timestamp }: PageSeen): void {
      note.run(titleKey, file, line, timestamp);
    },
    addRedirect({ from, to, fragment, file, line }: PageRedirect): void {
      addRedirect.run(from, to, fragment, file, line);
    },
    /** The redirect pages, in the order they came. */
    *redirects(): Generator<PageRedirect> {
      for (let after = 0; ; ) {
        const rows = redirectsAfter.all(after, REDIRECTS_A_READ);
        if (rows.length === 0) return;
        for (const { seq, ...redirect } of rows) yield redirect;
        after = rows.at(-1)!.seq;
      }
    },
    drop(): void {
      sqlite.exec('DROP TABLE temp.run_pages; DROP TABLE temp.run_page_redirects');
    },
  };
}
