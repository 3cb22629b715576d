// The relations of a period from the dyad summaries (store.dyadQuads) equal those counted from the
// events, on both backends: day, week, month, year and missing dates, periods, a focus actor.
import assert from 'node:assert/strict';
import { periodRelations } from '../../src/analysis/period-relations.js';
import { relations } from '../../src/analysis/relations.js';
import type { Store } from '../../src/store/index.js';
import { storeTest } from '../store/backends.js';
import { HOLLANDE, ISIL, PUTIN, makeDoc } from '../store/make-doc.js';

async function seed(store: Store): Promise<void> {
  await store.ingest(makeDoc('Talks', [
    { type: 'CONSULT', sentence: 'Hollande met Putin in the Kremlin.', trigger: 'met', actor: HOLLANDE, recipient: PUTIN, date: '2015-11-26' },
    { type: 'ASSAULT', sentence: 'ISIL attacked Paris.', trigger: 'attacked', actor: ISIL, recipient: HOLLANDE, date: '2015-11-13', dead: 130 },
    { type: 'ACCUSE', sentence: 'Putin accused Hollande.', trigger: 'accused', actor: PUTIN, recipient: HOLLANDE, date: '2015-12-02' },
  ]));
  await store.ingest(makeDoc('Coarse dates', [
    { type: 'SUPPORT', sentence: 'Putin praised Hollande.', trigger: 'praised', actor: PUTIN, recipient: HOLLANDE, date: '2015-11' },
    { type: 'REQUEST', sentence: 'Hollande urged Putin to act.', trigger: 'urged', actor: HOLLANDE, recipient: PUTIN, date: null },
    { type: 'THREATEN', sentence: 'Putin warned ISIL.', trigger: 'warned', actor: PUTIN, recipient: ISIL, date: '2015-W48' },
    { type: 'AID', sentence: 'Hollande sent aid to Putin.', trigger: 'sent', actor: HOLLANDE, recipient: PUTIN, date: '2015' },
    { type: 'ACCUSE', sentence: 'ISIL was accused.', trigger: 'accused', actor: ISIL, date: '2015-11-20' },
  ]));
}

storeTest('relations from the summaries equal those counted from the events', async ({ store }) => {
  await seed(store);
  const events = await store.events({});
  for (const opts of [{}, { window: 'week' as const }, { since: '2015-11-20' }, { since: '2015-11', until: '2015-11-30', window: 'week' as const },
    { until: '2015-11-14' }, { actor: 'img' }, { since: '2016' }]) {
    const expected = relations(events, opts);
    const got = await periodRelations(store, opts, -1);
    assert.match(got.from, /^summaries/, JSON.stringify(opts));
    assert.equal(got.withoutDyad, null);
    assert.deepEqual(got.dyads, expected.dyads, JSON.stringify(opts));
    assert.equal(got.events, expected.events, JSON.stringify(opts));
  }
  // a small period is counted from its events, withoutDyad known
  const few = await periodRelations(store, {});
  assert.equal(few.from, 'events');
  assert.equal(few.withoutDyad, 1);
});
