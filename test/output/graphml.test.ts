import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocsGraph } from '../../src/analysis/blocs.js';
import { toGraphml } from '../../src/output/graphml.js';
import { storedToPlover } from '../../src/output/plover.js';
import { ev } from '../analysis/make-event.js';

test('GraphML carries signed weights on edges and the bloc on nodes', () => {
  const events = [
    ev({ from: 'AAA', to: 'BBB', type: 'AID', plover: 10 }),
    ev({ from: 'AAA', to: 'C&D', type: 'ASSAULT', plover: -9 }),
  ];
  const { graph, result } = blocsGraph(events, { halfLifeDays: 0 });
  const xml = toGraphml(graph, new Map(result.nodes.map((n) => [n.id, n.bloc])));
  assert.match(xml, /^<\?xml version="1.0"/);
  assert.equal((xml.match(/<node /g) ?? []).length, 3);
  assert.equal((xml.match(/<edge /g) ?? []).length, 2);
  assert.match(xml, /<edge id="AAA\|BBB" source="AAA" target="BBB"><data key="weight">1<\/data>.*<data key="sign">1<\/data>/);
  assert.match(xml, /<edge id="AAA\|C&amp;D" source="AAA" target="C&amp;D"><data key="weight">-0.9<\/data>.*<data key="sign">-1<\/data>/);
  const blocOf = (id: string) => result.nodes.find((n) => n.id === id)!.bloc;
  assert.match(xml, new RegExp(`<node id="BBB">.*<data key="bloc">${blocOf('BBB')}</data>`));
  assert.notEqual(blocOf('AAA'), blocOf('C&D'));
});

test('a stored event exports as a PLOVER JSON record', () => {
  const e = ev({ from: 'FRA GOV', to: 'RUS', type: 'CONSULT', extra: { event_loc: { text: 'Moscow', span: null, name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, from: null } } });
  const r = storedToPlover(e);
  assert.equal(r.event, 'CONSULT');
  assert.deepEqual(r.actor, [{ code: 'FRA', sector: 'GOV', entity_text: 'FRA GOV', actor_id: 'FRA-GOV' }]);
  assert.deepEqual(r.event_loc, e.event_loc, 'the PLOVER record keeps the stored event\'s place as it is');
  assert.equal(r.quad_code, 1);
});
