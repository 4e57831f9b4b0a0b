import { readFileSync } from 'node:fs';
import t from 'tap';
import { generateSpec, specPath } from '../../src/openapi.js';
import { buildTestApp } from '../helpers/app.js';

t.test('the committed openapi/openapi.json is the spec the code generates', async (t) => {
  const generated = await generateSpec();
  const committed = readFileSync(specPath, 'utf8');
  t.ok(generated === committed, 'openapi/openapi.json is stale: run `npm run openapi` and commit it');
});

t.test('every operation is documented for Swagger UI', async (t) => {
  const spec = JSON.parse(await generateSpec());
  t.equal(spec.openapi, '3.1.0');
  const operations = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ id: `${method.toUpperCase()} ${path}`, operation })),
  );
  t.ok(operations.length >= 10, `${operations.length} operations`);
  const ids = operations.map(({ operation }) => operation.operationId);
  t.equal(new Set(ids).size, ids.length, 'operationIds are unique');
  for (const { id, operation } of operations) {
    t.ok(operation.summary, `${id}: summary`);
    t.match(operation.operationId, /^[a-z][A-Za-z]+$/, `${id}: operationId`);
    t.ok(operation.description, `${id}: description`);
    t.ok(operation.tags?.length, `${id}: tags`);
    for (const parameter of operation.parameters ?? []) {
      t.ok(parameter.description ?? parameter.schema?.description, `${id}: ${parameter.name} has a description`);
    }
    for (const status of ['200', '400', '404', '500']) t.ok(operation.responses?.[status], `${id}: documents ${status}`);
    t.equal(operation.responses['404'].content?.['application/problem+json']?.schema?.$ref, '#/components/schemas/Problem', `${id}: 404 is a problem+json`);
  }
  t.match(spec.components.schemas.Problem.required, ['type', 'title', 'status', 'detail', 'instance']);
  const article = spec.paths['/v1/articles/{title}'].get;
  t.equal(article.parameters.find((p: { name: string }) => p.name === 'title').example ?? article.parameters.find((p: { name: string }) => p.name === 'title').schema.examples?.[0], 'October Revolution', 'the seed example for Try it out');
});

t.test('the spec and Swagger UI are served', async (t) => {
  const app = await buildTestApp(t);
  const spec = await app.inject({ url: '/openapi.json' });
  t.equal(spec.statusCode, 200);
  t.equal(spec.json().info.title, 'Encyclopedia API');
  const docs = await app.inject({ url: '/docs/' });
  t.equal(docs.statusCode, 200);
  t.match(docs.body, /swagger/i);
});
