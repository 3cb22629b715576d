// The OpenAPI 3.1 document, generated from the route table and its zod schemas.
import { z } from 'zod';
import type { Route } from './route.js';

type Json = Record<string, unknown>;

const ERROR_SCHEMA = {
  type: 'object',
  properties: { error: { type: 'string' }, parameter: { type: 'string', description: 'The parameter or body field at fault' } },
  required: ['error'],
};

/** One query parameter per property of the route's (object) schema. */
function queryParameters(schema: z.ZodType): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    const p: Json = { name, in: 'query', required: (json.required ?? []).includes(name) && !('default' in rest), schema: rest };
    if (description !== undefined) p['description'] = description;
    return p;
  });
}

const pathParameters = (path: string): Json[] =>
  [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));

function okSchema(r: Route): Json {
  const item = { type: 'object', description: r.returns };
  if (r.shape === 'object') return item;
  return {
    type: 'object',
    required: ['total', 'limit', 'offset', 'items'],
    properties: { total: { type: 'integer' }, limit: { type: 'integer' }, offset: { type: 'integer' }, items: { type: 'array', items: item } },
  };
}

/** getArticlesById from GET /api/articles/{id}. */
function operationId(r: Route): string {
  const words = r.path.replace(/^\/api\//, '').replace(/\{(\w+)\}/g, 'by $1').split(/[^A-Za-z0-9]+/).filter(Boolean);
  return r.method.toLowerCase() + words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

function operation(r: Route): Json {
  const responses: Json = {
    '200': { description: r.returns, content: { 'application/json': { schema: okSchema(r) } } },
    '400': { description: 'A parameter is invalid (named in `parameter`)', content: { 'application/json': { schema: ERROR_SCHEMA } } },
  };
  for (const [code, description] of Object.entries(r.errors ?? {})) {
    responses[code] = { description, content: { 'application/json': { schema: ERROR_SCHEMA } } };
  }
  const op: Json = {
    operationId: operationId(r),
    summary: r.summary,
    parameters: [...pathParameters(r.path), ...queryParameters(r.query)],
    responses,
  };
  if (r.body) {
    op['requestBody'] = { required: true, content: r.body };
    op['security'] = [{ bearer: [] }];
  }
  return op;
}

export function openApiDocument(routes: Route[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const r of routes) (paths[r.path] ??= {})[r.method.toLowerCase()] = operation(r);
  return {
    openapi: '3.1.0',
    info: {
      title: 'entente API',
      version,
      description: 'PLOVER events read from news, each tied to its sentence by character offsets [start, end) into the article text. Lists are paged with limit and offset.',
    },
    paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
  };
}
