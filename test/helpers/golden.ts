/**
 * Golden answers: a corpus of the fixtures (the text fixtures, the seed page, wikitext exports)
 * imported, and the answers of a set of routes over it — every article and its parts, search in
 * each scope, citations, sources, titles, categories, templates, redirects — recorded as
 * `status content-type body` by URL, to compare a change of storage against (test/db/golden.test.ts).
 *
 *   GOLDEN_WRITE=1 npx tap test/db/golden.test.ts   (re-records test/fixtures/golden/answers.json)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/app.js';
import { openDatabase } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { fixtureInputs, fixturesDir } from './expected.js';

export const goldenFile = join(fixturesDir, 'golden', 'answers.json');

export const goldenInputs = [
  ...fixtureInputs,
  ...['metadata/article.xml', 'templates/countries.xml', 'alpha-beta.xml.bz2', 'places/places.xml'].map((file) => join(fixturesDir, 'wikitext', file)),
];

const SEARCHES = ['revolution', 'kerensky', 'plan', 'literacy', '"five year"', 'valdora*', 'sokolova', 'alpha', 'press', 'war -peace', 'capital'];
const ARTICLE_PARTS = ['', '/summary', '/infobox', '/sections', '/sections/0', '/sections/1', '/citations', '/redirects', '/links', '/backlinks', '/source'];
const LISTS = [
  '/v1/articles?limit=7',
  '/v1/citations?limit=100',
  '/v1/citations?author=prashad',
  '/v1/citations?q=press&limit=20',
  '/v1/sources?limit=100',
  '/v1/categories?limit=100',
  '/v1/templates?limit=100',
  '/v1/redirects?limit=100',
  '/v1/titles?prefix=re',
  '/v1/titles?prefix=a&limit=20',
  '/v1/geosearch?lat=60.5&lon=5.25&radius=100000&limit=50',
];
/** Pages of a paginated answer followed, at most. */
const MAX_PAGES = 3;

type Inject = (url: string) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;

/** The answers by URL, each `status content-type\nbody`. */
export async function goldenAnswers(inject: Inject): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  const get = async (url: string) => {
    if (url in answers) return null;
    const response = await inject(url);
    answers[url] = `${response.statusCode} ${String(response.headers['content-type'])}\n${response.body}`;
    return response;
  };
  const follow = async (first: string) => {
    let url: string | null = first;
    for (let page = 0; url !== null && page < MAX_PAGES; page++) {
      const response = await get(url);
      if (response === null || !String(response.headers['content-type']).includes('json')) return;
      url = (JSON.parse(response.body) as { next?: string | null }).next ?? null;
    }
  };
  const titles: string[] = [];
  for (let url: string | null = '/v1/articles?limit=100'; url !== null; ) {
    const page = JSON.parse((await inject(url)).body) as { items: { slug: string }[]; next: string | null };
    titles.push(...page.items.map(({ slug }) => slug));
    url = page.next;
  }
  for (const slug of titles) for (const part of ARTICLE_PARTS) await get(`/v1/articles/${encodeURIComponent(slug)}${part}`);
  for (const q of SEARCHES) {
    for (const scope of ['articles', 'sections', 'citations']) await follow(`/v1/search?q=${encodeURIComponent(q)}&in=${scope}&limit=4`);
  }
  for (const url of LISTS) await follow(url);
  const sources = JSON.parse((await inject('/v1/sources?limit=5')).body) as { items: { id: number | string }[] };
  for (const { id } of sources.items) await get(`/v1/sources/${id}`);
  return answers;
}

/** The corpus imported into a temporary file and served by an app; the answers, then everything removed. */
export async function recordGoldenAnswers(): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'encyclopedia-golden-'));
  try {
    const dbPath = join(dir, 'golden.db');
    importDocuments({ dbPath, inputs: goldenInputs });
    const db = openDatabase(dbPath, { readonly: true });
    const app = await buildApp({ config: { SHED_EVENT_LOOP_DELAY: 0 }, db });
    try {
      return await goldenAnswers((url) => app.inject({ method: 'GET', url }));
    } finally {
      await app.close();
      db.$client.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The URLs whose answers over `app` differ from the recorded golden ones (none: byte for byte the same), and how many were compared. */
export async function differingFromGolden(app: { inject: (request: { method: 'GET'; url: string }) => ReturnType<Inject> }): Promise<{ differing: string[]; compared: number }> {
  const answers = await goldenAnswers((url) => app.inject({ method: 'GET', url }));
  const golden = JSON.parse(readFileSync(goldenFile, 'utf8')) as Record<string, string>;
  const urls = new Set([...Object.keys(golden), ...Object.keys(answers)]);
  return { differing: [...urls].filter((url) => answers[url] !== golden[url]), compared: Object.keys(golden).length };
}
