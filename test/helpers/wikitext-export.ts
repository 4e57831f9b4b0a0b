/**
 * The wikitext tests' export: the `.wiki` fixtures, eight pages of every kind an export holds (a
 * redirect, other namespaces, empty, deleted and non-wikitext text) and a file to write it to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportPageInput } from '../../bench/export-xml.js';
import { fixturesDir } from './expected.js';

const wiki = (name: string) => readFileSync(join(fixturesDir, 'wikitext', name), 'utf8');
export const lenin = wiki('lenin.wiki');
export const october = wiki('october.wiki');

export const pages: ExportPageInput[] = [
  {
    title: 'Vladimir Lenin',
    id: 1,
    revisions: [
      { id: 101, timestamp: '2024-01-01T00:00:00Z', text: 'Older text of Lenin.\n' },
      { id: 102, timestamp: '2024-03-01T10:00:00Z', text: lenin },
    ],
  },
  { title: 'October Revolution', id: 2, revisions: [{ id: 201, timestamp: '2024-02-02T08:30:00Z', text: october }] },
  { title: 'Lenin', id: 3, redirect: 'Vladimir Lenin', revisions: [{ id: 301, timestamp: '2024-02-03T00:00:00Z', text: '#REDIRECT [[Vladimir Lenin#Early life]]\n' }] },
  { title: 'Template:Infobox revolutionary', ns: 10, id: 4, revisions: [{ id: 401, timestamp: '2024-02-03T00:00:00Z', text: '{{{name}}}' }] },
  { title: 'Talk:Vladimir Lenin', ns: 1, id: 5, revisions: [{ id: 501, timestamp: '2024-02-03T00:00:00Z', text: 'Talk.' }] },
  { title: 'Empty page', id: 6, revisions: [{ id: 601, timestamp: '2024-02-03T00:00:00Z', text: '' }] },
  { title: 'Deleted text', id: 7, revisions: [{ id: 701, timestamp: '2024-02-03T00:00:00Z', text: null }] },
  { title: 'Data', id: 8, revisions: [{ id: 801, timestamp: '2024-02-03T00:00:00Z', text: '{"a": 1}', model: 'json' }] },
];

export function writeExport(dir: string, name: string, xml: string | Buffer): string {
  const file = join(dir, name);
  writeFileSync(file, xml);
  return file;
}
