/**
 * The operations of openapi/openapi.json, and a validator (ajv, JSON Schema 2020-12) of each response
 * schema they document, `#/components/schemas/X` resolved from the spec, for test/routes/fuzz.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';

export type Json = Record<string, unknown>;
export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Json;
}
export interface Operation {
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

export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
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
export const byRoute = new Map(operations.map((operation) => [operation.id, operation]));

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

export const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true });
formats.default(ajv);
for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
  ajv.addSchema({ ...(resolveRefs(schema) as Json), $id: componentId(name) });
}
const validators = new Map<string, ValidateFunction>();
export function validatorFor(operation: Operation, status: string, mediaType: string): ValidateFunction {
  const key = `${operation.id} ${status} ${mediaType}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(resolveRefs(operation.responses[status]!.content![mediaType]!.schema) as Json);
    validators.set(key, validate);
  }
  return validate;
}
