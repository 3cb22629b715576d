// POST /api/ingest: disabled without a token, 401 without the right one, same-origin only,
// size-limited, and with the token it annotates and stores what it is sent.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { QUOTE_STORY, startApi } from './server-fixture.js';

const TOKEN = 'test-token-4f9c2a';
const auth = { authorization: `Bearer ${TOKEN}` };
const json = { 'content-type': 'application/json' };

let dir: string;
let store: Store;
let base: string;
let readOnlyBase: string;
const closers: (() => Promise<void>)[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-api-ingest-'));
  store = await openStore(join(dir, 'w.db'));
  const writable = await startApi({ store, token: TOKEN, maxBody: 64 * 1024 });
  const readOnly = await startApi({ store });
  base = writable.base;
  readOnlyBase = readOnly.base;
  closers.push(writable.close, readOnly.close);
});
after(async () => {
  for (const c of closers) await c();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', body, headers });

test('with no token configured, writes are disabled (403)', async () => {
  const r = await post(`${readOnlyBase}/api/ingest`, JSON.stringify({ text: QUOTE_STORY }), { ...json, ...auth });
  assert.equal(r.status, 403);
  assert.match(((await r.json()) as { error: string }).error, /disabled/);
  assert.equal((await store.counts()).articles, 0);
});

test('a missing or wrong token is a 401 with WWW-Authenticate', async () => {
  for (const headers of [json, { ...json, authorization: 'Bearer nope' }, { ...json, authorization: TOKEN }]) {
    const r = await post(`${base}/api/ingest`, JSON.stringify({ text: QUOTE_STORY }), headers);
    assert.equal(r.status, 401);
    assert.match(r.headers.get('www-authenticate') ?? '', /^Bearer/);
  }
  assert.equal((await store.counts()).articles, 0);
});

test('cross-origin writes are refused even with the token', async () => {
  const body = JSON.stringify({ text: QUOTE_STORY });
  assert.equal((await post(`${base}/api/ingest`, body, { ...json, ...auth, origin: 'http://evil.example' })).status, 403);
  assert.equal((await post(`${base}/api/ingest`, body, { ...json, ...auth, 'sec-fetch-site': 'cross-site' })).status, 403);
  assert.equal((await store.counts()).articles, 0);
});

test('with the token: stored, per-item results, the same story again is "exists"', async () => {
  const host = new URL(base).host;
  const r = await post(`${base}/api/ingest`, JSON.stringify({ text: QUOTE_STORY, published: '2024-05-08', url: 'https://example.org/quota', title: 'Harbour talks stall' }), { ...json, ...auth, origin: `http://${host}` });
  assert.equal(r.status, 200);
  const { results } = (await r.json()) as { results: { index: number; status: string; article_id: string; events: number }[] };
  assert.equal(results.length, 1);
  assert.equal(results[0]!.status, 'added');
  assert.ok(results[0]!.events >= 1);
  const stored = await store.article(results[0]!.article_id);
  assert.equal(stored?.published, '2024-05-08');
  assert.equal(stored?.url, 'https://example.org/quota');

  const again = await post(`${base}/api/ingest`, JSON.stringify([{ text: QUOTE_STORY }, { text: '   ' }]), { ...json, ...auth });
  const two = ((await again.json()) as { results: { status: string; reason?: string }[] }).results;
  assert.deepEqual(two.map((x) => x.status), ['exists', 'skipped']);
  assert.ok(two[1]!.reason);
});

test('a raw text/plain body, dated through the query string', async () => {
  const text = 'Chile and Peru signed a trade agreement in Lima on Friday, the two governments said.';
  const r = await post(`${base}/api/ingest?published=2023-03-03`, text, { 'content-type': 'text/plain; charset=utf-8', ...auth });
  assert.equal(r.status, 200);
  const [item] = ((await r.json()) as { results: { status: string; article_id: string }[] }).results;
  assert.equal(item!.status, 'added');
  assert.equal((await store.article(item!.article_id))?.published, '2023-03-03');
});

test('bad bodies: 400 naming the field, 415 for other content types', async () => {
  const cases: [string, string][] = [
    ['{"text": 5}', 'body.text'],
    ['{"title": "no body"}', 'body.text'],
    ['{"text": "x", "published": "2024-02-30"}', 'body.published'],
    ['[{"text": "x"}, {"text": "y", "colour": "red"}]', 'body.1.colour'],
    ['[]', 'body'],
    ['{not json', 'body'],
  ];
  for (const [body, field] of cases) {
    const r = await post(`${base}/api/ingest`, body, { ...json, ...auth });
    assert.equal(r.status, 400, body);
    assert.equal(((await r.json()) as { parameter: string }).parameter, field, body);
  }
  assert.equal((await post(`${base}/api/ingest`, 'x', { 'content-type': 'application/pdf', ...auth })).status, 415);
});

/** POST through node:http so the body can be streamed without a Content-Length. */
function rawPost(url: string, chunks: Buffer[], headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? resolve(-1) : reject(err)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

test('a body over the limit is a 413, announced or streamed', async () => {
  const big = Buffer.alloc(65 * 1024, 'a');
  const announced = await post(`${base}/api/ingest`, big.toString(), { 'content-type': 'text/plain', ...auth });
  assert.equal(announced.status, 413);
  const streamed = await rawPost(`${base}/api/ingest`, [big.subarray(0, 40_000), big.subarray(40_000)], { 'content-type': 'text/plain', 'transfer-encoding': 'chunked', ...auth });
  assert.equal(streamed, 413);
});
