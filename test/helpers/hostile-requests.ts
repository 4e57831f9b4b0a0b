/**
 * The requests test/routes/fuzz.test.ts sends to an operation of the spec: hostile values percent-encoded
 * or raw, parameters left out, repeated and unknown, odd Accept headers, and each parameter's edge values.
 */
import fc from 'fast-check';
import { stringValue, valueFor, type Samples } from './hostile-values.js';
import type { Operation } from './openapi-operations.js';

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

export interface Request {
  url: string;
  headers: Record<string, string>;
}

/** In about one request in six. */
const rarely = <T>(value: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value });

/** Mostly one value; sometimes the parameter twice (`?limit=1&limit=2`). */
const repeated = (value: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 8, arbitrary: value.map((one) => [one]) }, { weight: 1, arbitrary: fc.tuple(value, value) });

export function requestFor(operation: Operation, samples: Samples): fc.Arbitrary<Request> {
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
export function edgeExamples(operation: Operation, samples: Samples): Request[] {
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
