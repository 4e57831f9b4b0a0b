/** Migration 0004 on a database as it was before it: parts stored one row an article give every source back byte for byte. */
import { join } from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import t from 'tap';
import { migrateDatabase, openDatabase } from '../../src/db/open.js';
import { articleParts, articleSource } from '../../src/db/source.js';
import { parseDocument } from '../../src/formats/text/parse.js';
import { loadAllFixtures } from '../helpers/expected.js';
import { migrationsBefore } from '../helpers/migrations.js';

t.test('migration 0004 turns the row-a-part table into one row an article, every source byte for byte', async (t) => {
  const dir = t.testdir();
  // A database as it was before 0004: migrations 0000–0003 only, parts one row each.
  const { folder: before, kept } = migrationsBefore(dir, '0004_parts_per_article');
  t.equal(kept, 4);
  const db = openDatabase(join(dir, 'db.sqlite'));
  migrate(db, { migrationsFolder: before });

  const tricky = ['"quoted" \\ back\tslash', 'line\u2028separator \u0001 \u007f', 'emoji 🜍 and ü (NFD: u\u0308)', ''];
  const documents = [
    ...loadAllFixtures().map((fixture) => ({ title: fixture.expected.title, source: fixture.source, document: parseDocument(fixture.source) })),
    {
      title: 'Tricky',
      source: tricky.map((raw, i) => `${i ? '\n\n' : ''}${raw}`).join('') + '\n',
      document: { parts: tricky.map((raw, seq) => ({ seq, kind: 'paragraph', line: 1 + 2 * seq, lead: seq ? '\n\n' : '', raw })), trailing: '\n' },
    },
  ];
  const insertArticle = db.$client.prepare(
    `INSERT INTO articles (title, title_key, title_fold, slug, has_infobox, content_hash, source_bytes, source_name, parser_version, trailing)
     VALUES (?, ?, ?, ?, 0, '', 0, '', 0, ?)`,
  );
  const insertPart = db.$client.prepare('INSERT INTO parts (article_id, seq, kind, line, lead, raw) VALUES (?, ?, ?, ?, ?, ?)');
  const ids = documents.map(({ title, document }) => {
    const id = Number(insertArticle.run(title, title, title, title, document.trailing).lastInsertRowid);
    // Inserted out of order: the migration orders by seq.
    for (const part of [...document.parts].reverse()) insertPart.run(id, part.seq, part.kind, part.line, part.lead, part.raw);
    return id;
  });

  migrateDatabase(db);
  documents.forEach(({ title, source, document }, i) => {
    t.equal(articleSource(db, ids[i]!), source, `${title}: the source, byte for byte`);
    const items = articleParts(db.$client, ids[i]!).map((part) => [part.kind, part.line, part.lead, part.raw]);
    t.same(items, document.parts.map((part) => [part.kind, part.line, part.lead, part.raw]), `${title}: every part, kind and line`);
  });
  t.same(
    db.$client.prepare('PRAGMA table_info(parts)').all().map((column) => (column as { name: string }).name),
    ['article_id', 'items', 'source'],
  );
  db.$client.close();
});
