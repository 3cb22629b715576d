// Heavy reads off the event loop: `serve` on a SQLite file gives the page's reads (events, counts,
// breakdowns, actors, summary, the graph of a big period) to worker threads, each with its own
// read connection (WAL lets them read while the server writes). The server's loop only parses,
// dispatches and answers, so one slow query never holds up a cached reply or /api/health.
import { Worker } from 'node:worker_threads';
import type { Store } from '../store/index.js';
import { HttpError } from './http.js';

// Not counts(): /api/health reads it and must answer even when every reader is busy. Not
// resolveParties(): a filter's actor terms are a few indexed lookups, and asking a reader for them
// queued every filtered request twice behind the heavy reads (measured: the actor calls' p95).
const READS = ['events', 'eventCount', 'dayCounts', 'breakdown', 'actors', 'summary', 'dyadMonths'] as const;

export interface ReadPool {
  call<T>(method: string, args: unknown[]): Promise<T>;
  /** Readers still warming up (building the alliance graph's month prefixes, read-worker.ts): they answer meanwhile, slower. */
  warming(): number;
  close(): Promise<void>;
}

export async function openReadPool(file: string, size: number): Promise<ReadPool> {
  const url = new URL('./read-worker.js', import.meta.url);
  let warming = size;
  const workers = await Promise.all(Array.from({ length: size }, () => new Promise<Worker>((resolve, reject) => {
    const w = new Worker(url, { workerData: { file } });
    // listened for from the start: a reader of a small store is warm before the others are ready
    w.on('message', (m: { warm?: true }) => { if (m.warm) warming--; });
    w.once('error', reject);
    w.once('message', () => resolve(w)); // { ready }
  })));
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void; worker: Worker }>();
  const busy = new Map<Worker, number>(workers.map((w) => [w, 0]));
  for (const w of workers) {
    w.on('message', (m: { id: number; result?: unknown; error?: string; status?: number; parameter?: string }) => {
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      busy.set(w, busy.get(w)! - 1);
      // a handler's 400 or 404 stays one across the thread
      if (m.error !== undefined) p.reject(m.status !== undefined ? new HttpError(m.status, m.error, m.parameter) : new Error(m.error));
      else p.resolve(m.result);
    });
    w.on('error', (err) => {
      for (const [id, p] of pending) if (p.worker === w) { pending.delete(id); p.reject(err); }
    });
  }
  let next = 0;
  return {
    call<T>(method: string, args: unknown[]): Promise<T> {
      // the least busy reader
      const w = workers.reduce((a, b) => (busy.get(b)! < busy.get(a)! ? b : a));
      busy.set(w, busy.get(w)! + 1);
      const id = ++next;
      return new Promise<T>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, worker: w });
        w.postMessage({ id, method, args });
      });
    },
    warming: () => warming,
    async close() {
      await Promise.all(workers.map((w) => new Promise((r) => { w.once('exit', r); w.postMessage('close'); })));
    },
  };
}

/** The store with its heavy reads answered by the pool; writes and everything else stay on `store`. */
export function pooled(store: Store, pool: ReadPool): Store & { pool: ReadPool } {
  const out = Object.create(store) as Store & { pool: ReadPool };
  for (const m of READS) (out as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => pool.call(m, args);
  out.pool = pool;
  return out;
}
