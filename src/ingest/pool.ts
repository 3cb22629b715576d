// A fixed pool of annotation workers (worker_threads). Each input is pinned to one worker from
// its intake to its annotation, since the worker holds the intake Doc in between. A worker that
// dies (out of memory on a hostile input, a native crash) fails only its own inputs, with a
// reason, and is replaced.
import { Worker } from 'node:worker_threads';
import type { Doc, RawInput } from '../types.js';
import type { AnnotatedLayers, FromWorker, ToWorker, WorkerAccount, WorkerSetup } from './messages.js';

/** What a worker sends back for one request: the intaken Doc, the layers annotation added, or why there are none. */
export type WorkResult = { doc: Doc; signature?: Uint32Array } | { layers: AnnotatedLayers } | { failed: string } | { account: WorkerAccount };

/** How long close() waits for a worker's account. */
const CPU_REPLY_MS = 1000;

interface Slot {
  worker: Worker;
  /** Requests sent and not yet answered, by sequence number. */
  waiting: Map<number, (r: WorkResult) => void>;
  /** Inputs pinned to this worker (intake done or under way, not yet annotated or dropped). */
  pinned: number;
  /** Set before terminating a stuck worker, so its inputs fail with the real reason. */
  deathReason?: string;
}

const WORKER_URL = new URL('./worker.js', import.meta.url);
/**
 * A worker's live heap is ~130 MB (the dictionaries) and stays flat, but V8 lets garbage pile up
 * to several times that before a full collection: 2 workers peaked at 710-740 MB RSS. A 256 MB
 * old space makes them collect sooner (2 workers: 580 MB) for a few percent more GC time.
 */
const WORKER_OLD_SPACE_MB = 256;

export class AnnotatePool {
  private readonly slots: Slot[] = [];
  private readonly bySeq = new Map<number, Slot>();
  private closed = false;

  /**
   * @param timeoutMs longest one request may take; the worker is then stopped and replaced, so one
   *   pathological input cannot stall the whole ingest.
   */
  constructor(readonly size: number, private readonly setup: WorkerSetup = {}, private readonly timeoutMs = 300_000) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size must be a positive integer (got ${size})`);
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  /** Intake of one input on the least loaded worker; the Doc stays held there for annotate/drop. */
  intake(seq: number, input: RawInput): Promise<WorkResult> {
    const slot = this.slots.reduce((a, b) => (b.pinned < a.pinned ? b : a));
    slot.pinned++;
    this.bySeq.set(seq, slot);
    return this.ask(slot, { kind: 'intake', seq, input });
  }

  /** The NLP stages on the Doc held for `seq`; releases the input. */
  annotate(seq: number): Promise<WorkResult> {
    const slot = this.release(seq);
    if (!slot) return Promise.resolve({ failed: 'internal: annotate without intake' });
    return this.ask(slot, { kind: 'annotate', seq });
  }

  /** No annotation wanted for `seq`: the worker forgets its Doc. */
  drop(seq: number): void {
    const slot = this.release(seq);
    if (slot && this.slots.includes(slot)) slot.worker.postMessage({ kind: 'drop', seq } satisfies ToWorker);
  }

  /**
   * Stops the workers. Resolves to each live worker's account (CPU, start-up, idle; nulls where the
   * platform or a busy worker does not say), for the bench's account of an ingest's CPU.
   */
  async close(): Promise<WorkerAccount[]> {
    this.closed = true;
    const accounts = await Promise.all(this.slots.map((slot, i) => this.account(slot, -1 - i)));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    return accounts;
  }

  private account(slot: Slot, seq: number): Promise<WorkerAccount> {
    const unknown: WorkerAccount = { cpu: null, startupCpu: null, idle: null };
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        slot.waiting.delete(seq);
        resolve(unknown);
      }, CPU_REPLY_MS);
      slot.waiting.set(seq, (r) => {
        clearTimeout(timer);
        resolve('account' in r ? r.account : unknown);
      });
      slot.worker.postMessage({ kind: 'cpu', seq } satisfies ToWorker);
    });
  }

  private release(seq: number): Slot | undefined {
    const slot = this.bySeq.get(seq);
    this.bySeq.delete(seq);
    if (slot) slot.pinned--;
    return slot;
  }

  private ask(slot: Slot, m: ToWorker): Promise<WorkResult> {
    if (!this.slots.includes(slot)) return Promise.resolve({ failed: 'the worker holding this input crashed' });
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        slot.deathReason = `gave up after ${Math.round(this.timeoutMs / 1000)} s on one input: worker stopped`;
        void slot.worker.terminate();
      }, this.timeoutMs);
      slot.waiting.set(m.seq, (r) => {
        clearTimeout(timer);
        resolve(r);
      });
      slot.worker.postMessage(m);
    });
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { workerData: this.setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_SPACE_MB } });
    const slot: Slot = { worker, waiting: new Map(), pinned: 0 };
    worker.on('message', (m: FromWorker) => {
      const resolve = slot.waiting.get(m.seq);
      slot.waiting.delete(m.seq);
      if (m.kind === 'doc') resolve?.(m.signature ? { doc: m.doc, signature: m.signature } : { doc: m.doc });
      else if (m.kind === 'cpu') resolve?.({ account: m.account });
      else resolve?.(m.kind === 'annotated' ? { layers: m.layers } : { failed: m.reason });
    });
    const died = (reason: string): void => {
      const i = this.slots.indexOf(slot);
      if (i < 0) return; // already replaced
      for (const resolve of slot.waiting.values()) resolve({ failed: slot.deathReason ?? reason });
      slot.waiting.clear();
      if (this.closed) {
        this.slots.splice(i, 1);
        return;
      }
      // inputs pinned to the dead worker fail on their next request (ask checks membership)
      this.slots[i] = this.spawn();
    };
    worker.on('error', (e) => died(`annotation worker crashed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => died(`annotation worker exited (code ${code})`));
    return slot;
  }
}
