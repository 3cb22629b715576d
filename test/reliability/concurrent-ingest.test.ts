// Two real `entente ingest` processes writing into one store at once, with overlapping inputs
// (a third of the stories reach both), must leave exactly the events of one clean run over the
// union: every article once, every event once, field for field. On SQLite and on PostgreSQL
// (skipped with the reason when the local server is not reachable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../src/data.js';
import { BACKENDS } from '../store/backends.js';
import { story } from './stories.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');
const N = 30;

function writeStories(dir: string, from: number, to: number): string {
  mkdirSync(dir, { recursive: true });
  for (let i = from; i < to; i++) writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.txt`), story(500 + i, 8));
  return dir;
}

function ingest(target: string, inputs: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'ingest', ...inputs, '--db', target, '--workers', '1', '--progress', 'off'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (b) => (err += b));
    child.on('exit', (code) => resolve({ code, err }));
  });
}

function eventDump(target: string): string {
  const run = spawnSync(process.execPath, [BIN, 'events', '--db', target, '--format', 'jsonl', '--all'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stderr);
  // one line per event; the order of equal-dated events may follow storage order, so compare as a set
  return run.stdout.split('\n').filter(Boolean).sort().join('\n');
}

for (const backend of BACKENDS) {
  test(`two ingest processes with overlapping inputs store the events of one clean run [${backend.name}]`, async (t) => {
    const why = await backend.unavailable();
    if (why) { t.skip(why); return; }
    const dir = mkdtempSync(join(tmpdir(), 'entente-concurrent-'));
    const shared = await backend.make();
    const clean = await backend.make();
    try {
      // A reads stories 0..19, B reads 10..29 (and the overlap again, in another folder)
      const a = writeStories(join(dir, 'a'), 0, 20);
      const b = writeStories(join(dir, 'b'), 10, N);
      const all = writeStories(join(dir, 'all'), 0, N);
      const [ra, rb] = await Promise.all([ingest(shared.target, [a]), ingest(shared.target, [b])]);
      assert.equal(ra.code, 0, ra.err);
      assert.equal(rb.code, 0, rb.err);
      const rc = await ingest(clean.target, [all]);
      assert.equal(rc.code, 0, rc.err);
      const expected = eventDump(clean.target);
      assert.ok(expected.split('\n').length > N, 'the corpus codes events');
      assert.equal(eventDump(shared.target), expected);
    } finally {
      await shared.cleanup();
      await clean.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
