// The alliance graph from the dyad summaries matches the one read event by event when the events'
// parties are plain codes and nothing fades (no decay, no co-actor ties): same nodes, ties, weights.
import assert from 'node:assert/strict';
import { blocs, blocsOf } from '../../src/analysis/blocs.js';
import { signedGraphFromDyads, signedGraphFromWeights } from '../../src/analysis/dyad-graph.js';
import { fadedDyads } from '../../src/analysis/faded-dyads.js';
import type { DyadWeights } from '../../src/store/index.js';
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
  const head = await store.dyadMonths('2016-01-01', '2016-01-10');
  assert.deepEqual(head.map((r) => `${r.actor}>${r.recipient} ${r.month} ${r.n}`), ['USA>GBR 2016-01 1'], 'from the 1st to a day of the same month');
  const inside = await store.dyadMonths('2015-11-20', '2015-11-30');
  assert.deepEqual(inside.map((r) => `${r.actor}>${r.recipient} ${r.month} ${r.n}`), ['FRA>RUS 2015-11 1']);
});

storeTest('dyad weights faded and summed in the store give the graph dyadMonths gives', async ({ store }) => {
  await store.ingest(makeDoc('Two', [
    { type: 'CONSULT', sentence: 'FRA met RUS.', trigger: 'met', actor: C('FRA'), recipient: C('RUS'), date: '2015-11-26' },
    { type: 'ACCUSE', sentence: 'RUS accused FRA.', trigger: 'accused', actor: C('RUS'), recipient: C('FRA'), date: '2015-12-02' },
    { type: 'CONSULT', sentence: 'USA met GBR.', trigger: 'met', actor: C('USA'), recipient: C('GBR'), date: '2016-01-10' },
    { type: 'REQUEST', sentence: 'GBR asked FRA.', trigger: 'asked', actor: C('GBR'), recipient: C('FRA'), date: '2016-01-11' },
    { type: 'CONSULT', sentence: 'GBR met GBR.', trigger: 'met', actor: C('GBR'), recipient: C('GBR'), date: '2016-01-12' },
  ]));
  for (const [since, until, half, weight] of [[undefined, undefined, 30, 'plover'], ['2015-11-27', '2016-01-10', 90, 'quad'], [undefined, '2016-01', 0, 'goldstein']] as const) {
    const opts = { since, until, halfLifeDays: half, weight, key: 'code' as const, coActor: 0 };
    const js = blocsOf(signedGraphFromDyads(await store.dyadMonths(since, until), opts), opts);
    const sql = blocsOf(signedGraphFromWeights(await store.dyadWeights(opts)), opts);
    assert.deepEqual(sql, js, `${since} ${until} ${half} ${weight}`);
    // built cut to the most active actors: the blocs of the whole graph cut by blocsOf
    for (const top of [1, 2, 3, 10]) {
      const w = await store.dyadWeights(opts);
      assert.deepEqual(blocsOf(signedGraphFromWeights(w, top), { ...opts, top }), blocsOf(signedGraphFromWeights(w), { ...opts, top }), `top ${top}`);
    }
  }
});

storeTest('faded dyads from kept month prefixes equal the store\'s sum, whatever the order of the ends asked', async ({ store }) => {
  const days = ['2015-09-03', '2015-10-20', '2015-11-26', '2015-12-02', '2016-01-10', '2016-01-11', '2016-03-30'];
  await store.ingest(makeDoc('Three', days.flatMap((date, i) => [
    { type: 'CONSULT', sentence: `FRA met RUS ${i}.`, trigger: 'met', actor: C('FRA'), recipient: C('RUS'), date },
    { type: 'ACCUSE', sentence: `RUS accused USA ${i}.`, trigger: 'accused', actor: C('RUS'), recipient: C('USA'), date },
  ])));
  const close = (a: DyadWeights, b: DyadWeights) => {
    assert.equal(a.end, b.end);
    assert.deepEqual(a.rows.map((r) => [r.actor, r.recipient, r.n, r.zero]), b.rows.map((r) => [r.actor, r.recipient, r.n, r.zero]));
    for (const [i, r] of a.rows.entries()) {
      assert.ok(Math.abs(r.pos - b.rows[i]!.pos) < 1e-9 && Math.abs(r.neg - b.rows[i]!.neg) < 1e-9, `${r.actor}>${r.recipient}`);
    }
  };
  for (const [since, until] of [[undefined, '2016-02-15'], [undefined, '2015-11-30'], [undefined, '2016-03-31'], ['2015-10-05', '2016-01-10'], ['2015-10-05', '2016-03-02'], [undefined, '2015-12-01']] as const) {
    const q = { since, until, halfLifeDays: 45, weight: 'plover' as const };
    close(await fadedDyads(store, q), await store.dyadWeights(q));
  }
});
