// One reader of the read pool (read-pool.ts): its own connection to the SQLite store, answering
// the page's heavy reads (and the graph of a big period) off the server's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import type { BlocsOptions } from '../analysis/blocs.js';
import { warmFadedDyads } from '../analysis/faded-dyads.js';
import { DEFAULT_TOP, periodBlocs } from '../analysis/period-blocs.js';
import { bulkRange } from './counts.js';
import { prevMonth } from '../store/aggregate.js';
import { openStore, periodOf, type Store } from '../store/index.js';
import { HttpError } from './http.js';
import { parseQuery } from './params.js';
import type { ApiConfig } from './route.js';
import { apiRoutes } from './server.js';

// indexes a migration left for later are built when the server asks (serve.ts), not on open; the
// server's own connection opened the store first and did any repair pass
const store: Store = await openStore((workerData as { file: string }).file, { deferIndexesFrom: 0, repair: false });

/** The page's default memory (web/src/views/graph.ts DEFAULT_MEMORY). */
const DEFAULT_MEMORY_DAYS = 365;

type Job = { id: number; method: string; args: unknown[] };

/** The cached GET routes, run here whole: the reply comes back as its JSON text (server.ts). */
const ROUTES = new Map(apiRoutes().filter((r) => r.method === 'GET' && r.cache).map((r) => [r.path, r]));
const CONFIG: ApiConfig = { store, token: null, maxBody: 0 };

async function run(job: Job): Promise<unknown> {
  if (job.method === 'route') {
    const [path, query, params] = job.args as [string, unknown, Record<string, string>];
    const r = ROUTES.get(path);
    if (!r) throw new Error(`read pool: no cached route ${path}`);
    return JSON.stringify(await r.handle({ query, params, req: undefined as never, config: CONFIG }));
  }
  if (job.method === 'periodBlocs') return periodBlocs(store, job.args[0] as BlocsOptions);
  const fn = (store as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>)[job.method];
  if (typeof fn !== 'function') throw new Error(`read pool: no method ${job.method}`);
  return fn.apply(store, job.args);
}

parentPort!.on('message', (job: Job | 'close') => {
  if (job === 'close') { void store.close().then(() => process.exit(0)); return; }
  run(job).then(
    (result) => parentPort!.postMessage({ id: job.id, result }),
    (err: unknown) => parentPort!.postMessage(err instanceof HttpError
      ? { id: job.id, error: err.message, status: err.status, parameter: err.parameter }
      : { id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
parentPort!.postMessage({ ready: true });

/** Brushed months and actors the page's calls are run for at warm-up (warmPageCalls). */
const WARM_CALLS = 8;

/**
 * The page's calls (a brushed month with its graph, an actor picked from suggestions) run for the
 * last WARM_CALLS months of the bulk and the most active actors, and thrown away: V8 optimises a
 * function once it has run a while, and on a fresh server that compiling (on V8's own threads)
 * took a third of the CPU of the first 20 clients' visits. Done here, the first analysts do not
 * wait on it (bench:api at 1M events: the server's CPU over the load 2.65-2.96 s -> 2.22-2.38 s;
 * the warm-up 1.4 -> 3.3-4.3 s, all at load average 6.7-8.2). Turns of the event loop between
 * calls: a reader answers requests while it warms.
 */
async function warmPageCalls(last: string): Promise<void> {
  const actors = (await store.breakdown({}, WARM_CALLS)).actors.map((a) => a.key);
  let month = last;
  for (let i = 0; i < WARM_CALLS; i++, month = prevMonth(month)) {
    const period = `since=${month}-01&until=${periodOf(month)!.end}`;
    const calls = [`counts?stack=quad&${period}`, `breakdown?${period}`, `events?order=newest&limit=100&count=false&${period}`, `blocs?until=${month}-15&half_life=${DEFAULT_MEMORY_DAYS}`];
    const actor = actors[i % Math.max(1, actors.length)];
    if (actor !== undefined) {
      const a = encodeURIComponent(actor);
      calls.push(`actors?q=${encodeURIComponent(actor.slice(0, 2).toLowerCase())}&limit=10`, `counts?stack=quad&actor=${a}`, `breakdown?actor=${a}`, `events?order=newest&limit=100&count=false&actor=${a}`);
    }
    for (const call of calls) {
      const url = new URL(`http://reader/api/${call}`);
      const r = ROUTES.get(url.pathname)!;
      JSON.stringify(await r.handle({ query: parseQuery(r.query, url.searchParams), params: {}, req: undefined as never, config: CONFIG }));
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
}

// the alliance graph's month prefixes for the page's default memory, over the bulk of the dates
// (the count curve's default range), built once now rather than by the first graphs asked for
try {
  const bulk = bulkRange((await store.dayCounts({}, 'quad')).days);
  if (bulk) {
    await warmFadedDyads(store, bulk.first.slice(0, 7), bulk.last.slice(0, 7), DEFAULT_MEMORY_DAYS);
    // and one graph, so the graph and community code is compiled before a request waits on it
    await periodBlocs(store, { until: bulk.last, halfLifeDays: DEFAULT_MEMORY_DAYS, top: DEFAULT_TOP });
    await warmPageCalls(bulk.last.slice(0, 7));
  }
} catch (err) {
  // only a head start: a graph asked for builds its own
  process.stderr.write(`entente serve: reader warm-up: ${err instanceof Error ? err.message : String(err)}\n`);
}
parentPort!.postMessage({ warm: true });
