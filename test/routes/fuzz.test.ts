/**
 * Every operation of openapi/openapi.json, fuzzed from the spec itself with hostile requests sent by
 * inject() to an app over the fixture database: no 5xx, every status documented for the operation that
 * answered, and every body matching the schema documented for its status and content type.
 */
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import t from 'tap';
import { buildTestApp } from '../helpers/app.js';
import { edgeExamples, requestFor, type Request } from '../helpers/hostile-requests.js';
import type { Samples } from '../helpers/hostile-values.js';
import { ajv, byRoute, operations, validatorFor, type Json, type Operation } from '../helpers/openapi-operations.js';

/** Fixed, so runs are reproducible; FUZZ_SEED explores others locally. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
/** Cases per operation; FUZZ_RUNS raises it for a longer local run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

// --- The properties. -----------------------------------------------------------------------------

const mediaTypeOf = (contentType: unknown) => String(contentType ?? '').split(';')[0]!.trim().toLowerCase();
const fastifyToOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const shorten = (text: string, max = 1200) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);
function ndjsonLines(body: string, context: () => string): unknown[] {
  if (!body.endsWith('\n')) throw new Error(`NDJSON not ended by a newline: ${context()}`);
  return body.slice(0, -1).split('\n').map((line) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`a line is not JSON (${line.slice(0, 100)}): ${context()}`);
    }
  });
}
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

type App = Awaited<ReturnType<typeof buildTestApp>>;
/** Operations whose answer is an event stream, which stays open: their requests are read as far as the first event. */
const streams = (operation: Operation) => Boolean(operation.responses['200']?.content?.['text/event-stream']);

/** A request to an event stream: the whole answer when it ends (an error, an expired cursor), else its opening, then the connection dropped. */
async function injectOpening(app: App, options: InjectOptions) {
  const response = await app.inject({ ...options, payloadAsStream: true });
  let body = '';
  for await (const chunk of response.stream()) {
    body += String(chunk);
    if (String(response.headers['content-type']).startsWith('text/event-stream') && body.includes('\n\n')) break;
  }
  (response.raw.res as { destroy(): void }).destroy();
  return { statusCode: response.statusCode, headers: response.headers, body };
}

// A 503 from load shedding is tolerated, and should not happen as the loop yields between requests.
t.test('fuzzing every operation of the spec', async (t) => {
  const app = await buildTestApp(t);
  /** The route that answered each request (undefined for router errors and unknown routes). */
  const answeredBy = new Map<string, string | undefined>();
  app.addHook('onRequest', async (request) => {
    answeredBy.set(request.id, request.routeOptions.url);
  });
  await app.ready();

  // Real values to start from: titles, redirect titles, section anchors, cursors, source ids.
  const get = async (url: string) => (await app.inject({ url })).json() as Json;
  const articles = (await get('/v1/articles?limit=100')).items as { title: string; slug: string }[];
  const redirects = (await get('/v1/redirects?limit=100')).items as { from?: string; title?: string }[];
  const sections = ((await get(`/v1/articles/${articles[0]!.slug}/sections`)).sections ?? []) as { anchor: string | null; title: string | null }[];
  const samples: Samples = {
    titles: [...articles.flatMap((article) => [article.title, article.slug]), ...redirects.map((redirect) => redirect.from ?? redirect.title ?? '').filter(Boolean), 'October Revolution'],
    sections: sections.flatMap((section) => [section.anchor, section.title]).filter((value): value is string => !!value),
    cursors: [],
    ids: ((await get('/v1/sources?limit=100')).items as { id: number }[]).map((source) => String(source.id)),
  };
  for (const operation of operations) {
    if (!operation.parameters.some((parameter) => parameter.name === 'cursor')) continue;
    const needsQ = operation.parameters.some((parameter) => parameter.name === 'q' && parameter.required);
    const page = await get(`${operation.path}?limit=1${needsQ ? '&q=revolution' : ''}`);
    if (typeof page.nextCursor === 'string') samples.cursors.push(page.nextCursor);
  }
  t.ok(samples.titles.length >= 5, `${samples.titles.length} known titles`);
  t.ok(samples.cursors.length >= 3, `${samples.cursors.length} real cursors`);
  t.ok(samples.ids.length >= 1, `${samples.ids.length} source ids`);

  // The validators are not vacuous: a wrong body fails, a real one passes.
  const article = byRoute.get('GET /v1/articles/{title}')!;
  t.notOk(validatorFor(article, '200', 'application/json')({ title: 1 }), 'a wrong article body fails its schema');
  t.ok(validatorFor(article, '200', 'application/json')(await get('/v1/articles/October%20Revolution')), 'a real article body passes');
  t.notOk(validatorFor(article, '404', 'application/problem+json')({ status: 404 }), 'an incomplete problem fails its schema');

  let total = 0;
  let overloaded = 0;
  const summary: string[] = [];
  for (const operation of operations) {
    const statuses = new Map<string, number>();
    let cases = 0;
    let outside = 0;
    const property = fc.asyncProperty(requestFor(operation, samples), async (request) => {
      cases++;
      const id = `fuzz-${total + cases}`;
      const options = { method: operation.method as 'GET', url: request.url, headers: { ...request.headers, 'x-request-id': id } };
      const response = streams(operation) ? await injectOpening(app, options) : await app.inject(options);
      await yieldToLoop();
      const status = String(response.statusCode);
      const context = () => `${request.url.slice(0, 300)}${request.url.length > 300 ? `… (${request.url.length} chars)` : ''} ${JSON.stringify(request.headers)} → ${status} ${response.headers['content-type']} ${response.body.slice(0, 300)}`;

      const route = answeredBy.get(id);
      answeredBy.delete(id);
      // Dot segments (`.`/`..`, raw or %2e) are resolved as URLs are, which can leave the API.
      const answering = route === undefined ? operation : byRoute.get(`${operation.method} ${fastifyToOpenApi(route)}`);
      if (!answering) {
        outside++;
        if (response.statusCode >= 500) throw new Error(`5xx outside the API (${route}): ${context()}`);
        return;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (response.statusCode === 503 && mediaTypeOf(response.headers['content-type']) === 'application/problem+json') overloaded++;
      else if (response.statusCode >= 500) throw new Error(`server error: ${context()}`);

      const documented = answering.responses[status];
      if (!documented) throw new Error(`status ${status} is not documented for ${answering.id}: ${context()}`);
      if (!documented.content) {
        if (response.body !== '') throw new Error(`${status} documents no body but has one: ${context()}`);
        return;
      }
      const mediaType = mediaTypeOf(response.headers['content-type']);
      if (!documented.content[mediaType]) {
        throw new Error(`content type ${mediaType} is not documented for ${status} of ${answering.id} (documented: ${Object.keys(documented.content).join(', ')}): ${context()}`);
      }
      // JSON media types are parsed; any other (text/plain) is validated as the string it is.
      let body: unknown = response.body;
      if (/^application\/(.+\+)?json$/.test(mediaType)) {
        try {
          body = JSON.parse(response.body);
        } catch {
          throw new Error(`the body is not JSON: ${context()}`);
        }
      }
      const validate = validatorFor(answering, status, mediaType);
      // Newline-delimited JSON: the schema is one line's, and every line must match it.
      const values = mediaType === 'application/x-ndjson' ? ndjsonLines(response.body, context) : [body];
      for (const value of values) {
        if (!validate(value)) {
          throw new Error(`the body does not match the ${status} ${mediaType} schema of ${answering.id}: ${ajv.errorsText(validate.errors, { separator: '; ' })}: ${context()}`);
        }
      }
      if (mediaType === 'text/event-stream' && !/^event: (start\nid: |error\n)/.test(response.body)) {
        throw new Error(`an event stream that does not open with a start or error event: ${context()}`);
      }
      if (mediaType === 'application/problem+json' && (body as { status?: unknown }).status !== response.statusCode) {
        throw new Error(`problem status differs from the HTTP status: ${context()}`);
      }
    });
    const examples = edgeExamples(operation, samples).map((request): [Request] => [request]);
    const result = await fc.check(property, { seed: SEED, numRuns: RUNS + examples.length, examples, endOnFailure: false });
    total += cases;
    const counts = [...statuses].sort(([a], [b]) => a.localeCompare(b)).map(([status, count]) => `${status}×${count}`).join(' ');
    summary.push(`${operation.id}: ${result.numRuns} cases (${counts}${outside ? `, ${outside} left the API via dot segments` : ''})`);
    t.notOk(result.failed, `${operation.id}: ${result.numRuns} cases, ${counts}`, {
      diagnostic: result.failed,
      counterexample: result.counterexample ? shorten(JSON.stringify(result.counterexample[0])) : undefined,
      error: result.failed ? shorten(String((result.errorInstance as Error | undefined)?.message ?? result.errorInstance)) : undefined,
      seed: result.seed,
      path: result.counterexamplePath,
    });
  }
  t.comment(`${total} requests over ${operations.length} operations (seed ${SEED}; ${overloaded} shed with 503):`);
  for (const line of summary) t.comment(`  ${line}`);
  t.ok(operations.length >= 10, `${operations.length} operations fuzzed`);
});
