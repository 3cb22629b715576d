// Memory flat in corpus size? Peak RSS mostly says how long V8 waited before collecting; what an
// ingest keeps is the heap left after a full GC. This ingests a corpus in-process into a fresh store
// and prints the post-GC heap at each quarter: `node --expose-gc dist/bench/heap-run.js FILE.jsonl DB`.
import { readFileSync } from 'node:fs';
import { ingestInput } from '../src/ingest/item.js';
import { count, newTally } from '../src/ingest/tally.js';
import { openStore } from '../src/store/index.js';
import type { RawInput } from '../src/types.js';

const [file, db] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!file || !db || !gc) throw new Error('usage: node --expose-gc heap-run.js FILE.jsonl DB');
const inputs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as RawInput);
const store = await openStore(db);
const tally = newTally();
const marks = [0.25, 0.5, 0.75, 1].map((f) => Math.round(inputs.length * f));
const heap: { articles: number; heap_mb: number }[] = [];
for (let i = 0; i < inputs.length; i++) {
  count(tally, await ingestInput(store, inputs[i]!));
  if (marks.includes(i + 1)) {
    gc();
    heap.push({ articles: i + 1, heap_mb: process.memoryUsage().heapUsed / 1e6 });
  }
}
await store.close();
process.stdout.write(`${JSON.stringify({ heap })}\n`);
