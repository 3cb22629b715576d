// The alliance graph from the dyad summaries matches the one read event by event when the events'
// parties are plain codes and nothing fades (no decay, no co-actor ties): same nodes, ties, weights.
import assert from 'node:assert/strict';
import { blocs, blocsOf } from '../../src/analysis/blocs.js';
import { signedGraphFromDyads } from '../../src/analysis/dyad-graph.js';
import { storeTest } from '../store/backends.js';
import { makeDoc } from '../store/make-doc.js';

const C = (code: string) => ({ id: code, code, text: code });

storeTest('blocs from dyad summaries equal blocs from events (codes, no decay)', async ({ store }) => {
  await store.ingest(makeDoc('One', [
    { type: 'CONSULT', sentence: 'FRA met RUS.', trigger: 'met', actor: C('FRA'), recipient: C('RUS'), date: '2015-11-26' },
    { type: 'CONSULT', sentence: 'RUS met FRA again.', trigger: 'met', actor: C('RUS'), recipient: C('FRA'), date: '2015-12-02' },
    { type: 'CONSULT', sentence: 'USA met GBR.', trigger: 'met', actor: C('USA'), recipient: C('GBR'), date: '2016-01-10' },
    { type: 'CONSULT', sentence: 'GBR met FRA.', trigger: 'met', actor: C('GBR'), recipient: C('FRA'), date: '2016-01-11' },
  ]));
  const opts = { halfLifeDays: 0, key: 'code' as const, coActor: 0 };
  const fromEvents = blocs(await store.events({}), opts);
  const fromDyads = blocsOf(signedGraphFromDyads(await store.dyadMonths(), opts), opts);
  assert.deepEqual(fromDyads.nodes.map((n) => [n.id, n.events]), fromEvents.nodes.map((n) => [n.id, n.events]));
  assert.deepEqual(fromDyads.edges, fromEvents.edges);
  assert.deepEqual(fromDyads.blocs, fromEvents.blocs);
  const late = await store.dyadMonths('2016-01-01', '2016-12-31');
  assert.deepEqual(late.map((r) => `${r.actor}>${r.recipient} ${r.month} ${r.n}`).sort(), ['GBR>FRA 2016-01 1', 'USA>GBR 2016-01 1']);
  // a period that cuts months counts only its days: 2015-11-26 is out, 2015-12-02 and 2016-01-10 in
  const cut = await store.dyadMonths('2015-11-27', '2016-01-10');
  assert.deepEqual(cut.map((r) => `${r.actor}>${r.recipient} ${r.month} ${r.n}`).sort(), ['RUS>FRA 2015-12 1', 'USA>GBR 2016-01 1']);
  const inside = await store.dyadMonths('2015-11-20', '2015-11-30');
  assert.deepEqual(inside.map((r) => `${r.actor}>${r.recipient} ${r.month} ${r.n}`), ['FRA>RUS 2015-11 1']);
});
