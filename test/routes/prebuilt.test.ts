/**
 * Prebuilt responses (src/routes/articles/fast-path/prebuilt.ts): a URL answered once by the full path is
 * answered again from the articles plugin's onRequest hook. For every route that takes part and
 * every kind of request (conditional, compressed, HEAD, cross-origin), the second answer must be
 * the first one: same status, same headers (but the request id and date), same bytes. inject()
 * calls Fastify's handler itself, so these requests never meet the front door (src/front.ts):
 * test/routes/front.test.ts checks that one, over a socket.
 */
import type { InjectOptions } from 'fastify';
import t from 'tap';
import type { Config } from '../../src/config.js';
import { RecencyMap } from '../../src/api/article-cache.js';
import { buildTestApp } from '../helpers/app.js';
import { comparable, PREBUILT_URLS, REQUEST_KINDS } from '../helpers/prebuilt.js';

const TITLE = 'Russian_revolution_of_1917';
const URLS = PREBUILT_URLS;
type App = Awaited<ReturnType<typeof buildTestApp>>;

/** An app counting the requests that reach validation: the prebuilt answers never do. */
async function countingApp(t: Parameters<typeof buildTestApp>[0], config: Partial<Config> = {}) {
  const app = await buildTestApp(t, { config });
  const validated: string[] = [];
  app.addHook('preValidation', (request, _reply, done) => {
    validated.push(request.url);
    done();
  });
  return { app, validated };
}

async function etags(app: App): Promise<Map<string, string>> {
  const tags = new Map<string, string>();
  for (const url of URLS) tags.set(url, String((await app.inject({ url })).headers.etag));
  return tags;
}

for (const [config, name] of [
  [{}, 'default configuration'],
  [{ CORS_ORIGIN: 'https://reader.example', RATE_LIMIT_MAX: 1000 }, 'an origin list and rate limiting'],
] as const) {
  t.test(`the prebuilt answer is the full path's, ${name}`, async (t) => {
    const reference = await buildTestApp(t, { config });
    const tags = await etags(reference);
    for (const [variant, request] of Object.entries(REQUEST_KINDS)) {
      // A fresh app per kind of request, so the first request of each URL takes the full path.
      const { app, validated } = await countingApp(t, config);
      for (const url of URLS) {
        const asked = { url, ...request(tags.get(url)!) };
        const head = asked.method === 'HEAD';
        const full = await app.inject(asked);
        t.equal(validated.at(-1), url, `${variant} ${url}: first answer by the full path`);
        // HEAD answers with the headers GET would send (RFC 9110 §9.3.2). Fastify's HEAD routes
        // do not quite (they skip compression and give a 304 Content-Length: 0), so the
        // reference for HEAD is the full path's GET.
        const reference = head ? await app.inject({ ...asked, method: 'GET' }) : full;
        if (head) t.equal(full.statusCode, reference.statusCode, `${variant} ${url}: HEAD by the full path, status ${full.statusCode}`);
        const count = validated.length;
        const prebuilt = await app.inject(asked);
        t.equal(validated.length, count, `${variant} ${url}: second answer prebuilt`);
        t.equal(prebuilt.statusCode, reference.statusCode, `${variant} ${url}: status ${reference.statusCode}`);
        const { 'ratelimit-remaining': _remaining, 'ratelimit-reset': _reset, ...headers } = comparable(prebuilt.headers);
        const { 'ratelimit-remaining': _r, 'ratelimit-reset': _s, ...wanted } = comparable(reference.headers);
        t.same(headers, wanted, `${variant} ${url}: headers`);
        t.ok(prebuilt.rawPayload.equals(head ? Buffer.alloc(0) : reference.rawPayload), `${variant} ${url}: body`);
        t.ok(prebuilt.headers['x-request-id'], `${variant} ${url}: request id`);
        if (config === undefined || !('RATE_LIMIT_MAX' in config)) continue;
        t.ok(Number(prebuilt.headers['ratelimit-remaining']) < Number(full.headers['ratelimit-remaining']), `${variant} ${url}: rate limit counted`);
      }
    }
  });
}

t.test('what is not prebuilt', async (t) => {
  const { app, validated } = await countingApp(t);
  const twice = async (request: InjectOptions) => {
    await app.inject(request);
    const count = validated.length;
    const second = await app.inject(request);
    return { second, fullPath: validated.length > count };
  };
  const citations = await twice({ url: `/v1/articles/${TITLE}/citations`, headers: { accept: 'application/vnd.citationstyles.csl+json' } });
  t.ok(citations.fullPath, 'citations depend on Accept, not on the URL alone');
  t.match(citations.second.headers['content-type'], /csl\+json/);
  const redirected = await twice({ url: '/v1/articles/October_Revolution' });
  t.ok(redirected.fullPath, 'a redirect is answered by the full path (its body names the redirect)');
  t.match(redirected.second.json(), { redirectedFrom: 'October Revolution' });
  const query = await twice({ url: `/v1/articles/${TITLE}?unknown=1` });
  t.ok(query.fullPath, 'a URL with a query string is not kept (the representations have none)');
  t.equal(query.second.statusCode, 200);
  const missing = await twice({ url: '/v1/articles/No_such_article' });
  t.ok(missing.fullPath, 'a 404 is not kept');
  t.equal(missing.second.statusCode, 404);
});

t.test('rate limiting still refuses prebuilt answers', async (t) => {
  const { app } = await countingApp(t, { RATE_LIMIT_MAX: 2 });
  const url = URLS[0]!;
  t.equal((await app.inject({ url })).statusCode, 200);
  t.equal((await app.inject({ url })).statusCode, 200);
  const refused = await app.inject({ url });
  t.equal(refused.statusCode, 429);
  t.match(refused.headers['content-type'], /problem\+json/);
});

t.test('the body cache evicts the least recently used entry (second chance)', async (t) => {
  const map = new RecencyMap<string, number>();
  for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i);
  t.equal(map.get('a'), 0);
  t.equal(map.get('c'), 2);
  t.equal(map.get('missing'), undefined);
  t.equal(map.evict(), 1, 'b: the oldest not used since');
  t.equal(map.evict(), 3, 'd: a and c had their second chance');
  map.set('e', 4);
  t.equal(map.get('a'), 0, 'a is still kept');
  t.equal(map.evict(), 2, 'then c, used before a was used again');
  t.equal(map.size, 2);
  map.set('a', 10);
  t.equal(map.evict(), 4, 'a set again is newer than e');
  t.equal(map.evict(), 10);
  t.equal(map.evict(), undefined, 'empty');
});
