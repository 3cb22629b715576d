// `entente serve` end to end: binds 127.0.0.1 by default, read-only without a token,
// writable with --token-file, and stops cleanly on SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { openStore } from '../../src/store/index.js';
import { asBefore013, filled } from '../store/older-store.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

/** Starts the server and waits for its "serving http://HOST:PORT" line. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ child: ChildProcess; url: string; line: string; err: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { env: { ...process.env, ENTENTE_TOKEN: '', ENTENTE_DB: '', ...env } });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /serving (http:\/\/[^/\s]+)\/api/.exec(out);
      if (m) resolve({ child, url: m[1]!, line: out, err: () => err });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => { child.once('exit', (code) => resolve(code)); child.kill('SIGTERM'); });
}

test('serve binds 127.0.0.1 by default, read-only without a token', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const db = join(dir, 's.db');
  await (await openStore(db)).close();
  try {
    const { child, url, line } = await serve(['--db', db]);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.match(line, /read-only/);
    let health = { warming: 1 };
    // the readers' warm-up on an empty store is one query; the health reply says when it is over
    for (let i = 0; i < 100 && health.warming; i++) {
      health = (await (await fetch(`${url}/api/health`)).json()) as { warming: number };
      if (health.warming) await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(health, { status: 'ok', articles: 0, events: 0, writable: false, filling: [], indexing: [], warming: 0 });
    const write = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body: '{"text":"x"}' });
    assert.equal(write.status, 403);
    assert.equal(await stop(child), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve --token-file enables writes with that token', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const tokenFile = join(dir, 'token');
  writeFileSync(tokenFile, 'file-token-77\n');
  let running: ChildProcess | null = null;
  try {
    const { child, url } = await serve(['--db', join(dir, 'new.db'), '--token-file', tokenFile]);
    running = child;
    const body = JSON.stringify({ text: 'Chile and Peru signed a trade agreement in Lima on Friday, the two governments said.', published: '2023-03-03' });
    const wrong = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer x' }, body });
    assert.equal(wrong.status, 401);
    const right = await fetch(`${url}/api/ingest`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer file-token-77' }, body });
    assert.equal(right.status, 200);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { articles: number; writable: boolean };
    assert.equal(health.articles, 1);
    assert.equal(health.writable, true);
    running = null;
    assert.equal(await stop(child), 0);
  } finally {
    running?.kill('SIGKILL'); // a failed assertion must not leave the server holding the test process open
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve refuses a missing store when read-only, and a bad port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  try {
    const env = { ...process.env, ENTENTE_TOKEN: '', ENTENTE_DB: '' };
    const missing = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'none.db')], { encoding: 'utf8', env });
    assert.equal(missing.status, 66);
    assert.match(missing.stderr, /no store at/);
    const port = spawnSync(process.execPath, [BIN, 'serve', '--db', join(dir, 'none.db'), '--port', '70000'], { encoding: 'utf8', env: { ...env, ENTENTE_TOKEN: 't' } });
    assert.equal(port.status, 64);
    assert.match(port.stderr, /--port/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve on an older big store answers at once and builds the new migrations\' indexes in the background, saying so', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-serve-'));
  const db = join(dir, 'old.db');
  let child: ChildProcess | null = null;
  try {
    await filled(db);
    asBefore013(db);
    // the size from which indexes wait, lowered so three events count as a big store
    const served = await serve(['--db', db], { ENTENTE_DEFER_INDEXES_FROM: '1' });
    child = served.child;
    const events = (await (await fetch(`${served.url}/api/events?limit=10`)).json()) as { items: unknown[] };
    assert.equal(events.items.length, 3, 'reads answer while the indexes wait or build');
    let health = { indexing: ['?'] };
    for (let i = 0; i < 200 && health.indexing.length; i++) {
      health = (await (await fetch(`${served.url}/api/health`)).json()) as { indexing: string[] };
      if (health.indexing.length) await new Promise((r) => setTimeout(r, 50));
    }
    assert.deepEqual(health.indexing, []);
    assert.equal(await stop(child), 0);
    child = null;
    assert.match(served.err(), /building 6 indexes added by migrations 13, 15, 16 in the background/);
    assert.match(served.err(), /built 6 indexes in [\d.]+ s \(.*sum_party_day_cover.*events_coarse\)/);
    const again = await openStore(db);
    assert.deepEqual(await again.pendingIndexes(), []);
    await again.close();
  } finally {
    child?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});
