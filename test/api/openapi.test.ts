// The OpenAPI document: every route and every query parameter the server validates is described.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { apiRoutes } from '../../src/api/server.js';
import { openStore } from '../../src/store/index.js';
import { tempDbPath } from '../store/temp-db.js';
import { startApi } from './server-fixture.js';

type Op = { operationId: string; summary: string; parameters: { name: string; in: string; required: boolean; schema: Record<string, unknown> }[]; responses: Record<string, unknown>; requestBody?: unknown };
type Doc = { openapi: string; info: { version: string }; paths: Record<string, Record<string, Op>> };

/** Endpoints the API promises. */
const EXPECTED = [
  'GET /api/health', 'GET /api/summary', 'GET /api/articles', 'GET /api/articles/{id}', 'GET /api/events',
  'GET /api/actors', 'GET /api/quotes', 'GET /api/search', 'GET /api/relations', 'GET /api/blocs', 'GET /api/openapi.json', 'POST /api/ingest',
];

test('GET /api/openapi.json describes every route with its parameters', async () => {
  const { file, cleanup } = tempDbPath();
  const store = await openStore(file);
  const api = await startApi({ store });
  try {
    const r = await fetch(`${api.base}/api/openapi.json`);
    assert.equal(r.status, 200);
    const doc = (await r.json()) as Doc;
    assert.equal(doc.openapi, '3.1.0');
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const routes = apiRoutes();
    assert.deepEqual(described.sort(), routes.map((x) => `${x.method} ${x.path}`).sort());
    for (const e of EXPECTED) assert.ok(described.includes(e), `${e} missing`);

    const ids = new Set<string>();
    for (const route of routes) {
      const op = doc.paths[route.path]![route.method.toLowerCase()]!;
      assert.ok(!ids.has(op.operationId), `duplicate operationId ${op.operationId}`);
      ids.add(op.operationId);
      assert.match(op.operationId, /^[a-z][A-Za-z0-9]*$/);
      const keys = Object.keys((z.toJSONSchema(route.query, { io: 'input' }) as { properties?: object }).properties ?? {});
      const query = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
      assert.deepEqual(query.sort(), keys.sort(), `${route.path} query parameters`);
      for (const p of op.parameters.filter((x) => x.in === 'path')) assert.ok(route.path.includes(`{${p.name}}`));
      assert.ok(op.responses['200'] && op.responses['400']);
    }
    const events = doc.paths['/api/events']!['get']!;
    const limit = events.parameters.find((p) => p.name === 'limit')!;
    assert.deepEqual([limit.schema['type'], limit.schema['maximum'], limit.schema['default']], ['integer', 1000, 50]);
    assert.ok(Array.isArray(events.parameters.find((p) => p.name === 'type')!.schema['enum']));
    assert.equal(doc.paths['/api/search']!['get']!.parameters.find((p) => p.name === 'q')!.required, true);
    assert.ok(doc.paths['/api/ingest']!['post']!.requestBody);
  } finally {
    await api.close();
    await store.close();
    cleanup();
  }
});
