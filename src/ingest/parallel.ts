// Parallel ingest: workers run intake and the NLP stages; this (main) thread is the only store
// writer and writes in input order, so a parallel run stores exactly what a serial run would.
// Stories are committed (several per transaction when they queue up) before they are counted, so a crash or Ctrl-C
// loses nothing reported as stored, and a rerun skips what is stored before annotating it.
import type { Store } from '../store/index.js';
import type { Doc, RawInput } from '../types.js';
import { readInputs, type InputError } from '../intake/sources.js';
import { codable } from '../doc.js';
import { adoptSignature } from '../store/signatures.js';
import { storeDocs, storeSkip, type ItemOutcome } from './item.js';
import { AnnotatePool } from './pool.js';
import type { WorkerAccount } from './messages.js';
import { at } from '../at.js';

export interface ParallelOptions {
  workers: number;
  published?: string;
  actorFiles?: string[];
  /** Aborting stops reading inputs; those in flight are still written. */
  stop?: AbortSignal;
  /** Inputs read but not yet written, at most (bounds memory); default 4 per worker plus two commit batches (16, growing to 64). */
  window?: number;
  timeoutMs?: number;
}

/** Most stories written in one transaction (as many as the in-process path's, run.ts). */
const MAX_BATCH = 128;
/**
 * A commit costs the writer about as much as the rows of a story (a story touches ~240 pages of
 * some 40 b-trees, each written to the WAL once per commit): when fewer than the linger target are
 * ready in order and more are being annotated, the writer waits up to LINGER_MS for them, so they
 * share one commit. Nothing is reported before its commit, so the promise is unchanged.
 * The target starts at FIRST_BATCH, so the first stories are reported soon and a short run keeps
 * few in flight, and grows with what is written to LINGER_BATCH: 64 rather than 16 per commit cut
 * WAL frames per story from 59 to 28 and the writer's CPU per story by about an eighth (longer
 * half of the bench corpus, 1 and 2 workers); one worker needs ~1 s for 64 long stories.
 */
const FIRST_BATCH = 16;
const LINGER_BATCH = 64;
const LINGER_MS = 2000;

/** Inputs from a worker: the intaken Doc, later the annotated one, or an error. */
type Outcome = { input: RawInput; doc: Doc } | { error: InputError };

/** How a parallel ingest ended. */
export interface ParallelResult {
  /** Every input was read (not stopped). */
  complete: boolean;
  /** Each worker's CPU, start-up and idle time (see thread-cpu.ts). */
  workers: WorkerAccount[];
}

/** Ingest `paths` through a worker pool. */
export async function ingestParallel(store: Store, paths: string[], settled: (o: ItemOutcome) => void, opts: ParallelOptions): Promise<ParallelResult> {
  const pool = new AnnotatePool(opts.workers, opts.actorFiles ? { actorFiles: opts.actorFiles } : {}, opts.timeoutMs);
  const target = (): number => Math.min(LINGER_BATCH, Math.max(FIRST_BATCH, written));
  // room for a batch being written, the next one gathering meanwhile and 4 stories per worker in annotation
  const window = (): number => Math.max(1, opts.window ?? opts.workers * 4 + 2 * target());
  const ready = new Map<number, Outcome>();
  let issued = 0;
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  let wake: (() => void) | null = null;
  /** Set while the writer lingers for more ready stories; settle() calls it. */
  let arrived: (() => void) | null = null;
  const readyRun = (): number => {
    let n = 0;
    while (ready.has(written + n)) n++;
    return n;
  };
  const linger = async (): Promise<void> => {
    const want = Math.min(target(), issued - written);
    const deadline = Date.now() + LINGER_MS;
    while (readyRun() < want && writeError === null) {
      const left = deadline - Date.now();
      if (left <= 0) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        arrived = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      arrived = null;
    }
  };
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  // Writes every outcome that is next in input order; chained so writes never interleave.
  const flush = (): void => {
    writing = writing.then(async () => {
      while (writeError === null && ready.has(written)) {
        await linger();
        // group commit: every outcome ready in order (while the last batch was written) in one transaction
        const run: Outcome[] = [];
        while (run.length < MAX_BATCH && ready.has(written + run.length)) run.push(ready.get(written + run.length)!);
        for (let k = 0; k < run.length; k++) ready.delete(written + k);
        try {
          const stored = await storeDocs(store, run.filter((o): o is Extract<Outcome, { doc: Doc }> => !('error' in o)));
          let d = 0;
          for (const o of run) settled('error' in o ? await storeSkip(store, o.error.path, o.error.reason) : at(stored, d++));
        } catch (e) {
          writeError = e; // the store failed (disk full, locked): stop, report, keep what is committed
        }
        written += run.length;
        notify();
      }
    });
  };
  const settle = (seq: number, o: Outcome): void => {
    ready.set(seq, o);
    arrived?.();
    flush();
  };

  // Intake on a worker; if the article is new and codable, its annotation on the same worker.
  const work = async (seq: number, input: RawInput): Promise<void> => {
    const label = input.path ?? input.id ?? `input ${seq + 1}`;
    const first = await pool.intake(seq, input);
    if (!('doc' in first)) {
      pool.drop(seq);
      return settle(seq, { error: { path: label, reason: 'failed' in first ? first.failed : 'internal: no intake result' } });
    }
    let doc = first.doc;
    if (first.signature) adoptSignature(doc, first.signature);
    if (codable(doc) && !(await store.findDuplicate(doc))) {
      const second = await pool.annotate(seq);
      if (!('layers' in second)) return settle(seq, { error: { path: label, reason: 'failed' in second ? second.failed : 'internal: no annotation result' } });
      // the intaken Doc (same article object: its signature stays) with the layers the stages added
      doc = { ...doc, ...second.layers };
    } else pool.drop(seq);
    settle(seq, { input, doc });
  };

  const stopped = new Promise<'stop'>((resolve) => {
    if (opts.stop?.aborted) resolve('stop');
    opts.stop?.addEventListener('abort', () => resolve('stop'), { once: true });
  });
  const inputs = readInputs(paths)[Symbol.asyncIterator]();
  let complete = false;
  let workers: WorkerAccount[] = [];
  try {
    for (;;) {
      while (issued - written >= window() && writeError === null) await new Promise<void>((r) => (wake = r));
      if (writeError !== null) break;
      const next = await Promise.race([inputs.next(), stopped]);
      if (next === 'stop') break;
      if (next.done) {
        complete = true;
        break;
      }
      const seq = issued++;
      const item = next.value;
      if ('reason' in item) settle(seq, { error: item });
      else void work(seq, { ...item, published: opts.published ?? item.published }).catch((e) => settle(seq, { error: { path: item.path ?? `input ${seq + 1}`, reason: `internal: ${String(e)}` } }));
    }
    // drain: everything read is written before returning, even when stopped
    while (written < issued && writeError === null) await new Promise<void>((r) => (wake = r));
    await writing;
  } finally {
    if (!complete) void inputs.return?.(undefined);
    workers = await pool.close();
  }
  if (writeError !== null) throw writeError;
  return { complete, workers };
}
