/**
 * The citation corpus the exports are checked on with the tools researchers use: the text
 * fixtures, the seed, test/fixtures/citation-formats/ (hostile text, scripts, the hard cases of
 * names and dates) and the wikitext fixtures as an export, every page of `/v1/citations` in a format.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportXml } from '../../bench/export-xml.js';
import { buildTestApp, type TestContext } from './app.js';
import { turn } from './citations.js';
import { fixtureInputs, fixturesDir } from './expected.js';

const formatsDir = join(fixturesDir, 'citation-formats');
const wiki = (path: string) => readFileSync(path, 'utf8');

/** The wikitext fixtures with references, as one MediaWiki export written into `dir`. */
export function wikitextExport(dir: string): string {
  const file = join(dir, 'citation-corpus.xml');
  const pages = [
    ['Vladimir Lenin', join(fixturesDir, 'wikitext', 'lenin.wiki')],
    ['October Revolution', join(fixturesDir, 'wikitext', 'october.wiki')],
    ['Hard cases', join(formatsDir, 'hard-cases.wiki')],
  ].map(([title, path], i) => ({ title: title!, id: i + 1, revisions: [{ id: 100 + i, timestamp: '2024-03-01T10:00:00Z', text: wiki(path!) }] }));
  writeFileSync(file, exportXml('Testpedia', pages));
  return file;
}

/** An app over the corpus. */
export async function corpusApp(t: TestContext & { testdirName: string }, dir: string) {
  const pages = readdirSync(formatsDir).filter((name) => name.endsWith('.page')).map((name) => join(formatsDir, name));
  return buildTestApp(t, { inputs: [...fixtureInputs, ...pages, wikitextExport(dir)] });
}

type App = Awaited<ReturnType<typeof buildTestApp>>;

/** Every page of `/v1/citations` in `format`, followed by its Link header, concatenated; and the number of pages. */
export async function exportAll(app: App, format: string, query = 'limit=100'): Promise<{ body: string; pages: number }> {
  let url: string | null = `/v1/citations?${query}&format=${format}`;
  let body = '';
  let pages = 0;
  while (url !== null) {
    await turn();
    const response: Awaited<ReturnType<App['inject']>> = await app.inject({ method: 'GET', url });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 200)}`);
    body += response.body;
    pages++;
    url = /<([^>]+)>;\s*rel="next"/.exec(String(response.headers.link ?? ''))?.[1] ?? null;
  }
  return { body, pages };
}
