// One end-to-end ingest for the bench, in its own process so its peak RSS is its own:
// `node dist/bench/ingest-run.js FILE.jsonl WORKERS DB`. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/index.js';
import { threadCpuSeconds } from '../src/ingest/thread-cpu.js';
import { markedUrl, watchBackends } from './pg-backends.js';

const [file, workers, target] = process.argv.slice(2);
if (!file || workers === undefined || !target) throw new Error('usage: ingest-run FILE.jsonl WORKERS DB');
const onPg = /^postgres(ql)?:/.test(target);
const marked = `entente-ingest-run-${process.pid}`;
const db = onPg ? markedUrl(target, marked) : target;
const store = await openStore(db);
const server = onPg ? await watchBackends(target, marked) : null;
const t0 = performance.now();
const { tally, workers: accounts } = await ingestPaths(store, [file], undefined, { workers: Number(workers) });
const seconds = (performance.now() - t0) / 1000;
// the server's share, read while this run's connections are open
const pgServerCpu = server ? await server.stop() : null;
await store.close();
const cpu = process.cpuUsage();
const cpuS = (cpu.user + cpu.system) / 1e6;
// where the CPU went: this (the main, store-writing) thread, each worker's thread, and the rest
// (V8's garbage-collector and optimising-compiler threads, libuv); null where /proc is missing
const mainCpu = threadCpuSeconds();
const all = <T>(xs: (T | null)[] | undefined): T[] | null => (xs && xs.every((x): x is T => x !== null) ? xs : null);
const workersCpu = all(accounts?.map((a) => a.cpu));
const otherCpu = mainCpu === null || (accounts && !workersCpu) ? null : cpuS - mainCpu - (workersCpu ?? []).reduce((a, b) => a + b, 0);
process.stdout.write(`${JSON.stringify({
  seconds, inputs: tally.inputs, added: tally.added, events: tally.events,
  cpu_s: cpuS, main_cpu_s: mainCpu, worker_cpu_s: workersCpu, other_cpu_s: otherCpu, max_rss_mb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  // each worker's CPU before its first input (modules and data), and its wall seconds waiting for work after it
  worker_startup_cpu_s: all(accounts?.map((a) => a.startupCpu)), worker_idle_s: all(accounts?.map((a) => a.idle)),
  pg_server_cpu_s: pgServerCpu,
})}\n`);
