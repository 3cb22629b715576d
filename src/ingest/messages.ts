// Messages between the ingest pool (main thread, the only store writer) and its workers.
import type { Doc, RawInput } from '../types.js';

export interface WorkerSetup {
  /** `--actors` files, loaded by every worker before its first input. */
  actorFiles?: string[];
}

export type ToWorker =
  | { kind: 'intake'; seq: number; input: RawInput }
  /** Run the NLP stages on the doc held for `seq` and send it back. */
  | { kind: 'annotate'; seq: number }
  /** The main thread needs no annotation for `seq` (already stored, not English, empty): forget it. */
  | { kind: 'drop'; seq: number }
  /** How much CPU this worker's thread has used (asked once, before the pool closes). */
  | { kind: 'cpu'; seq: number };

/**
 * What annotation adds to an intaken Doc and the store writes. The main thread has the article,
 * text and zones from intake already, and the store reads no tokens, sentences or mentions, so
 * those are not cloned back (structured clone costs per object, on both threads).
 */
export type AnnotatedLayers = Pick<Doc, 'actors' | 'times' | 'places' | 'events' | 'nonFactual' | 'quotes' | 'messages'>;

export type FromWorker =
  /** After intake: the Doc and the MinHash signature of its body (signed here, off the writer thread). */
  | { kind: 'doc'; seq: number; doc: Doc; signature?: Uint32Array }
  /** After annotation: the layers the stages added, for the main thread's copy of the intaken Doc. */
  | { kind: 'annotated'; seq: number; layers: AnnotatedLayers }
  | { kind: 'failed'; seq: number; reason: string }
  /** The worker's account so far (see WorkerAccount). */
  | { kind: 'cpu'; seq: number; account: WorkerAccount };

/** Where a worker's time went, for the bench's account of an ingest (null where the platform does not say). */
export interface WorkerAccount {
  /** CPU seconds of the worker's own thread. */
  cpu: number | null;
  /** Of which, before its first input: loading the pipeline's modules and data. */
  startupCpu: number | null;
  /** Wall seconds it waited for work between its first input and now (the writer held the next ones back). */
  idle: number | null;
}
