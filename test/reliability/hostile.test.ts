// The hostile batch (hostile.ts) through `entente ingest`, serial and with worker threads: every
// bad input is skipped or left uncoded with a recorded reason, every good one is stored, the
// process exits 0, and both modes store the same articles and events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/data.js';
import { writeHostileBatch, type HostileFile } from './hostile.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');

function ingest(dir: string, db: string, workers: number) {
  const r = spawnSync(process.execPath, [BIN, 'ingest', dir, '--db', db, '--workers', String(workers), '--progress', 'off'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr, signal: r.signal };
}

function snapshot(db: string): { articles: string[]; events: string[]; log: { path: string; reason: string }[] } {
  const d = new Database(db, { readonly: true });
  try {
    return {
      articles: (d.prepare('SELECT id FROM articles ORDER BY id').all() as { id: string }[]).map((r) => r.id),
      events: (d.prepare('SELECT id || type FROM events ORDER BY id').pluck().all() as string[]),
      log: d.prepare('SELECT path, reason FROM intake_log').all() as { path: string; reason: string }[],
    };
  } finally {
    d.close();
  }
}

function check(files: HostileFile[], dir: string, out: string, snap: ReturnType<typeof snapshot>): void {
  const lines = (kind: string, f: HostileFile) => out.split('\n').filter((l) => l.startsWith(`  ${kind} ${join(dir, f.name)}:`));
  for (const f of files) {
    const skipped = lines('skipped', f);
    const uncoded = lines('not coded', f);
    const logged = snap.log.filter((l) => l.path === join(dir, f.name));
    if (f.expect === 'stored') assert.deepEqual(skipped, [], `${f.what} (${f.name}) should be stored`);
    if (f.expect === 'skipped') {
      assert.ok(skipped.length > 0, `${f.what} (${f.name}) should be skipped with a reason`);
      assert.ok(logged.length > 0 && logged.every((l) => l.reason.trim().length > 5), `${f.name}: reason recorded in the store`);
    }
    if (f.expect === 'uncoded') assert.match(uncoded.join('\n'), /not English/, `${f.what} (${f.name}) should be stored, not coded, as not English`);
    if (f.expect === 'mixed') assert.ok(skipped.length > 0 && logged.length > 0, `${f.what} (${f.name}): its bad records are reported and logged`);
  }
  const expected = files.reduce((n, f) => n + (f.expect === 'stored' || f.expect === 'uncoded' ? 1 : f.expect === 'mixed' ? f.good ?? 0 : 0), 0);
  assert.equal(snap.articles.length, expected, `articles stored:\n${out}`);
}

test('hostile inputs: each bad one skipped with a reason, the good ones stored, nothing crashes (serial and 2 workers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));
  try {
    const batch = join(dir, 'batch');
    const files = writeHostileBatch(batch);
    const serial = ingest(batch, join(dir, 'serial.db'), 0);
    assert.equal(serial.code, 0, `serial ingest failed (${serial.signal}): ${serial.err}`);
    const a = snapshot(join(dir, 'serial.db'));
    check(files, batch, serial.out, a);
    const parallel = ingest(batch, join(dir, 'parallel.db'), 2);
    assert.equal(parallel.code, 0, `parallel ingest failed (${parallel.signal}): ${parallel.err}`);
    const b = snapshot(join(dir, 'parallel.db'));
    check(files, batch, parallel.out, b);
    assert.deepEqual(b.articles, a.articles, 'same articles with workers');
    assert.deepEqual(b.events, a.events, 'same events with workers');
    assert.equal(parallel.out.replace(/^store now.*$/m, ''), serial.out.replace(/^store now.*$/m, ''), 'same report');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
