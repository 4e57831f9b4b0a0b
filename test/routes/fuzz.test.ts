/**
 * Every operation of openapi/openapi.json, fuzzed from the spec itself: fast-check generates hostile
 * path and query values (unicode, control characters, malformed and double percent-encoding, very
 * long strings, SQL and FTS5 fragments, out-of-range and huge numbers, forged cursors, repeated and
 * unknown parameters, odd Accept headers) and sends them with inject() to an app over the fixture
 * database. Properties: no 5xx (a 503 from load shedding is tolerated, and should not happen as the
 * loop yields between requests), every status is documented for the operation that answered, and
 * every body matches the schema documented for its status and content type (ajv, JSON Schema 2020-12).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import fc from 'fast-check';
import t from 'tap';
import { buildTestApp } from '../helpers/app.js';

/** Fixed, so runs are reproducible; FUZZ_SEED explores others locally. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
/** Cases per operation; FUZZ_RUNS raises it for a longer local run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Json;
}
interface Operation {
  id: string;
  method: string;
  path: string;
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}

const spec = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'openapi', 'openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { parameters?: Parameter[]; responses: Operation['responses'] }>>;
  components?: { schemas?: Record<string, Json> };
};

const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method))
    .map(([method, operation]) => ({
      id: `${method.toUpperCase()} ${path}`,
      method: method.toUpperCase(),
      path,
      parameters: operation.parameters ?? [],
      responses: operation.responses,
    })),
);
const byRoute = new Map(operations.map((operation) => [operation.id, operation]));

// --- Response schemas: ajv 2020-12, `#/components/schemas/X` resolved from the spec. ---------------

const COMPONENT = '#/components/schemas/';
const componentId = (name: string) => `urn:encyclopedia:components:${name}`;
function resolveRefs(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(resolveRefs);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENT)
        ? [key, componentId(value.slice(COMPONENT.length))]
        : [key, resolveRefs(value)],
    ),
  );
}

const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
formats.default(ajv);
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  ajv.addSchema({ ...(resolveRefs(schema) as Json), $id: componentId(name) });
}
const validators = new Map<string, ValidateFunction>();
function validatorFor(operation: Operation, status: string, mediaType: string): ValidateFunction {
  const key = `${operation.id} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(resolveRefs(operation.responses[status]!.content![mediaType]!.schema) as Json);
    validators.set(key, validate);
  }
  return validate;
}

// --- Hostile values. -----------------------------------------------------------------------------

const SQL = [
  "' OR '1'='1",
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  "1; SELECT * FROM sqlite_master",
  "x' UNION SELECT name, sql FROM sqlite_master --",
  "%' AND 1=1 AND '%'='",
  '\\',
  "''",
  '`',
  '/* */',
  'NULL',
  '\0',
];
const FTS = [
  '"',
  '""',
  '"unterminated',
  '*',
  '**',
  'a*',
  '*a',
  'revolution*',
  '-',
  '--',
  '-revolution',
  '-"',
  '-""',
  'NOT',
  'AND',
  'OR',
  'NEAR',
  'NEAR(a b, 5)',
  'a OR b',
  'a AND NOT b',
  'title:revolution',
  '{title summary}: x',
  '^revolution',
  '(',
  ')',
  '(a OR b',
  'a:',
  ':',
  '+',
  'alfabeti*',
  '"literacy campaign"',
  'revolution -valdora',
  'ö*',
];
const PERCENT = ['%', '%%', '%2', '%G0', '%ZZ', '%00', '%0A', '%0D%0A', '%20', '%2F', '%252F', '%5C', '%C0%AF', '%C3%28', '%ED%A0%80', '%E2%80%AE', '%FF', '%EF%BB%BF', '+', '%2B'];
const UNICODE = ['é', 'É', 'ß', 'ẞ', 'İ', 'ı', 'ﬁ', 'Å', 'Å', '\u0301', '\u200b', '\u200d', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff', '😀', '𝕏', '한', '中文', 'ع', '\u00a0', '\u3000', '\u2028'];
const CONTROL = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).concat('\u007f', '\u0085');
const MISC = ['', ' ', '  ', '_', '__', '.', '..', '/', '//', '?', '#', '&', '=', '&=', 'a=b', '[]', '{}', 'null', 'undefined', 'true', '0', '-1', 'NaN', '<script>alert(1)</script>', '../../etc/passwd', 'Special:Random', 'Talk:x', 'x#y', 'constructor', '__proto__', 'toString', 'hasOwnProperty'];

const fragment = fc.constantFrom(...SQL, ...FTS, ...PERCENT, ...UNICODE, ...CONTROL, ...MISC);

/** A long run of one character or fragment: across maxLength limits, the 2048-character segment and 4096-character URL caps. */
const long = fc
  .tuple(fc.constantFrom('a', 'é', '😀', '%', '"', ' ', '*', '-a ', 'revolution ', '%ZZ', '\u0301'), fc.integer({ min: 100, max: 6000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

function stringValue(known: string[]): fc.Arbitrary<string> {
  const knownArb = known.length ? fc.constantFrom(...known) : fc.constant('October Revolution');
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...CONTROL), maxLength: 8 }) },
    { weight: 4, arbitrary: fragment },
    { weight: 3, arbitrary: fc.array(fc.oneof(fragment, knownArb, fc.string({ maxLength: 5 })), { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')) },
    { weight: 3, arbitrary: knownArb },
    {
      weight: 2,
      arbitrary: fc.tuple(knownArb, fc.constantFrom('upper', 'lower', 'underscores', 'spaces', 'padded', 'nfd', 'suffix')).map(([title, how]) => {
        if (how === 'upper') return title.toUpperCase();
        if (how === 'lower') return title.toLowerCase();
        if (how === 'underscores') return title.replace(/ /g, '_');
        if (how === 'spaces') return title.replace(/_/g, ' ');
        if (how === 'padded') return ` ${title}  `;
        if (how === 'nfd') return title.normalize('NFD');
        return `${title}'; --`;
      }),
    },
    { weight: 1, arbitrary: long },
  );
}

function integerValue(schema: Json): fc.Arbitrary<string> {
  const bounds = [schema.minimum, schema.maximum].filter((bound): bound is number => typeof bound === 'number');
  const min = typeof schema.minimum === 'number' ? schema.minimum : -1000;
  const max = typeof schema.maximum === 'number' ? Math.min(schema.maximum, Number.MAX_SAFE_INTEGER) : 1000;
  return fc.oneof(
    // In range half the time, so the other parameters of the request get a say.
    { weight: 12, arbitrary: fc.integer({ min, max }).map(String) },
    { weight: 2, arbitrary: fc.integer().map(String) },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 200 }).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...bounds.flatMap((bound) => [bound - 1, bound, bound + 1])).map(String) },
    { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String) },
    { weight: 1, arbitrary: fc.double().map(String) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        '0',
        '-0',
        '+1',
        ' 1',
        '1 ',
        '01',
        '1.0',
        '1.5',
        '1e2',
        '1e309',
        '-1e309',
        'NaN',
        'Infinity',
        '-Infinity',
        '0x10',
        '0b1',
        '1_000',
        '1,2',
        'null',
        'true',
        '[]',
        '9007199254740991',
        '9007199254740992',
        '9007199254740993',
        '99999999999999999999999999',
        '１２',
        '١٢',
      ),
    },
    { weight: 1, arbitrary: stringValue([]) },
  );
}

function enumValues(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(enumValues);
  if (schema === null || typeof schema !== 'object') return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'enum' && Array.isArray(value)) found.push(...value.map(String));
    else if (key === 'const') found.push(String(value));
    else found.push(...enumValues(value));
  }
  return found;
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
function cursorValue(real: string[]): fc.Arbitrary<string> {
  const keyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.constantFrom(...SQL, ...FTS), fc.bigInt().map(String), fc.constant(Number.MAX_SAFE_INTEGER + 2));
  const realArb = real.length ? fc.constantFrom(...real) : fc.constant('WzFd');
  /** A real cursor's shape (the types of its keyset values) with hostile values: passes decoding, reaches the query. */
  const sameShape = realArb.chain((cursor) => {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    return fc
      .tuple(
        ...values.map((value) =>
          typeof value === 'number'
            ? fc.oneof(fc.integer(), fc.constantFrom(0, -1, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER))
            : fc.oneof(stringValue([]), fc.constantFrom('', '\uffff', '\u0000', String(value).toUpperCase(), `${String(value)}\u0000`)),
        ),
      )
      .map((forged) => base64url(JSON.stringify(forged)));
  });
  return fc.oneof(
    { weight: 4, arbitrary: sameShape },
    { weight: 3, arbitrary: fc.array(keyValue, { maxLength: 4 }).map((values) => base64url(JSON.stringify(values))) },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => base64url(JSON.stringify(value))) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map(base64url) },
    { weight: 1, arbitrary: fc.base64String({ maxLength: 40 }) },
    { weight: 1, arbitrary: realArb },
    {
      weight: 2,
      arbitrary: fc.tuple(realArb, fc.nat(), fc.constantFrom('drop', 'flip', 'append', 'pad', 'upper')).map(([cursor, at, how]) => {
        const i = cursor.length ? at % cursor.length : 0;
        if (how === 'drop') return cursor.slice(0, i) + cursor.slice(i + 1);
        if (how === 'flip') return cursor.slice(0, i) + (cursor[i] === 'A' ? 'B' : 'A') + cursor.slice(i + 1);
        if (how === 'append') return `${cursor}A`;
        if (how === 'pad') return `${cursor}==`;
        return cursor.toUpperCase();
      }),
    },
    {
      weight: 1,
      arbitrary: fc.tuple(realArb, keyValue).map(([cursor, extra]) => {
        let values: unknown;
        try {
          values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
        } catch {
          values = [];
        }
        return base64url(JSON.stringify(Array.isArray(values) ? [...values, extra] : [extra]));
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom('a'.repeat(512), 'a'.repeat(513), base64url(JSON.stringify(['x'.repeat(2000)]))) },
    { weight: 1, arbitrary: stringValue([]) },
  );
}

interface Samples {
  titles: string[];
  sections: string[];
  cursors: string[];
  ids: string[];
}

function valueFor(parameter: Parameter, samples: Samples): fc.Arbitrary<string> {
  const { schema, name } = parameter;
  const enums = enumValues(schema);
  if (enums.length) {
    return fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...enums) },
      { weight: 1, arbitrary: fc.constantFrom(...enums).map((value) => value.toUpperCase()) },
      { weight: 1, arbitrary: fc.constantFrom(...enums).map((value) => ` ${value}`) },
      { weight: 1, arbitrary: stringValue(enums) },
    );
  }
  if (schema.type === 'integer' || schema.type === 'number') {
    return name === 'id' ? fc.oneof(fc.constantFrom(...samples.ids), integerValue(schema)) : integerValue(schema);
  }
  if (name === 'cursor') return cursorValue(samples.cursors);
  if (name === 'section') return stringValue([...samples.sections, '0', '1', '99', '-1']);
  if (name === 'q') {
    // Words that match, mixed with operators and fragments: most queries reach FTS5.
    const words = ['revolution', 'literacy', 'valdora', 'Lenin', 'Prashad', 'plan*', 'alfabetizacion', '"literacy campaign"', '1917'];
    return fc.oneof(
      { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...words), fragment, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' ')) },
      { weight: 2, arbitrary: stringValue([...FTS, ...words]) },
    );
  }
  if (name === 'author') return stringValue(['Prashad', 'Vijay Prashad', 'Lenin', 'Konitz']);
  // Valid and broken identifiers: checksums off by one, X check digits, DOI prefixes and URLs.
  if (name === 'isbn') return stringValue(['0-674-51173-5', '9780674511736', '0-674-51173-4', '071780001X', '978 0 674 51173 6', 'ISBN 0674511735']);
  if (name === 'doi') return stringValue(['10.1086/226147', 'doi:10.1086/226147', 'https://doi.org/10.1086/226147', '10.12/x', '10.1016/S0140-6736(20)30183-5.']);
  return stringValue(samples.titles);
}

// --- Requests. -------------------------------------------------------------------------------------

/** Percent-encodes everything but unreserved characters; lone surrogates become U+FFFD. */
function percentEncode(value: string): string {
  let encoded = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const char = String.fromCharCode(byte);
    encoded += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}
/** As a careless client sends it: raw, only the characters that would end the part encoded. */
function rawEncode(value: string, keep: RegExp): string {
  return Buffer.from(value, 'utf8').toString('utf8').replace(keep, (char) => percentEncode(char));
}

type Mode = 'percent' | 'raw' | 'raw-slash';
const pathMode = fc.constantFrom<Mode>('percent', 'percent', 'percent', 'percent', 'raw', 'raw', 'raw-slash');
const queryMode = fc.constantFrom<Mode>('percent', 'percent', 'percent', 'raw');
function encodePath(value: string, mode: Mode) {
  if (mode === 'percent') return percentEncode(value);
  return rawEncode(value, mode === 'raw' ? /[/?#]/g : /[?#]/g);
}
function encodeQuery(value: string, mode: Mode) {
  return mode === 'percent' ? percentEncode(value) : rawEncode(value, /[&#]/g);
}

const ACCEPT = [
  'application/json',
  'application/problem+json',
  'application/vnd.citationstyles.csl+json',
  '*/*',
  'application/*',
  'text/html',
  'text/html, application/json;q=0.1',
  'application/xml',
  'image/png',
  'application/json;q=0',
  '*/*;q=0',
  ';;;',
  'application/json, application/vnd.citationstyles.csl+json;q=0.9',
  'application/x-bibtex',
  'application/x-biblatex',
  'application/x-research-info-systems',
  'application/x-bibtex;q=0.5, application/json',
  'text/x-bibliography',
  'text/x-bibliography; style=modern-language-association; locale=fr-FR',
  'text/x-bibliography; style=nope',
  'text/x-bibliography; locale="<script>"; style=',
  'text/x-bibliography;;style;locale=;q=2',
];

interface Request {
  url: string;
  headers: Record<string, string>;
}

/** In about one request in six. */
const rarely = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** Mostly one value; sometimes the parameter twice (`?limit=1&limit=2`). */
const repeated = (value: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 8, arbitrary: value.map((one) => [one]) }, { weight: 1, arbitrary: fc.tuple(value, value) });

function requestFor(operation: Operation, samples: Samples): fc.Arbitrary<Request> {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const pathParts = fc.tuple(...pathParameters.map((parameter) => fc.tuple(valueFor(parameter, samples), pathMode)));
  const queryParts = fc.tuple(
    ...queryParameters.map((parameter) =>
      // Required parameters are sometimes left out; optional ones are left out more often than not.
      fc.oneof(
        { weight: parameter.required ? 1 : 5, arbitrary: fc.constant(undefined) },
        { weight: parameter.required ? 8 : 2, arbitrary: fc.tuple(repeated(valueFor(parameter, samples)), queryMode) },
      ),
    ),
  );
  const unknownParameter = rarely(fc.tuple(fc.oneof(fc.constantFrom('limit[]', 'cursor[]', '__proto__', 'constructor', 'a', ''), fc.string({ maxLength: 8 })), stringValue([])));
  const accept = rarely(fc.constantFrom(...ACCEPT));
  return fc.tuple(pathParts, queryParts, unknownParameter, accept).map(([pathValues, queryValues, unknown, accept]) => {
    let path = operation.path;
    pathParameters.forEach((parameter, i) => {
      const [value, mode] = pathValues[i]!;
      path = path.replace(`{${parameter.name}}`, encodePath(value, mode));
    });
    const query: string[] = [];
    queryParameters.forEach((parameter, i) => {
      const part = queryValues[i];
      if (!part) return;
      const [values, mode] = part;
      for (const value of values) query.push(`${percentEncode(parameter.name)}=${encodeQuery(value, mode)}`);
    });
    if (unknown) query.push(`${percentEncode(unknown[0])}=${percentEncode(unknown[1])}`);
    const headers: Record<string, string> = accept ? { accept } : {};
    return { url: query.length ? `${path}?${query.join('&')}` : path, headers };
  });
}

/**
 * Besides the random cases, each parameter of each operation gets every edge value of its type
 * once, the other parameters being valid: classes of input that random generation may not reach
 * for every operation within a few hundred cases.
 */
const EDGE_INTEGERS = ['Infinity', '-Infinity', '1e309', '-1e309', 'NaN', '9007199254740993', '99999999999999999999', '-1', '0', '1.5', '', '0x1', ' 1'];
const EDGE_STRINGS = ['', ' ', '%', '%ZZ', '\u0000', '\ud800', '\u202e', '"', '*', '-', 'NEAR(', "' OR 1=1 --", 'a'.repeat(513), 'é'.repeat(700), 'a'.repeat(2100), 'a'.repeat(4100)];
function edgeExamples(operation: Operation, samples: Samples): Request[] {
  const valid: Record<string, string> = { title: 'October Revolution', section: samples.sections[0] ?? '0', id: samples.ids[0] ?? '1', q: 'revolution', prefix: 'Cu' };
  const parameters = operation.parameters.filter((parameter) => parameter.in === 'path' || parameter.in === 'query');
  const build = (values: Map<string, string>): Request => {
    let path = operation.path;
    const query: string[] = [];
    for (const parameter of parameters) {
      const value = values.get(parameter.name);
      if (value === undefined) continue;
      if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, percentEncode(value));
      else query.push(`${parameter.name}=${percentEncode(value)}`);
    }
    return { url: query.length ? `${path}?${query.join('&')}` : path, headers: {} };
  };
  const base = new Map(
    parameters.filter((parameter) => parameter.in === 'path' || parameter.required).map((parameter) => [parameter.name, valid[parameter.name] ?? 'x']),
  );
  return parameters.flatMap((parameter) => {
    const numeric = parameter.schema.type === 'integer' || parameter.schema.type === 'number';
    const edges = numeric ? EDGE_INTEGERS : parameter.name === 'cursor' ? [...EDGE_STRINGS, ...samples.cursors.map((cursor) => cursor.toLowerCase())] : EDGE_STRINGS;
    return edges.map((edge) => build(new Map([...base, [parameter.name, edge]])));
  });
}

// --- The properties. -----------------------------------------------------------------------------

const mediaTypeOf = (contentType: unknown) => String(contentType ?? '').split(';')[0]!.trim().toLowerCase();
const fastifyToOpenApi = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const shorten = (text: string, max = 1200) => (text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text);
const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

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
      const response = await app.inject({ method: operation.method as 'GET', url: request.url, headers: { ...request.headers, 'x-request-id': id } });
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
      if (!validate(body)) {
        throw new Error(`the body does not match the ${status} ${mediaType} schema of ${answering.id}: ${ajv.errorsText(validate.errors, { separator: '; ' })}: ${context()}`);
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
