/**
 * How links are stored (migration 0016): each title key once in `link_targets`, a link's text only
 * when it is not its key; the answers give every link as written, and what links here finds the
 * article through any spelling of the title.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { exportXml } from '../../bench/export-xml.js';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { appOverFile } from '../helpers/app.js';
import { writeExport } from '../helpers/wikitext-export.js';

t.test('a target is kept once by its key, its text only when written otherwise', async (t) => {
  const dir = t.testdir();
  const page = (title: string, id: number, text: string) => ({ title, id, revisions: [{ id: id * 10, timestamp: '2024-01-01T00:00:00Z', text }] });
  const file = writeExport(
    dir,
    'links.xml',
    exportXml('Example Wiki', [
      page('Alpha', 1, 'Alpha links to [[Beta page]], to [[Beta page|the same]] and to [[Gamma]].\n'),
      page('Beta page', 2, 'Beta links to [[Gamma]].\n'),
    ]),
  );
  // A plain-text hatnote keeps its targets as written.
  const text = join(dir, 'delta.txt');
  writeFileSync(text, 'Delta\n\nFrom Example, the encyclopedia\n\nDelta is a page.\n\nHistory\n\nSee also: beta page\n\nDelta had a history.\n');
  const dbPath = join(dir, 'links.db');
  importDocuments({ dbPath, inputs: [file, text] });

  const db = openDatabase(dbPath, { readonly: true });
  const sqlite = db.$client;
  t.same(sqlite.prepare('SELECT key FROM link_targets ORDER BY key').pluck().all(), ['Beta page', 'Gamma'], 'each key once');
  t.same(
    sqlite
      .prepare(
        `SELECT a.title, l.target, t.key FROM links l JOIN link_targets t ON t.id = l.target_id JOIN articles a ON a.id = l.article_id
         ORDER BY a.title, l.part_seq, l.position`,
      )
      .raw()
      .all(),
    [
      ['Alpha', null, 'Beta page'],
      ['Alpha', null, 'Beta page'],
      ['Alpha', null, 'Gamma'],
      ['Beta page', null, 'Gamma'],
      ['Delta', 'beta page', 'Beta page'],
    ],
    'the text kept only where it is not the key',
  );
  db.$client.close();

  const app = await appOverFile(t, dbPath);
  const linksOf = async (slug: string) =>
    (JSON.parse((await app.inject(`/v1/articles/${slug}/links`)).body) as { links: { kind: string; target: string; exists: boolean }[] }).links.map(
      ({ kind, target, exists }) => [kind, target, exists],
    );
  t.same(
    await linksOf('Alpha'),
    [
      ['link', 'Beta page', true],
      ['link', 'Beta page', true],
      ['link', 'Gamma', false],
    ],
    'the links of a page, with whether their targets exist',
  );
  t.same(await linksOf('Delta'), [['see-also', 'beta page', true]], 'a hatnote target as written');
  const backlinks = JSON.parse((await app.inject('/v1/articles/Beta_page/backlinks')).body) as { items: { title: string }[] };
  t.same(backlinks.items.map((item) => item.title), ['Alpha', 'Delta'], 'what links to Beta page: each article once, whatever the spelling');
});
