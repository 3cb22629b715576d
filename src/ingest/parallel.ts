// Parallel ingest: workers run intake and the NLP stages; this (main) thread is the only store
// writer and writes in input order, so a parallel run stores exactly what a serial run would.
// Each article is committed in its own transaction before it is counted, so a crash or Ctrl-C
// loses nothing reported as stored, and a rerun skips what is stored before annotating it.
import type { Store } from '../store/index.js';
import type { Doc, RawInput } from '../types.js';
import { readInputs, type InputError } from '../intake/sources.js';
import { codable } from '../pipeline.js';
import { AnnotatePool } from './pool.js';

/** What the writer needs from the ingest command: the tally type and the two ways to record. */
export interface Recorder<T> {
  tally: T;
  /** Store an intaken (and, when wanted, annotated) Doc and count it. */
  record(store: Store, input: RawInput, doc: Doc): Promise<void>;
  /** Count and log an input that gave no Doc. */
  skip(store: Store, item: InputError): Promise<void>;
  /** Called after each input is settled (progress display). */
  settled?(): void;
}

export interface ParallelOptions {
  workers: number;
  published?: string;
  actorFiles?: string[];
  /** Aborting stops reading inputs; those in flight are still written. */
  stop?: AbortSignal;
  /** Inputs read but not yet written, at most (bounds memory); default 4 per worker. */
  window?: number;
  timeoutMs?: number;
}

/** Inputs from a worker: the intaken Doc, later the annotated one, or an error. */
type Outcome = { input: RawInput; doc: Doc } | { error: InputError };

/** Ingest `paths` through a worker pool. Returns true when every input was read (not stopped). */
export async function ingestParallel<T>(store: Store, paths: string[], rec: Recorder<T>, opts: ParallelOptions): Promise<boolean> {
  const pool = new AnnotatePool(opts.workers, opts.actorFiles ? { actorFiles: opts.actorFiles } : {}, opts.timeoutMs);
  const window = Math.max(1, opts.window ?? opts.workers * 4);
  const ready = new Map<number, Outcome>();
  let issued = 0;
  let written = 0;
  let writing: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  let wake: (() => void) | null = null;
  const notify = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };

  // Writes every outcome that is next in input order; chained so writes never interleave.
  const flush = (): void => {
    writing = writing.then(async () => {
      while (writeError === null && ready.has(written)) {
        const o = ready.get(written)!;
        ready.delete(written);
        try {
          if ('error' in o) await rec.skip(store, o.error);
          else await rec.record(store, o.input, o.doc);
        } catch (e) {
          writeError = e; // the store failed (disk full, locked): stop, report, keep what is committed
        }
        written++;
        rec.settled?.();
        notify();
      }
    });
  };
  const settle = (seq: number, o: Outcome): void => {
    ready.set(seq, o);
    flush();
  };

  // Intake on a worker; if the article is new and codable, its annotation on the same worker.
  const work = async (seq: number, input: RawInput): Promise<void> => {
    const label = input.path ?? input.id ?? `input ${seq + 1}`;
    const first = await pool.intake(seq, input);
    if ('failed' in first) {
      pool.drop(seq);
      return settle(seq, { error: { path: label, reason: first.failed } });
    }
    let doc = first.doc;
    if (codable(doc) && !(await store.findDuplicate(doc))) {
      const second = await pool.annotate(seq);
      if ('failed' in second) return settle(seq, { error: { path: label, reason: second.failed } });
      doc = second.doc;
    } else pool.drop(seq);
    settle(seq, { input, doc });
  };

  const stopped = new Promise<'stop'>((resolve) => {
    if (opts.stop?.aborted) resolve('stop');
    opts.stop?.addEventListener('abort', () => resolve('stop'), { once: true });
  });
  const inputs = readInputs(paths)[Symbol.asyncIterator]();
  let complete = false;
  try {
    for (;;) {
      while (issued - written >= window && writeError === null) await new Promise<void>((r) => (wake = r));
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
    await pool.close();
  }
  if (writeError !== null) throw writeError;
  return complete;
}
