// A local ingest killed outright (SIGKILL, no chance to clean up) loses nothing it had reported
// as stored, and a rerun stores every article exactly once. Also: Ctrl-C (SIGINT) drains and
// exits non-zero with a summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../../src/data.js';
import { story } from './stories.js';

const BIN = join(repoRoot(), 'dist', 'src', 'cli', 'main.js');
// Far more stories than the ingest holds in flight at its first commit (2 workers x 4 + two commit
// batches of 16 = 40): under load the commits after the first come in bursts (16, 16, 32, 64 ...
// as they grow), and with 36 stories a burst once took them all before the poll below saw the first.
const N = 240;
const N_INTERRUPT = 96;

function corpus(n = N): { dir: string; input: string } {
  const dir = mkdtempSync(join(tmpdir(), 'entente-kill-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  for (let i = 0; i < n; i++) writeFileSync(join(input, `story-${String(i).padStart(3, '0')}.txt`), story(i, 12));
  return { dir, input };
}

function storedCount(db: string): number {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet, or the schema is not written yet
  }
}

/** Start an ingest, wait until `atLeast` articles are committed, then send `signal`. */
async function interrupted(input: string, db: string, atLeast: number, signal: NodeJS.Signals) {
  const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '2', '--progress', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (b) => (out += b));
  child.stderr.on('data', (b) => (err += b));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let sent = false;
  for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 50) {
    if (storedCount(db) >= atLeast) {
      child.kill(signal);
      sent = true;
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const code = await exited;
  return { code, out, err, sent };
}

/** Every event a store holds, as `entente events --format jsonl --all` prints them. */
function eventDump(db: string): string {
  const run = spawnSync(process.execPath, [BIN, 'events', '--db', db, '--format', 'jsonl', '--all'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The events of one uninterrupted run over the same input, for comparison. */
function cleanRunEvents(input: string, dir: string): string {
  const db = join(dir, 'clean.db');
  const run = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '2', '--progress', 'off'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return eventDump(db);
}

function resumeAndCheck(input: string, db: string, n = N): void {
  const again = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--workers', '2', '--progress', 'off'], { encoding: 'utf8' });
  assert.equal(again.status, 0, again.stderr);
  const d = new Database(db, { readonly: true });
  try {
    const articles = (d.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    assert.equal(articles, n, 'every story stored after the rerun');
    // exactly once: one source row per article, and no input recorded twice
    const sources = d.prepare('SELECT article_id, count(*) AS n FROM article_sources GROUP BY article_id HAVING n > 1').all();
    assert.deepEqual(sources, [], 'no article recorded twice');
    const events = d.prepare('SELECT article_id, local_id, count(*) AS n FROM events GROUP BY article_id, local_id HAVING n > 1').all();
    assert.deepEqual(events, []);
  } finally {
    d.close();
  }
  // the interrupted-and-resumed store holds exactly the events of a clean run, field for field
  const clean = cleanRunEvents(input, join(db, '..'));
  assert.ok(clean.split('\n').filter(Boolean).length > N, 'the corpus codes events');
  assert.equal(eventDump(db), clean, 'resumed run and clean run give the same events');
}

test('SIGKILL mid-ingest, then a rerun: every article stored exactly once, nothing reported is lost', async () => {
  const { dir, input } = corpus();
  const db = join(dir, 'kill.db');
  try {
    const run = await interrupted(input, db, 5, 'SIGKILL');
    assert.ok(run.sent, `ingest finished before it could be killed: ${run.out}`);
    const after = storedCount(db);
    assert.ok(after >= 5 && after < N, `killed part way (${after} of ${N} stored)`);
    // every progress line printed before the kill reported only committed articles
    for (const line of run.err.split('\n').filter((l) => l.startsWith('{'))) {
      const p = JSON.parse(line) as { added: number };
      assert.ok(p.added <= after, `progress said ${p.added} stored, the store holds ${after}`);
    }
    resumeAndCheck(input, db);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('SIGINT mid-ingest: in-flight articles are written, exit 130 with a summary; a rerun completes', async () => {
  // More stories than the ingest keeps in flight (2 workers x 4 + two commit batches of 16 at the start), and the signal
  // at the first commit: with fewer, every story could already be read and in flight when Ctrl-C comes,
  // and the run would rightly finish them all and exit 0.
  const { dir, input } = corpus(N_INTERRUPT);
  const db = join(dir, 'int.db');
  try {
    const run = await interrupted(input, db, 1, 'SIGINT');
    assert.ok(run.sent, `ingest finished before it could be interrupted: ${run.out}`);
    assert.equal(run.code, 130, run.err);
    const m = /articles added: (\d+)/.exec(run.out);
    assert.ok(m, `summary printed: ${run.out}`);
    assert.equal(Number(m[1]), storedCount(db), 'the summary counts what the store holds');
    assert.match(run.out, /run the same command again to resume/);
    resumeAndCheck(input, db, N_INTERRUPT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
