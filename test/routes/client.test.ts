/**
 * The API from another application's side: a client generated from openapi/openapi.json
 * (openapi-typescript + openapi-fetch) reads an article, its infobox, citations by author and pages
 * of sources from a listening server, and its code type-checks against the generated types.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import ts from 'typescript';
import { generateClientTypes, typesFile } from '../client/generate.js';
import { readEncyclopedia } from '../client/usage.js';
import { buildTestApp } from '../helpers/app.js';

const root = join(import.meta.dirname, '..', '..');
const usageFile = join(import.meta.dirname, '..', 'client', 'usage.ts');

t.test('the committed test/client/openapi.d.ts is what openapi-typescript makes of the spec', async (t) => {
  const generated = await generateClientTypes();
  const committed = readFileSync(typesFile, 'utf8');
  t.ok(generated === committed, 'test/client/openapi.d.ts is stale: run `npm run client:types` and commit it');
  t.match(generated, /export interface paths \{/);
  t.match(generated, /"\/v1\/articles\/\{title\}\/infobox": \{/);
});

t.test('the generated client reads the API over HTTP', async (t) => {
  const app = await buildTestApp(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const reading = await readEncyclopedia(`http://127.0.0.1:${port}`);

  t.match(reading.article, {
    title: 'Russian revolution of 1917',
    slug: 'Russian_revolution_of_1917',
    redirectedFrom: 'October Revolution',
    site: 'ProleWiki',
  });
  t.match(reading.article.contentHash, /^[0-9a-f]{64}$/, 'the content hash');
  t.ok(reading.article.sectionTitles.includes('Revolution in Petrograd'), 'the sections');
  t.ok(reading.article.citationCount >= 1, `${reading.article.citationCount} citations`);

  t.equal(reading.infobox?.template, 'military conflict', 'the infobox template');
  t.same(reading.infobox?.fields.find((field) => field.key === 'date'), {
    key: 'date',
    label: 'Date',
    date: '1917-11-07',
    values: undefined,
  });
  t.same(reading.infobox?.fields.find((field) => field.key === 'belligerents')?.values, ['Bolsheviks', 'Russian Republic']);

  t.same(reading.citationsByPrashad, [
    {
      title: 'Red Star over the Third World',
      authors: ['Vijay Prashad'],
      year: 2017,
      publisher: 'LeftWord Books',
      article: 'Russian revolution of 1917',
      sections: ['Revolution in Petrograd'],
    },
  ]);

  // The first page of works as the API itself answers it (the order is the import's: the fixtures, then the seed).
  const firstPage = (await app.inject({ url: '/v1/sources?limit=2' })).json().items.map(
    ({ id, title, citationCount, href }: { id: number; title: string; citationCount: number; href: string }) => ({ id, title, citationCount, href }),
  );
  t.same(firstPage.map((s: { id: number }) => s.id), [1, 2]);
  t.same(reading.sources.firstPage, firstPage);
  t.type(reading.sources.nextCursor, 'string', 'a cursor to the next page');
  t.equal(reading.sources.secondPage.length, 2, 'the second page');
  t.ok(reading.sources.secondPage.every((source) => source.id > 2), 'continues after the first page');

  t.equal(reading.missing.status, 404, 'an unknown title: 404');
  t.match(reading.missing.problem, { status: 404, type: /^\/problems\//, detail: String }, 'as a typed problem');
});

t.test('the client code type-checks against the generated types', async (t) => {
  const configFile = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!configFile) throw new Error('no tsconfig.json');
  const { config, error } = ts.readConfigFile(configFile, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  t.equal(parsed.errors.length, 0, 'tsconfig.json parses');
  t.equal(parsed.options.strict, true, 'strict, as the project');
  const program = ts.createProgram({ rootNames: [usageFile], options: { ...parsed.options, noEmit: true } });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const messages = diagnostics.map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const file = d.file ? `${d.file.fileName.replace(`${root}/`, '')}:${(where?.line ?? 0) + 1}:${(where?.character ?? 0) + 1}` : '';
    return `${file} TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  t.same(messages, [], 'no diagnostics');
  t.ok(
    program.getSourceFiles().some((file) => file.fileName === typesFile),
    'the program includes the generated types',
  );
  // The @ts-expect-error lines in usage.ts only hold if the misuses are rejected.
  const expectErrors = readFileSync(usageFile, 'utf8').match(/\/\/ @ts-expect-error/g)?.length ?? 0;
  t.ok(expectErrors >= 5, `${expectErrors} misuses rejected by the compiler`);
});
