// The built web page: served with content types, and nothing outside its folder.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore, type Store } from '../../src/store/index.js';
import { startApi } from './server-fixture.js';

let dir: string;
let store: Store;
let base: string;
let bare: string;
const closers: (() => Promise<void>)[] = [];

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'entente-api-static-'));
  const web = join(dir, 'web');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>entente</title>');
  writeFileSync(join(web, 'assets', 'app-1a2b3c4d.js'), 'console.log(1)');
  writeFileSync(join(web, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(web, 'assets', 'world.json'), '{}');
  writeFileSync(join(dir, 'secret.txt'), 'not for the web');
  symlinkSync(join(dir, 'secret.txt'), join(web, 'leak.txt'));
  store = await openStore(join(dir, 's.db'));
  const withWeb = await startApi({ store, webRoot: web });
  const without = await startApi({ store, webRoot: join(dir, 'absent') });
  base = withWeb.base;
  bare = without.base;
  closers.push(withWeb.close, without.close);
});
after(async () => {
  for (const c of closers) await c();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** GET a raw path: node:http sends it as written, where fetch would normalise the dots away. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { path }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
}

test('GET / and assets with their content types', async () => {
  const page = await fetch(`${base}/`);
  assert.equal(page.status, 200);
  assert.equal(page.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.match(await page.text(), /<title>entente/);
  const types: [string, string][] = [
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app-1a2b3c4d.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    ['/assets/world.json', 'application/json; charset=utf-8'],
  ];
  for (const [path, type] of types) {
    const r = await fetch(base + path);
    assert.equal(r.status, 200, path);
    assert.equal(r.headers.get('content-type'), type, path);
  }
  assert.match((await fetch(`${base}/assets/app-1a2b3c4d.js`)).headers.get('cache-control') ?? '', /immutable/);
  assert.equal((await fetch(`${base}/assets/missing.js`)).status, 404);
  assert.equal((await fetch(`${base}/`, { method: 'POST' })).status, 405);
});

test('paths that leave the folder are refused', async () => {
  for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..%5csecret.txt', '/leak.txt', '/index.html%00.js']) {
    const r = await rawGet(base, path);
    assert.ok([400, 403, 404].includes(r.status), `${path}: ${r.status}`);
    assert.doesNotMatch(r.body, /not for the web/, path);
  }
});

test('without a built page, / is a 404 and the API still answers', async () => {
  assert.equal((await fetch(`${bare}/`)).status, 404);
  assert.equal((await fetch(`${bare}/api/health`)).status, 200);
});
