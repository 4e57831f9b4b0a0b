/**
 * The production concerns around the routes: HTTP caching, CORS, security headers, rate limiting,
 * request limits, probes, request ids and compression — driven through inject() on a fresh app.
 */
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import t, { type Test } from 'tap';
import { buildApp } from '../../src/app.js';
import type { Config } from '../../src/config.js';
import { openDatabase, type Db } from '../../src/db/open.js';
import { importDocuments } from '../../src/importer/import.js';
import { fixtureInputs } from '../helpers/expected.js';

const ARTICLE = '/v1/articles/Russian_revolution_of_1917';

function freshDatabase(t: Test): Db {
  const dbPath = join(t.testdir(), 'encyclopedia.db');
  importDocuments({ dbPath, inputs: fixtureInputs });
  const db = openDatabase(dbPath, { readonly: true });
  t.teardown(() => {
    if (db.$client.open) db.$client.close();
  });
  return db;
}

async function appFor(t: Test, config: Partial<Config> = {}, db = freshDatabase(t)) {
  const app = await buildApp({ db, config });
  t.teardown(() => app.close());
  return app;
}

const problemOf = (body: string) => JSON.parse(body) as { type: string; title: string; status: number; detail: string };

t.test('ETags and conditional requests', async (t) => {
  const app = await appFor(t);
  const resources = {
    article: ARTICLE,
    'article part': `${ARTICLE}/infobox`,
    list: '/v1/articles?limit=2',
    source: `${ARTICLE}/source`,
    'OpenAPI document': '/openapi.json',
  };
  for (const [kind, url] of Object.entries(resources)) {
    const first = await app.inject({ url });
    t.equal(first.statusCode, 200, `${kind}: 200`);
    const etag = first.headers.etag as string;
    t.match(etag, /^"[^"]+"$/, `${kind}: a strong ETag`);
    const again = await app.inject({ url });
    t.equal(again.headers.etag, etag, `${kind}: the ETag is stable`);
    const revalidated = await app.inject({ url, headers: { 'if-none-match': etag } });
    t.equal(revalidated.statusCode, 304, `${kind}: 304 on If-None-Match`);
    t.equal(revalidated.body, '', `${kind}: 304 has no body`);
    t.equal(revalidated.headers.etag, etag, `${kind}: 304 repeats the ETag`);
    t.match(revalidated.headers['cache-control'], /max-age=300/, `${kind}: 304 repeats Cache-Control`);
    const changed = await app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    t.equal(changed.statusCode, 200, `${kind}: 200 when the ETag differs`);
  }
  const nextPage = await app.inject({ url: '/v1/articles?limit=3' });
  const list = await app.inject({ url: '/v1/articles?limit=2' });
  t.not(nextPage.headers.etag, list.headers.etag, 'different lists have different ETags');
});

t.test('Cache-Control', async (t) => {
  const app = await appFor(t, { CACHE_MAX_AGE: 60, CACHE_STALE_WHILE_REVALIDATE: 600 });
  const ok = await app.inject({ url: ARTICLE });
  t.equal(ok.headers['cache-control'], 'public, max-age=60, stale-while-revalidate=600');
  t.match(ok.headers.vary, /accept-encoding/i);
  for (const url of ['/v1/articles/No_such_article', '/nowhere', '/v1/articles?limit=0']) {
    const error = await app.inject({ url });
    t.ok(error.statusCode >= 400, `${url} fails`);
    t.equal(error.headers['cache-control'], 'no-store', `${url}: errors are not stored`);
    t.match(error.headers['content-type'], /^application\/problem\+json/);
  }
  const probe = await app.inject({ url: '/healthz' });
  t.equal(probe.headers['cache-control'], 'no-store', 'probes are never cached');
});

t.test('CORS', async (t) => {
  t.test('any origin by default', async (t) => {
    const app = await appFor(t);
    const simple = await app.inject({ url: ARTICLE, headers: { origin: 'https://reader.example' } });
    t.equal(simple.headers['access-control-allow-origin'], '*');
    const exposed = String(simple.headers['access-control-expose-headers']).toLowerCase();
    for (const name of ['etag', 'link', 'content-location', 'retry-after', 'x-request-id']) {
      t.ok(exposed.split(/,\s*/).includes(name), `exposes ${name}`);
    }
    t.notMatch(exposed, /ratelimit/, 'no RateLimit-* headers to expose while rate limiting is off');
    for (const url of ['/v1/articles/No_such_article', '/nowhere', '/docs']) {
      const other = await app.inject({ url, headers: { origin: 'https://reader.example' } });
      t.equal(other.headers['access-control-allow-origin'], '*', `${url}: readable cross-origin too`);
    }
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: ARTICLE,
      headers: { origin: 'https://reader.example', 'access-control-request-method': 'GET' },
    });
    t.equal(preflight.statusCode, 204);
    t.equal(preflight.headers['access-control-allow-origin'], '*');
    t.match(preflight.headers['access-control-allow-methods'], /GET/);
    t.notMatch(preflight.headers['access-control-allow-methods'], /POST|DELETE/);
    t.ok(Number(preflight.headers['access-control-max-age']) > 0, 'preflight is cacheable');
  });

  t.test('a list of origins', async (t) => {
    const app = await appFor(t, { CORS_ORIGIN: 'https://a.example, https://b.example' });
    const allowed = await app.inject({ url: ARTICLE, headers: { origin: 'https://b.example' } });
    t.equal(allowed.headers['access-control-allow-origin'], 'https://b.example');
    t.match(allowed.headers.vary, /origin/i);
    t.match(allowed.headers.vary, /accept-encoding/i);
    const other = await app.inject({ url: ARTICLE, headers: { origin: 'https://evil.example' } });
    t.equal(other.headers['access-control-allow-origin'], undefined);
  });
});

t.test('security headers, and Swagger UI still served', async (t) => {
  const app = await appFor(t);
  for (const url of [ARTICLE, '/v1/articles/No_such_article', '/openapi.json']) {
    const api = await app.inject({ url });
    t.equal(api.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'", `${url}: data, never a document`);
    t.equal(api.headers['x-content-type-options'], 'nosniff', `${url}: nosniff`);
    t.equal(api.headers['x-frame-options'], undefined, `${url}: only the API set`);
    t.equal(api.headers['x-powered-by'], undefined);
  }

  const docs = await app.inject({ url: '/docs' });
  const pageUrl = docs.statusCode === 302 ? new URL(String(docs.headers.location), 'http://localhost/docs').pathname : '/docs';
  const page = await app.inject({ url: pageUrl });
  t.equal(page.statusCode, 200, '/docs is served');
  t.match(page.headers['content-type'], /text\/html/);
  const csp = String(page.headers['content-security-policy']);
  t.match(csp, /default-src 'self'/);
  t.match(csp, /script-src 'self'/);
  t.notMatch(csp, /script-src[^;]*unsafe-inline/, 'no inline scripts');
  t.notMatch(csp, /upgrade-insecure-requests/, 'plain-HTTP deployments keep working');
  t.equal(page.headers['x-content-type-options'], 'nosniff');
  t.equal(page.headers['cross-origin-resource-policy'], 'cross-origin');
  t.equal(page.headers['x-frame-options'], 'SAMEORIGIN', "documents get helmet's full set");
  t.notMatch(page.body, /<script>(?!\s*<\/script>)/, 'Swagger UI page has no inline script the CSP would block');
  for (const asset of page.body.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const url = new URL(asset[1]!, `http://localhost${pageUrl}`).pathname;
    const response = await app.inject({ url });
    t.equal(response.statusCode, 200, `asset ${url} is served from this origin`);
  }
});

t.test('rate limiting', async (t) => {
  t.test('off by default', async (t) => {
    const app = await appFor(t);
    const response = await app.inject({ url: ARTICLE });
    t.equal(response.headers['ratelimit-limit'], undefined);
  });

  t.test('429 problem+json with RateLimit headers above RATE_LIMIT_MAX', async (t) => {
    const app = await appFor(t, { RATE_LIMIT_MAX: 2, RATE_LIMIT_WINDOW: '1 minute' });
    const first = await app.inject({ url: ARTICLE });
    t.equal(first.statusCode, 200);
    t.equal(first.headers['ratelimit-limit'], '2');
    t.equal(first.headers['ratelimit-remaining'], '1');
    t.ok(Number(first.headers['ratelimit-reset']) > 0);
    const exposed = String((await app.inject({ url: '/healthz', headers: { origin: 'https://reader.example' } })).headers['access-control-expose-headers']);
    t.match(exposed.toLowerCase(), /ratelimit-limit/, 'RateLimit-* exposed to cross-origin scripts');
    t.equal((await app.inject({ url: ARTICLE })).statusCode, 200);
    const limited = await app.inject({ url: ARTICLE });
    t.equal(limited.statusCode, 429);
    t.match(limited.headers['content-type'], /^application\/problem\+json/);
    t.equal(limited.headers['ratelimit-limit'], '2');
    t.equal(limited.headers['ratelimit-remaining'], '0');
    t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After');
    t.equal(limited.headers['cache-control'], 'no-store');
    const problem = problemOf(limited.body);
    t.match(problem, { type: '/problems/too-many-requests', title: 'Too Many Requests', status: 429 });
    t.match(problem.detail, /2 requests per 1 minute/);
    const probe = await app.inject({ url: '/healthz' });
    t.equal(probe.statusCode, 200, 'probes are not rate limited');
  });

  t.test('behind a trusted proxy, each forwarded client has its own budget', async (t) => {
    const app = await appFor(t, { RATE_LIMIT_MAX: 1, TRUST_PROXY: 'true' });
    const from = (ip: string) => app.inject({ url: ARTICLE, headers: { 'x-forwarded-for': ip } });
    t.equal((await from('198.51.100.1')).statusCode, 200);
    t.equal((await from('198.51.100.1')).statusCode, 429);
    t.equal((await from('198.51.100.2')).statusCode, 200, 'another client is not limited');
  });

  t.test('without TRUST_PROXY, X-Forwarded-For is ignored', async (t) => {
    const app = await appFor(t, { RATE_LIMIT_MAX: 1 });
    const from = (ip: string) => app.inject({ url: ARTICLE, headers: { 'x-forwarded-for': ip } });
    t.equal((await from('198.51.100.1')).statusCode, 200);
    t.equal((await from('198.51.100.2')).statusCode, 429, 'a forged header does not buy a new budget');
  });
});

t.test('request limits', async (t) => {
  const app = await appFor(t);
  const cases = {
    'a long query string': [`/v1/articles?cursor=${'a'.repeat(5000)}`, 414],
    'a long path segment': [`/v1/articles/${'a'.repeat(3000)}`, 414],
    'malformed percent-encoding': ['/v1/articles/%E0%A4%A', 400],
  } as const;
  for (const [name, [url, status]] of Object.entries(cases)) {
    const response = await app.inject({ url });
    t.equal(response.statusCode, status, `${name}: ${status}`);
    t.match(response.headers['content-type'], /^application\/problem\+json/, `${name}: problem+json`);
    const problem = problemOf(response.body);
    t.equal(problem.status, status);
    t.ok(response.body.length < 1024, `${name}: the URL is not echoed whole`);
    t.equal(response.headers['cache-control'], 'no-store');
    t.ok(response.headers['x-request-id'], `${name}: request id`);
  }
});

t.test('probes', async (t) => {
  const db = freshDatabase(t);
  const app = await appFor(t, {}, db);
  const health = await app.inject({ url: '/healthz' });
  t.equal(health.statusCode, 200);
  t.same(health.json(), { status: 'ok' });
  const ready = await app.inject({ url: '/readyz' });
  t.equal(ready.statusCode, 200);
  t.match(ready.json(), { status: 'ready', articles: 5, generation: { run: 1, contentHash: /^[0-9a-f]{64}$/ } });

  const spec = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
  t.notOk('/healthz' in spec.paths || '/readyz' in spec.paths, 'probes stay out of the public API document');

  db.$client.close();
  const broken = await app.inject({ url: '/readyz' });
  t.equal(broken.statusCode, 503, 'not ready when the database does not answer');
  t.match(broken.headers['content-type'], /^application\/problem\+json/);
  t.match(problemOf(broken.body), { status: 503, title: 'Service Unavailable' });
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'still alive');
});

t.test('request ids', async (t) => {
  const app = await appFor(t);
  const generated = await app.inject({ url: ARTICLE });
  t.match(generated.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'a UUID when the caller sends none');
  const other = await app.inject({ url: ARTICLE });
  t.not(other.headers['x-request-id'], generated.headers['x-request-id']);
  const given = await app.inject({ url: ARTICLE, headers: { 'x-request-id': 'edge-1234.abc' } });
  t.equal(given.headers['x-request-id'], 'edge-1234.abc', "the caller's id is kept");
  const hostile = await app.inject({ url: ARTICLE, headers: { 'x-request-id': 'bad id\twith "stuff"' } });
  t.match(hostile.headers['x-request-id'], /^[0-9a-f-]{36}$/, 'a hostile id is replaced');
  const failed = await app.inject({ url: '/nowhere' });
  t.ok(failed.headers['x-request-id'], 'errors carry the id too');
});

t.test('compression', async (t) => {
  const app = await appFor(t);
  const plain = await app.inject({ url: ARTICLE });
  t.ok(plain.rawPayload.length > 1024, 'the article is large');
  const compressed = await app.inject({ url: ARTICLE, headers: { 'accept-encoding': 'br' } });
  t.equal(compressed.statusCode, 200);
  t.equal(compressed.headers['content-encoding'], 'br');
  t.ok(compressed.rawPayload.length < plain.rawPayload.length, 'smaller');
  t.equal(brotliDecompressSync(compressed.rawPayload).toString('utf8'), plain.body, 'the same bytes once decompressed');
  t.equal(compressed.headers.etag, plain.headers.etag, 'the ETag names the representation before compression');
  const gzip = await app.inject({ url: ARTICLE, headers: { 'accept-encoding': 'gzip' } });
  t.equal(gzip.headers['content-encoding'], 'gzip');
  const small = await app.inject({ url: '/healthz', headers: { 'accept-encoding': 'br' } });
  t.equal(small.headers['content-encoding'], undefined, 'small bodies are sent as they are');
});
