import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocs } from '../../src/analysis/blocs.js';
import { structuralBalance } from '../../src/analysis/balance.js';
import { signedGraph } from '../../src/analysis/signed-graph.js';
import { signedLouvain, signedModularity } from '../../src/analysis/signed-louvain.js';
import { participantKey } from '../../src/analysis/keys.js';
import { ev, party } from './make-event.js';

test('node keys: sectors against the state and named armed groups get their own node', () => {
  assert.equal(participantKey(party('RUS GOV')), 'RUS');
  assert.equal(participantKey(party('RUS MIL')), 'RUS');
  assert.equal(participantKey(party('RUS REB')), 'RUS-REB');
  assert.equal(participantKey(party('IMG REB isil')), 'IMG:isil');
  assert.equal(participantKey(party('IMG REB')), 'IMG');
  assert.equal(participantKey(party('UNO GOV guterres-antonio')), 'UNO');
  assert.equal(participantKey(party('RUS MIL'), 'code-sector'), 'RUS-MIL');
  assert.equal(participantKey({ code: null, sector: 'CVL', actor_id: 'x' }), null);
});

test('signed modularity by hand on two-node graphs', () => {
  // One positive tie: together Q = 0, apart Q = -1/2. One negative tie: together 0, apart +1/2.
  assert.equal(signedModularity(2, [{ a: 0, b: 1, w: 1 }], [0, 0]), 0);
  assert.equal(signedModularity(2, [{ a: 0, b: 1, w: 1 }], [0, 1]), -0.5);
  assert.equal(signedModularity(2, [{ a: 0, b: 1, w: -1 }], [0, 0]), 0);
  assert.equal(signedModularity(2, [{ a: 0, b: 1, w: -1 }], [0, 1]), 0.5);
});

test('signed Louvain splits two friendly cliques that fight each other, whatever the seed', () => {
  // 0-1-2 and 3-4-5 are positive cliques; every cross pair is negative.
  const edges = [];
  for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) edges.push({ a, b, w: (a < 3) === (b < 3) ? 1 : -1 });
  for (const seed of [1, 2, 3, 42]) {
    const p = signedLouvain(6, edges, { seed });
    assert.deepEqual(p.community, [0, 0, 0, 1, 1, 1]);
    assert.ok(p.modularity > 0.4, String(p.modularity));
  }
  // Unsigned Louvain would merge a node tied only by conflict; here it stays alone.
  const lone = signedLouvain(3, [{ a: 0, b: 1, w: 2 }, { a: 1, b: 2, w: -1 }, { a: 0, b: 2, w: -1 }]);
  assert.deepEqual(lone.community, [0, 0, 1]);
});

test('structural balance checked by hand, weighted and unweighted', () => {
  // AB+1, BC+1, AC-1 (++-, unbalanced, |w| geometric mean 1); AD-8, BD-1 with AB (+--, balanced, mean cbrt(8) = 2).
  const adj = new Map(['A', 'B', 'C', 'D'].map((n) => [n, new Map<string, number>()]));
  for (const [a, b, w] of [['A', 'B', 1], ['B', 'C', 1], ['A', 'C', -1], ['A', 'D', -8], ['B', 'D', -1]] as const) {
    adj.get(a)!.set(b, w);
    adj.get(b)!.set(a, w);
  }
  const bal = structuralBalance(adj);
  assert.equal(bal.triads, 2);
  assert.equal(bal.balanced, 1);
  assert.equal(bal.share, 0.5);
  assert.equal(bal.weightedShare, 0.6667); // 2 / (1 + 2)
  assert.equal(bal.weakShare, 0.5);
  assert.deepEqual(bal.byType, { '+++': 0, '++-': 1, '+--': 1, '---': 0 });
});

test('the same balance through blocs() from events (quad weights, no decay)', () => {
  const n = (k: number, from: string, to: string, type: 'AGREE' | 'ASSAULT') => Array.from({ length: k }, () => ev({ from, to, type }));
  const events = [...n(1, 'AAA', 'BBB', 'AGREE'), ...n(1, 'BBB', 'CCC', 'AGREE'), ...n(1, 'CCC', 'AAA', 'ASSAULT'), ...n(8, 'AAA', 'DDD', 'ASSAULT'), ...n(1, 'DDD', 'BBB', 'ASSAULT')];
  const r = blocs(events, { weight: 'quad', halfLifeDays: 0 });
  assert.equal(r.balance.triads, 2);
  assert.equal(r.balance.share, 0.5);
  assert.equal(r.balance.weightedShare, 0.6667);
  assert.equal(r.edges.find((e) => e.source === 'AAA' && e.target === 'DDD')!.weight, -8);
});

/** Two camps: WWW, XXX, YYY cooperate; PPP and QQQ cooperate; the camps clash. */
function twoCamps() {
  const coop = (a: string, b: string, plover = 5) => ev({ from: a, to: b, type: 'SUPPORT', plover, date: '2015-11-20' });
  const fight = (a: string, b: string, plover = -9) => ev({ from: a, to: b, type: 'ASSAULT', plover, date: '2015-11-20' });
  return [
    coop('WWW', 'XXX'), coop('XXX', 'YYY'), coop('WWW', 'YYY'), coop('YYY', 'WWW'),
    coop('PPP', 'QQQ'), coop('QQQ', 'PPP'),
    fight('WWW', 'PPP'), fight('QQQ', 'XXX'), fight('YYY', 'QQQ'),
    // A quarrel inside the first camp, outweighed by its cooperation.
    ev({ from: 'XXX', to: 'WWW', type: 'ACCUSE', plover: -3, date: '2015-11-20' }),
    // ZZZ is courted by both camps, more by the first.
    coop('ZZZ', 'XXX', 4), coop('YYY', 'ZZZ', 4), coop('PPP', 'ZZZ', 3),
  ];
}

test('blocs come out as the camps, with the quarrel as a tension and ZZZ as courted', () => {
  const r = blocs(twoCamps(), { halfLifeDays: 30 });
  const members = r.blocs.map((b) => b.members);
  assert.deepEqual(members, [['WWW', 'XXX', 'YYY', 'ZZZ'], ['PPP', 'QQQ']]);
  assert.ok(r.modularity > 0);
  assert.equal(r.between.length, 1);
  assert.ok(r.between[0]!.weight < 0);
  assert.deepEqual(r.tensions.map((t) => [t.source, t.target, t.kind]), [['WWW', 'XXX', 'mixed']]);
  // ZZZ (in bloc 0) has friends on both sides; so does PPP (bloc 1), through its tie to ZZZ.
  assert.deepEqual(r.courted.map((c) => [c.actor, c.bloc, c.sides.map((s) => s.bloc)]), [['PPP', 1, [0, 1]], ['ZZZ', 0, [0, 1]]]);
  // Closed triads by hand: WWW-XXX-YYY and XXX-YYY-ZZZ (+++), QQQ-XXX-YYY (+--); all balanced.
  assert.deepEqual(r.balance.byType, { '+++': 2, '++-': 0, '+--': 1, '---': 0 });
  assert.equal(r.balance.share, 1);
  for (const node of r.nodes) assert.equal(node.bloc, r.blocs.findIndex((b) => b.members.includes(node.id)));
});

test('blocs are deterministic: same seed and shuffled input give the same answer', () => {
  const events = twoCamps();
  const a = blocs(events, { seed: 7 });
  const b = blocs([...events].reverse(), { seed: 7 });
  assert.deepEqual(a.blocs, b.blocs);
  assert.deepEqual(a.nodes, b.nodes);
});

test('decay: a tie halves per half-life before the end of the window; co-actors get a positive tie', () => {
  const events = [
    ev({ from: 'AAA', to: 'BBB', plover: 10, type: 'AID', date: '2015-11-01' }),
    ev({ from: 'AAA', to: 'BBB', plover: 10, type: 'AID', date: '2015-10-02' }),
    ev({ from: ['CCC', 'DDD'], to: 'EEE', plover: -4, type: 'THREATEN', date: '2015-11-01' }),
    ev({ from: 'AAA', to: 'CCC', plover: 0, type: 'REQUEST', date: '2015-11-01' }),
  ];
  const { graph, end, skipped } = signedGraph(events, { halfLifeDays: 30 });
  assert.equal(end, '2015-11-01');
  assert.equal(graph.getEdgeAttribute('AAA|BBB', 'weight'), 1 + 0.5);
  assert.equal(graph.getEdgeAttribute('CCC|EEE', 'weight'), -0.4);
  assert.equal(graph.getEdgeAttribute('CCC|DDD', 'weight'), 0.2);
  assert.equal(skipped.zeroWeight, 1);
  assert.equal(signedGraph(events, { halfLifeDays: 30, coActor: 0 }).graph.hasEdge('CCC|DDD'), false);
  assert.equal(signedGraph(events, { halfLifeDays: 0 }).graph.getEdgeAttribute('AAA|BBB', 'weight'), 2);
  assert.equal(signedGraph(events, { halfLifeDays: 30, end: '2015-12-01' }).graph.getEdgeAttribute('AAA|BBB', 'weight'), 0.5 + 0.25);
});
