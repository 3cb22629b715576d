// One annotation worker thread: intake, then (when the main thread asks) the NLP stages.
// The main thread owns the store; a worker never writes. Messages: see pool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { intake } from '../intake/index.js';
import { createPipeline } from '../pipeline.js';
import { signature } from '../dedup/index.js';
import type { Doc } from '../types.js';
import { threadCpuSeconds } from './thread-cpu.js';
import type { AnnotatedLayers, ToWorker, FromWorker, WorkerSetup } from './messages.js';

const setup = (workerData ?? {}) as WorkerSetup;
// This thread's pipeline: the user's actor files, when given, are known to it alone.
const pipeline = createPipeline(setup.actorFiles ? { actorFiles: setup.actorFiles } : {});
const startupCpu = threadCpuSeconds();

/** Docs between their intake and the main thread's decision (annotate or drop), by sequence number. */
const held = new Map<number, Doc>();
const port = parentPort!;
const reply = (m: FromWorker): void => port.postMessage(m);
const why = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Wall time spent handling messages, and when the first came: the rest since then was waiting. */
let busyMs = 0;
let firstAt: number | null = null;

port.on('message', (m: ToWorker) => {
  const t0 = performance.now();
  firstAt ??= t0;
  handle(m);
  busyMs += performance.now() - t0;
});

function handle(m: ToWorker): void {
  if (m.kind === 'intake') {
    // intake never throws by contract; a throw here is still reported, never fatal to the worker
    try {
      const doc = intake(m.input);
      held.set(m.seq, doc);
      reply({ kind: 'doc', seq: m.seq, doc, signature: signature(doc.article.body) });
    } catch (e) {
      reply({ kind: 'failed', seq: m.seq, reason: `intake failed: ${why(e)}` });
    }
  } else if (m.kind === 'annotate') {
    const doc = held.get(m.seq);
    held.delete(m.seq);
    if (!doc) return reply({ kind: 'failed', seq: m.seq, reason: 'internal: no document held for this input' });
    try {
      pipeline.runStages(doc);
      reply({ kind: 'annotated', seq: m.seq, layers: layersOf(doc) });
    } catch (e) {
      reply({ kind: 'failed', seq: m.seq, reason: `annotation failed: ${why(e)}` });
    }
  } else if (m.kind === 'drop') {
    held.delete(m.seq);
  } else if (m.kind === 'cpu') {
    const idle = firstAt === null ? null : (performance.now() - firstAt - busyMs) / 1000;
    reply({ kind: 'cpu', seq: m.seq, account: { cpu: threadCpuSeconds(), startupCpu, idle } });
  }
}

/** Only what the stages added and the store writes goes back (see AnnotatedLayers). */
function layersOf(doc: Doc): AnnotatedLayers {
  const { actors, times, places, events, nonFactual, quotes, messages } = doc;
  return { actors, times, places, events, nonFactual, quotes, messages };
}
