// Several writers (connections, or worker processes) ingesting at once, with at-least-once
// delivery: every article and its events must be stored exactly once.
import assert from 'node:assert/strict';
import { openStore } from '../../src/store/index.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from './make-doc.js';
import { storeTest } from './backends.js';

const doc = (n: number) => makeDoc(`Report ${n}`, [
  { type: 'CONSULT', sentence: `Hollande met Putin in the Kremlin for talks number ${n}.`, trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
  { type: 'ASSAULT', sentence: `ISIL attacked a convoy near checkpoint ${n}, killing ${n} people.`, trigger: 'attacked', actor: ISIL, date: `2015-10-${String(n).padStart(2, '0')}`, dead: n },
]);

storeTest('the same article ingested at once from two connections is stored exactly once', async ({ store, target }) => {
  const other = await openStore(target);
  try {
    const results = await Promise.all([store.ingest(doc(1)), other.ingest(doc(1))]);
    assert.deepEqual(results.map((r) => r.article).sort(), ['added', 'exists']);
    assert.equal(results.reduce((n, r) => n + r.events, 0), 2);
    const c = await store.counts();
    assert.deepEqual([c.articles, c.events, c.duplicates], [1, 2, 0]);
    assert.equal((await other.events()).length, 2);
  } finally {
    await other.close();
  }
});

storeTest('three writers delivering overlapping batches store each article once', async ({ store, target }) => {
  const writers = [store, await openStore(target), await openStore(target)];
  try {
    // Each writer gets articles 1..6 in its own order; every article arrives three times.
    const orders = [[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1], [3, 1, 5, 2, 6, 4]];
    const results = await Promise.all(writers.map(async (w, i) => {
      const out = [];
      for (const n of orders[i]!) out.push(await w.ingest(doc(n)));
      return out;
    }));
    const added = results.flat().filter((r) => r.article === 'added').length;
    assert.equal(added, 6);
    const c = await store.counts();
    assert.deepEqual([c.articles, c.events], [6, 12]);
    // The six talks are one meeting reported six times (same day, same pair): one group.
    const consult = await store.events({ type: 'CONSULT' });
    assert.equal(new Set(consult.map((e) => e.group_id)).size, 1);
    assert.equal(consult[0]!.num_mentions, 6);
  } finally {
    await writers[1]!.close();
    await writers[2]!.close();
  }
});
