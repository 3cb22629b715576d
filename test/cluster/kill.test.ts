// Several `entente worker` processes share one queue and one store; one is SIGKILLed while it
// holds a job and started again. Its job must be handed out again (at-least-once), and the
// store must end up with every article once and every event once, exactly as one sequential
// `entente ingest` of the same items stores them. A poison job goes dead with its reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enqueuePaths } from '../../src/cluster/enqueue.js';
import { openQueue } from '../../src/cluster/queue.js';
import { queueDepth, retryDead } from '../../src/cluster/status.js';
import { openStore, type Store } from '../../src/store/index.js';
import { repoRoot } from '../../src/data.js';
import { makeCorpus, writeCorpus } from './corpus.js';
import { BIN, REDIS_URL, redisUnavailable, waitFor, WorkerProcess } from './services.js';
import { clusterStore } from './stores.js';

const ARTICLES = 24;
const WORKERS = 3;
// short locks so a killed worker's job comes back within the test; generous stall allowance
// because annotation blocks the event loop and a loaded machine can be slow
const WORKER_FLAGS = ['--lock-ms', '4000', '--stalled-ms', '1000', '--max-stalled', '10'];

/** What must not differ between the cluster's store and the sequential reference. */
async function contents(store: Store) {
  const c = await store.counts();
  const events = await store.events({ includeNonFactual: true, limit: 100_000 });
  const keys = events.map((e) => `${e.id}|${e.event}|${e.span[0]}-${e.span[1]}|${e.actor.map((a) => a.code).join('+')}>${e.recipient.map((a) => a.code).join('+')}`).sort();
  return { counts: { articles: c.articles, events: c.events, nonFactual: c.nonFactual, duplicates: c.duplicates, skipped: c.skipped }, keys };
}

/** Runs the CLI without blocking the event loop (several may run at once). */
function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.once('close', (code) => resolve({ code: code ?? -1, out, err }));
  });
}

test('workers share a queue and a store: one SIGKILLed mid-batch, every article stored once, a poison job dead with its reason', { timeout: 150_000 }, async (t) => {
  const why = await redisUnavailable();
  if (why) { t.skip(why); return; }
  const target = await clusterStore();
  if ('skip' in target) { t.skip(target.skip); return; }
  t.diagnostic(`shared store: ${target.backend}`);
  const started = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'entente-cluster-'));
  const corpus = join(dir, 'corpus.jsonl');
  writeCorpus(corpus, makeCorpus(ARTICLES));
  const queueName = `entente-test-${process.pid}-${Date.now()}`;
  const q = openQueue(REDIS_URL, queueName);
  const workers: WorkerProcess[] = [];
  const spawnWorker = () => {
    // one in three runs two jobs at once, so concurrent ingests within a process are covered too
    const concurrency = workers.length % 3 === 1 ? '2' : '1';
    const w = new WorkerProcess(['--redis', REDIS_URL, '--queue', queueName, '--db', target.url, '--concurrency', concurrency, ...WORKER_FLAGS]);
    workers.push(w);
    return w;
  };
  // the reference: the same items through one sequential ingest, in parallel with the workers
  const refDb = join(dir, 'reference.db');
  const reference = new Promise<number | null>((resolve) =>
    spawn(process.execPath, [BIN, 'ingest', corpus, '--db', refDb], { cwd: repoRoot(), stdio: 'ignore' }).once('exit', resolve));
  try {
    // workers start, the reference runs and the items are queued, all at once
    const pool = Array.from({ length: WORKERS }, spawnWorker);
    const enq = await cli(['enqueue', corpus, '--redis', REDIS_URL, '--queue', queueName, '--attempts', '3', '--backoff-ms', '100']);
    assert.equal(enq.code, 0, enq.err);
    assert.match(enq.out, new RegExp(`jobs queued: ${ARTICLES} `));
    // a job that passes the schema but whose gzip body is corrupt: fails on every try
    await q.add('ingest', { v: 1, kind: 'text', encoding: 'gzip', body: 'bm90IGd6aXAgYXQgYWxs', meta: { path: 'poison.txt' } },
      { jobId: 'poison-1', attempts: 3, backoff: { type: 'exponential', delay: 100 } });
    await Promise.race(pool.map((w) => w.ready));

    // once a few items are stored, kill a worker that holds one; if its job finished in the
    // instant before the signal, go again with another
    const killed = new Set<string>();
    const redelivered: string[] = [];
    for (let round = 0; round < 3 && redelivered.length === 0; round++) {
      const [victim, held] = await waitFor('a worker holding a job mid-batch', 60_000, async () => {
        const done = (await q.getJobCounts('completed'))['completed'] ?? 0;
        if (done < 3 && round === 0) return undefined;
        const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
        for (const job of await q.getActive()) {
          const w = live.find((x) => x.name === job.processedBy);
          if (w) return [w, String(job.id)] as const;
        }
        return undefined;
      }, 15);
      victim.child.kill('SIGKILL');
      await victim.exited;
      killed.add(victim.name);
      t.diagnostic(`round ${round + 1}: SIGKILLed worker ${victim.name} holding ${held} at ${Date.now() - started} ms`);
      const job = await q.getJob(held);
      // completed by the victim means it finished just before the signal landed
      if (!(job?.finishedOn && job.processedBy === victim.name)) redelivered.push(held);
      spawnWorker();
    }
    assert.ok(redelivered.length > 0, 'the killed worker never held an unfinished job');

    const drained = await waitFor('the queue to drain', 60_000, async () => {
      const c = await q.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      return c['completed'] === ARTICLES && c['failed'] === 1 && !c['waiting'] && !c['active'] && !c['delayed'] ? c : undefined;
    }, 200);
    t.diagnostic(`drained after ${Date.now() - started} ms: ${JSON.stringify(drained)}`);
    const shown = await cli(['queue', '--redis', REDIS_URL, '--queue', queueName, '--dead']);

    await t.test('the killed worker\'s job was handed out again and completed', async () => {
      for (const id of redelivered) {
        const job = await q.getJob(id);
        assert.equal(await job?.getState(), 'completed', `job ${id}`);
        assert.ok(!killed.has(job?.processedBy ?? ''), `job ${id} completed by a worker that was killed`);
      }
    });

    await t.test('every article is stored once and every event once, as a sequential ingest stores them', async () => {
      assert.equal(await reference, 0, 'reference ingest failed');
      const ref = await openStore(refDb);
      const got = await openStore(target.url);
      try {
        const want = await contents(ref);
        assert.equal(want.counts.duplicates, 0, 'the test corpus should hold no near copies');
        assert.equal(want.counts.articles, ARTICLES);
        const have = await contents(got);
        assert.deepEqual(have.counts, want.counts);
        assert.equal(new Set(have.keys).size, have.keys.length, 'an event is stored twice');
        assert.deepEqual(have.keys, want.keys);
      } finally {
        await ref.close();
        await got.close();
      }
    });

    await t.test('the poison job is dead after its 3 tries, with the reason', async () => {
      const job = await q.getJob('poison-1');
      assert.equal(await job?.getState(), 'failed');
      assert.equal(job?.attemptsMade, 3);
      assert.match(job?.failedReason ?? '', /^corrupt job body \(gzip\): /);
      assert.equal(shown.code, 0, shown.err);
      assert.match(shown.out, new RegExp(`completed ${ARTICLES}, failed \\(to retry\\) 0, dead 1`));
      assert.match(shown.out, /poison-1\s+poison\.txt\s+3\s+\S+\s+.*(header|gzip)/i);
      assert.deepEqual(await queueDepth(q), { waiting: 0, active: 0, completed: ARTICLES, failed: 0, dead: 1 });
    });

    await t.test('retry-dead puts the dead job back with its tries reset; it dies again after 3 more', async () => {
      const before = (await q.getJob('poison-1'))?.finishedOn ?? 0;
      assert.equal(await retryDead(q), 1);
      const job = await waitFor('the poison job to die again', 30_000, async () => {
        const j = await q.getJob('poison-1');
        return j && (j.finishedOn ?? 0) > before && (await j.isFailed()) ? j : undefined;
      }, 100);
      assert.equal(job.attemptsMade, 3);
      assert.deepEqual(await queueDepth(q), { waiting: 0, active: 0, completed: ARTICLES, failed: 0, dead: 1 });
    });

    await t.test('enqueueing the same items again adds no job', async () => {
      const again = await enqueuePaths(q, [corpus]);
      assert.deepEqual({ queued: again.queued, alreadyQueued: again.alreadyQueued }, { queued: 0, alreadyQueued: ARTICLES });
    });

    await t.test('SIGTERM lets the active job finish, then the worker exits 0', async () => {
      const extra = join(dir, 'extra.jsonl');
      writeCorpus(extra, makeCorpus(1, 99).map((r) => ({ ...r, id: 'late-story' })));
      assert.equal((await enqueuePaths(q, [extra])).queued, 1);
      const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
      const [holder, id] = await waitFor('a worker taking the late job', 30_000, async () => {
        for (const job of await q.getActive()) {
          const w = live.find((x) => x.name === job.processedBy);
          if (w) return [w, String(job.id)] as const;
        }
        return undefined;
      }, 10);
      holder.child.kill('SIGTERM');
      assert.equal(await holder.exited, 0, holder.log);
      const job = await q.getJob(id);
      assert.equal(await job?.getState(), 'completed');
      assert.equal(job?.processedBy, holder.name);
      assert.match(holder.log, /SIGTERM: finishing active jobs[\s\S]*stopped/);
    });

    const kills = workers.length - WORKERS;
    const stalled = new Set(workers.flatMap((w) => [...w.log.matchAll(/ stalled (\S+): /g)].map((m) => m[1])));
    t.diagnostic(`total ${Date.now() - started} ms, ${kills} kill(s); stalled jobs handed out again: ${[...stalled].join(', ') || 'none logged'}`);
  } finally {
    const teardown = Date.now();
    await Promise.all(workers.map((w) => w.stop()));
    const stopped = Date.now() - teardown;
    await reference;
    await q.obliterate({ force: true }).catch(() => undefined);
    await q.close();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
    t.diagnostic(`teardown ${Date.now() - teardown} ms (workers stopped in ${stopped} ms)`);
  }
});
