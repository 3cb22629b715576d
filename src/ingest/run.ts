// Ingest files, folders (with their sidecar manifests), JSONL, feeds, WARCs or stdin into a store,
// in this thread or through annotation worker threads; either way every item goes through item.ts.
import { readInputs } from '../intake/sources.js';
import type { Store } from '../store/index.js';
import type { Doc, RawInput } from '../types.js';
import { annotateNew, forStore, storeDocs, storeSkip } from './item.js';
import { Progress, estimateInputs, type ProgressMode } from './progress.js';
import { count, newTally, type IngestTally } from './tally.js';
import type { WorkerAccount } from './messages.js';

export interface IngestRunOptions {
  /** Annotation worker threads; 0 annotates in this thread. Default 0. */
  workers?: number;
  progress?: ProgressMode;
  /** Aborting stops reading inputs; what is in flight is still stored. */
  stop?: AbortSignal;
  /** `--actors` files, for the workers (this thread has them already). */
  actorFiles?: string[];
}

/**
 * Stories annotated in this thread before they are written in one transaction. A commit's cost is
 * mostly per transaction (WAL pages of shared index and FTS trees, checkpoints, one summary and one
 * group pass): on the bench corpus the writer's CPU per story fell by a third from 16 to 128 stories
 * per transaction, and no further at 256.
 */
const IN_PROCESS_BATCH = 128;
/** The longest an annotated story waits for its commit when inputs come slowly (checked as each story is added). */
const IN_PROCESS_LINGER_MS = 2000;

export async function ingestPaths(store: Store, paths: string[], published?: string, opts: IngestRunOptions = {}): Promise<{ tally: IngestTally; complete: boolean; workers?: WorkerAccount[] }> {
  const tally = newTally();
  const progress = new Progress(process.stderr, opts.progress ?? 'off', tally);
  if ((opts.progress ?? 'off') !== 'off') progress.setTotal(await estimateInputs(paths));
  let complete = true;
  let workers: WorkerAccount[] | undefined;
  try {
    if ((opts.workers ?? 0) > 0) {
      // loaded here: an in-process ingest never starts the pool
      const { ingestParallel } = await import('./parallel.js');
      ({ complete, workers } = await ingestParallel(store, paths, (o) => {
        count(tally, o);
        progress.update();
      }, { workers: opts.workers!, ...(published ? { published } : {}), ...(opts.stop ? { stop: opts.stop } : {}), ...(opts.actorFiles ? { actorFiles: opts.actorFiles } : {}) }));
    } else {
      const { createPipeline } = await import('../pipeline.js');
      const pipeline = createPipeline(opts.actorFiles ? { actorFiles: opts.actorFiles } : {});
      // group commit: up to IN_PROCESS_BATCH annotated stories per transaction, counted once committed
      let pending: { input: RawInput; doc: Doc }[] = [];
      let since = 0;
      const commit = async (): Promise<void> => {
        for (const o of await storeDocs(store, pending)) count(tally, o);
        pending = [];
        progress.update();
      };
      for await (const item of readInputs(paths)) {
        if (opts.stop?.aborted) {
          complete = false;
          break;
        }
        if ('reason' in item) {
          await commit(); // keeps the tally in input order
          count(tally, await storeSkip(store, item.path, item.reason));
          continue;
        }
        const input = { ...item, published: published ?? item.published };
        const doc = forStore(await annotateNew(store, input, pipeline));
        if (pending.length === 0) since = Date.now();
        pending.push({ input, doc });
        if (pending.length >= IN_PROCESS_BATCH || Date.now() - since >= IN_PROCESS_LINGER_MS) await commit();
      }
      await commit();
    }
  } finally {
    progress.finish();
  }
  return workers ? { tally, complete, workers } : { tally, complete };
}
