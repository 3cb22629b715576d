// One end-to-end ingest for the bench, in its own process so its peak RSS is its own:
// `node dist/bench/ingest-run.js FILE.jsonl WORKERS DB`. Prints one JSON line.
import { performance } from 'node:perf_hooks';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/index.js';
import { threadCpuSeconds } from '../src/ingest/thread-cpu.js';

const [file, workers, db] = process.argv.slice(2);
if (!file || workers === undefined || !db) throw new Error('usage: ingest-run FILE.jsonl WORKERS DB');
const store = await openStore(db);
const t0 = performance.now();
const { tally, workerCpu } = await ingestPaths(store, [file], undefined, { workers: Number(workers) });
const seconds = (performance.now() - t0) / 1000;
await store.close();
const cpu = process.cpuUsage();
const cpuS = (cpu.user + cpu.system) / 1e6;
// where the CPU went: this (the main, store-writing) thread, each worker's thread, and the rest
// (V8's garbage-collector and optimising-compiler threads, libuv); null where /proc is missing
const mainCpu = threadCpuSeconds();
const workersCpu = workerCpu && workerCpu.every((x): x is number => x !== null) ? workerCpu : null;
const otherCpu = mainCpu === null || (workerCpu && !workersCpu) ? null : cpuS - mainCpu - (workersCpu ?? []).reduce((a, b) => a + b, 0);
process.stdout.write(`${JSON.stringify({
  seconds, inputs: tally.inputs, added: tally.added, events: tally.events,
  cpu_s: cpuS, main_cpu_s: mainCpu, worker_cpu_s: workersCpu, other_cpu_s: otherCpu, max_rss_mb: (process.resourceUsage().maxRSS * 1024) / 1e6,
})}\n`);
