// One reader of the read pool (read-pool.ts): its own connection to the SQLite store, answering
// the page's heavy reads (and the graph of a big period) off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { BlocsOptions } from '../analysis/blocs.js';
import { periodBlocs } from '../analysis/period-blocs.js';
import { openStore, type Store } from '../store/index.js';

const store: Store = await openStore((workerData as { file: string }).file);

type Job = { id: number; method: string; args: unknown[] };

async function run(job: Job): Promise<unknown> {
  if (job.method === 'periodBlocs') return periodBlocs(store, job.args[0] as BlocsOptions);
  const fn = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[job.method];
  if (typeof fn !== 'function') throw new Error(`read pool: no method ${job.method}`);
  return fn.apply(store, job.args);
}

parentPort!.on('message', (job: Job | 'close') => {
  if (job === 'close') { void store.close().then(() => process.exit(0)); return; }
  run(job).then(
    (result) => parentPort!.postMessage({ id: job.id, result }),
    (err: unknown) => parentPort!.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
parentPort!.postMessage({ ready: true });
