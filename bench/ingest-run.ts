// One end-to-end ingest for the bench, in its own process so its peak RSS is its own:
// `node dist/bench/ingest-run.js FILE.jsonl WORKERS DB`. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ingestPaths } from '../src/ingest/run.js';
import { openStore } from '../src/store/index.js';

const [file, workers, db] = process.argv.slice(2);
if (!file || workers === undefined || !db) throw new Error('usage: ingest-run FILE.jsonl WORKERS DB');
const store = await openStore(db);
const t0 = performance.now();
const { tally } = await ingestPaths(store, [file], undefined, { workers: Number(workers) });
const seconds = (performance.now() - t0) / 1000;
await store.close();
const cpu = process.cpuUsage();
/** CPU seconds of this (the main, store-writing) thread alone, from /proc on Linux; null elsewhere. */
function mainThreadCpu(): number | null {
  try {
    // fields after the command's closing parenthesis: utime and stime are the 12th and 13th
    const f = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}
process.stdout.write(`${JSON.stringify({
  seconds, inputs: tally.inputs, added: tally.added, events: tally.events,
  cpu_s: (cpu.user + cpu.system) / 1e6, main_cpu_s: mainThreadCpu(), max_rss_mb: (process.resourceUsage().maxRSS * 1024) / 1e6,
})}\n`);
