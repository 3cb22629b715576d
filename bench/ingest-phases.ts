// Where an in-process ingest's time goes, phase by phase: the steps of src/ingest/run.ts without
// --workers (read, intake, the MinHash signature, the duplicate check, the NLP stages, the store
// in batches of 128), each timed on the main thread, into a fresh SQLite file. With --bare the
// store's steps are left out (annotate as an ingest reads its inputs). Prints one JSON line:
// milliseconds per story of each phase, and the process's CPU seconds (main thread and the rest).
//   node dist/bench/ingest-phases.js FILE.jsonl [--bare]
import { rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { codable } from '../src/doc.js';
import { forStore, storeDocs } from '../src/ingest/item.js';
import { threadCpuSeconds } from '../src/ingest/thread-cpu.js';
import { readInputs } from '../src/intake/sources.js';
import { createPipeline, intake } from '../src/pipeline.js';
import { openStore } from '../src/store/index.js';
import { signatureOf } from '../src/store/signatures.js';
import type { Doc, RawInput } from '../src/types.js';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { bare: { type: 'boolean' } } });
const file = positionals[0];
if (!file) throw new Error('usage: ingest-phases FILE.jsonl [--bare]');
const bare = values.bare === true;
const db = `/tmp/entente-ingest-phases-${process.pid}.db`;
const ms = { read: 0, intake: 0, signature: 0, check: 0, stages: 0, store: 0 };
const store = await openStore(db);
const pipeline = createPipeline();
let pending: { input: RawInput; doc: Doc }[] = [];
let stories = 0;
let t = performance.now();
// the time since the last mark goes to `phase`
const mark = (phase: keyof typeof ms): void => {
  const now = performance.now();
  ms[phase] += now - t;
  t = now;
};
try {
  for await (const item of readInputs([file])) {
    mark('read');
    if ('reason' in item) continue;
    stories++;
    const doc = intake(item);
    mark('intake');
    let copy = false;
    if (!bare && codable(doc)) {
      signatureOf(doc); // findDuplicate signs first; timed apart from its SQL
      mark('signature');
      copy = (await store.findDuplicate(doc)) !== null;
      mark('check');
    }
    if (codable(doc) && !copy) pipeline.runStages(doc);
    mark('stages');
    if (bare) continue;
    pending.push({ input: item, doc: forStore(doc) });
    if (pending.length >= 128) {
      await storeDocs(store, pending);
      pending = [];
    }
    mark('store');
  }
  if (pending.length > 0) await storeDocs(store, pending);
  mark('store');
} finally {
  await store.close();
  for (const end of ['', '-wal', '-shm']) rmSync(db + end, { force: true });
}
const cpu = process.cpuUsage();
const cpuS = (cpu.user + cpu.system) / 1e6;
const main = threadCpuSeconds();
const perStory = Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, +(v / stories).toFixed(3)]));
console.log(JSON.stringify({ bare, stories, ms_per_story: perStory, cpu_s: +cpuS.toFixed(2), main_cpu_s: main, other_cpu_s: main === null ? null : +(cpuS - main).toFixed(2) }));
